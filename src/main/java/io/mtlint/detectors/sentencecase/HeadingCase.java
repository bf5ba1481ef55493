package io.mtlint.detectors.sentencecase;

import io.mtlint.analysis.DocumentCode;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Words;

/**
 * A heading that starts with a common word in lowercase ("## deploy") where the page's other headings start
 * with a capital: the translation of a heading from a language without case kept the dictionary form. A page
 * that writes its headings in lowercase throughout keeps its style, and so does a heading that starts with a
 * name the page's code spells in lowercase ("## npm scripts").
 */
final class HeadingCase {
    static final RuleInfo CHECK = RuleInfo.check(SentenceCaseRule.ID, "heading-start", Category.SENTENCE_CASE,
            Severity.ERROR, "A heading that starts in lowercase",
            "A Markdown heading whose first word is a common word in lowercase, where another heading of the page "
                    + "starts with a capital. Words the page's code writes as they are (commands, package names), "
                    + "words with a house spelling and words glued to a file name or address stay clean. Fix "
                    + "(suggested): capitalise.",
            Example.bad("# Weather station\n\n## <marker>wiring</marker>\n\nConnect the sensor.",
                    "# Weather station\n\n## Wiring\n\nConnect the sensor.").in(null, "en").asMarkdown(),
            Example.good("# weather station\n\n## wiring\n\nConnect the sensor.").in(null, "en").asMarkdown());

    private record Styles(boolean anyCapitalised) {
    }

    private HeadingCase() {
    }

    static void check(ProseBlock block, Document document, Lexicon target, Vocabulary vocabulary,
                      BlockReporter out) {
        String text = block.text();
        if (block.kind() != ProseBlock.Kind.HEADING || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return;
        }
        Words.Word w = Words.at(text, 0, Math.min(text.length(), 64));
        if (w == null || !w.isLowercase() || w.end() < text.length() && (".@/_'\u2019-".indexOf(text.charAt(w.end())) >= 0
                || Character.isDigit(text.charAt(w.end())))
                || !target.knows(w.form()) || vocabulary.casing(w.text()) != null
                || DocumentCode.of(document).hasToken(w.text()) || !styles(document).anyCapitalised()) {
            return;
        }
        String capital = Capitalisation.capitalise(w.text()).substring(0, Character.charCount(w.text().codePointAt(0)));
        out.report(CHECK, 0, w.end(), "Heading starts in lowercase: \u201c" + w.text() + "\u201d",
                BlockFix.replace(0, Character.charCount(w.text().codePointAt(0)), capital, false, "capitalise"));
    }

    /** Whether some heading of the page starts with a capital letter, read once per document. */
    private static Styles styles(Document document) {
        return document.derived(Styles.class, () -> new Styles(document.blocks().stream()
                .anyMatch(b -> b.kind() == ProseBlock.Kind.HEADING && !b.text().isEmpty()
                        && Character.isUpperCase(b.text().codePointAt(0)))));
    }
}
