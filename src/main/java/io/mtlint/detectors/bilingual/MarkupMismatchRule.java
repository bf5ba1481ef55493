package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.InlineCode;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline codes and placeholders of the source missing, added or misplaced in the translation: XLIFF and TMX tags
 * ({@code <g>}, {@code <x/>}, {@code <ph>}, {@code <pc>}, {@code <bpt>}), HTML tags written in the text, and
 * printf, ICU and {@code {0}} placeholders. Tags may move with the words they wrap, and numbered placeholders
 * ({@code %1$s}, {@code {0}}) may be reordered; plain printf conversions ({@code %s %d}) may not, since they are
 * filled in order. A closing tag before its opening one is misplaced.
 */
public final class MarkupMismatchRule extends SegmentRule {
    public static final String ID = "mt.markup-mismatch";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.MARKUP_MISMATCH, Severity.ERROR,
            "Inline tag or placeholder missing, added or misplaced",
            "The translation must keep every inline tag and placeholder of the source: XLIFF and TMX tags "
                    + "(<g>, <x/>, <ph>, <pc>, <bpt>/<ept>), HTML tags in the text, and printf (%s, %1$d), Python "
                    + "(%(name)s), ICU and .NET ({0}, {name}) placeholders. Tags may move with the words they wrap "
                    + "and numbered placeholders may be reordered, but plain printf conversions are filled in "
                    + "order and must keep it. A missing code is reported on the translation, an added or misplaced "
                    + "one on the code itself.",
            Example.badTranslation("Cannot open %s: %s", "<marker>Impossible d'ouvrir : %s</marker>").in("en", "fr"),
            Example.badTranslation("Click <b>Save</b> to continue.",
                    "Cliquez sur <b>Enregistrer</b><marker></b></marker> pour continuer.").in("en", "fr"),
            Example.badTranslation("%s of %d files", "<marker>%d fichiers sur %s</marker>").in("en", "fr"),
            Example.goodTranslation("Cannot open %1$s: %2$s", "Impossible d'ouvrir %2$s : %1$s").in("en", "fr"),
            Example.goodTranslation("Click <b>Save</b> to continue.", "Cliquez sur <b>Enregistrer</b> pour continuer.")
                    .in("en", "fr"),
            Example.goodTranslation("Hello {name}, you have {0} messages.", "{0} messages pour vous, {name}.")
                    .in("en", "fr"));

    public MarkupMismatchRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        Map<String, Integer> sourceCounts = counts(segment.sourceCodes());
        Map<String, Integer> seen = new HashMap<>();
        boolean extraOrMissing = false;
        for (InlineCode c : segment.targetCodes()) {
            int n = seen.merge(c.key(), 1, Integer::sum);
            if (n > sourceCounts.getOrDefault(c.key(), 0)) {
                out.onRange(c.docStart(), c.docEnd(), describe(c) + " is not in the source");
                extraOrMissing = true;
            }
        }
        Map<String, Integer> found = new HashMap<>(seen);
        java.util.Set<String> missingPairs = new java.util.HashSet<>();
        for (InlineCode c : segment.sourceCodes()) {
            if (found.merge(c.key(), -1, Integer::sum) >= 0) {
                continue;
            }
            extraOrMissing = true;
            String pair = c.id() != null ? c.id() : c.type();
            // A pair of tags dropped with its content is one loss, reported once.
            if (c.kind() == InlineCode.Kind.CLOSING && missingPairs.remove(pair)) {
                continue;
            }
            if (c.kind() == InlineCode.Kind.OPENING) {
                missingPairs.add(pair);
            }
            out.onSegment(describe(c) + " of the source is missing in the translation");
        }
        if (extraOrMissing) {
            return;
        }
        List<String> sourceOrder = ordered(segment.sourceCodes());
        List<String> targetOrder = ordered(segment.targetCodes());
        if (!sourceOrder.equals(targetOrder)) {
            out.onSegment("Placeholders " + String.join(" ", targetOrder) + " are not in the source's order ("
                    + String.join(" ", sourceOrder) + "); number them (%1$s) to reorder them");
            return;
        }
        misnested(segment.targetCodes(), out);
    }

    /** A closing code before the opening code it closes. */
    private static void misnested(List<InlineCode> codes, SegmentReporter out) {
        Map<String, Integer> open = new HashMap<>();
        for (InlineCode c : codes) {
            String pair = c.id() != null ? c.id() : c.type();
            if (c.kind() == InlineCode.Kind.OPENING) {
                open.merge(pair, 1, Integer::sum);
            } else if (c.kind() == InlineCode.Kind.CLOSING) {
                if (open.getOrDefault(pair, 0) == 0) {
                    out.onRange(c.docStart(), c.docEnd(), describe(c) + " closes a tag that is not open here");
                } else {
                    open.merge(pair, -1, Integer::sum);
                }
            }
        }
    }

    private static Map<String, Integer> counts(List<InlineCode> codes) {
        Map<String, Integer> counts = new HashMap<>();
        codes.forEach(c -> counts.merge(c.key(), 1, Integer::sum));
        return counts;
    }

    /** The printf conversions whose order matters, in order. */
    private static List<String> ordered(List<InlineCode> codes) {
        List<String> out = new ArrayList<>();
        for (InlineCode c : codes) {
            if (c.kind() == InlineCode.Kind.PLACEHOLDER && c.type().startsWith("%") && !c.type().contains("$")
                    && !c.type().startsWith("%(")) {
                out.add(c.type());
            }
        }
        return out;
    }

    private static String describe(InlineCode c) {
        String text = c.text().length() > 40 ? c.text().substring(0, 39) + "\u2026" : c.text();
        return (c.kind() == InlineCode.Kind.PLACEHOLDER ? "Placeholder" : "Tag") + " \u201c" + text + "\u201d";
    }
}
