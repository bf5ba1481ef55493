package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.model.Document;
import io.mtlint.model.FindingSink;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;

/** A bilingual rule: compares each segment's translation with its source. Files without segments have nothing for it. */
abstract class SegmentRule implements Rule {
    private final RuleInfo info;
    protected final RuleEnvironment env;

    SegmentRule(RuleInfo info, RuleEnvironment env) {
        this.info = info;
        this.env = env;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final void check(Document document, FindingSink sink) {
        for (Segment segment : document.segments()) {
            checkSegment(document, segment, new SegmentReporter(info, segment, sink));
        }
    }

    /** A segment's findings compare it with its source, which untranslated text is measured against too. */
    @Override
    public boolean holdsInSourceText(io.mtlint.model.Finding finding) {
        return true;
    }

    protected abstract void checkSegment(Document document, Segment segment, SegmentReporter out);

    /**
     * The prose before the codes that end it: a placeholder or tag after the last word ("way! {@code <x/>}") is
     * no part of how the sentence ends.
     */
    static String beforeTrailingCodes(String text, java.util.List<io.mtlint.model.InlineCode> codes) {
        String t = text;
        for (int i = codes.size() - 1; i >= 0; i--) {
            io.mtlint.model.InlineCode c = codes.get(i);
            int at = c.viewOffset();
            if (at > t.length()) {
                continue;
            }
            String rest = t.substring(at).strip();
            if (rest.isEmpty() || rest.equals(io.mtlint.format.Placeholder.WORD)) {
                t = t.substring(0, at);
            } else {
                break;
            }
        }
        return t;
    }
}
