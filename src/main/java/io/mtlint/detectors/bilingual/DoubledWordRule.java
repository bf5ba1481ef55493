package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;

import java.util.List;

/**
 * A word written twice in a row in the translation ("le le"), where the source doubles no word: a typical
 * artefact of machine translation and of post-editing. A source that repeats a word on purpose ("very very")
 * lets its translation do the same.
 */
public final class DoubledWordRule extends SegmentRule {
    public static final String ID = "mt.doubled-word";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.GRAMMAR, Severity.WARNING,
            "Word doubled in the translation",
            "The same word twice in a row (\"le le\", \"the the\") where the source doubles none. Fix (not automatic, "
                    + "some doublings are grammatical): remove the second word.",
            Example.badTranslation("Open the file.", "Ouvrez le<marker> le</marker> fichier.", "Ouvrez le fichier.")
                    .in("en", "fr"),
            Example.goodTranslation("It is very, very cold.", "Il fait très très froid.").in("en", "fr"),
            Example.goodTranslation("Open the file.", "Ouvrez le fichier.").in("en", "fr"));

    public DoubledWordRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null || hasDoubling(segment.sourceText())) {
            return;
        }
        String text = segment.targetText();
        List<Words.Word> words = Words.of(text);
        for (int i = 1; i < words.size(); i++) {
            Words.Word a = words.get(i - 1);
            Words.Word b = words.get(i);
            if (a.lower().equals(b.lower()) && text.substring(a.end(), b.start()).isBlank() && b.start() > a.end()
                    && !Character.isDigit(text.codePointAt(a.start())) && !a.text().equals(io.mtlint.format.Placeholder.WORD)) {
                out.onTarget(a.end(), b.end(), "\u201c" + b.text() + "\u201d is written twice",
                        BlockFix.replace(a.end(), b.end(), "", false, "remove the second \u201c" + b.text() + "\u201d"));
            }
        }
    }

    private static boolean hasDoubling(String source) {
        List<Words.Word> words = Words.of(source);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i - 1).lower().equals(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
