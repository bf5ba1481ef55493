package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;

import java.util.List;

/**
 * A segment left untranslated: no translation, an empty one, a copy of the source, or a translation written in
 * the source language. A source without words to translate (numbers, codes, names, acronyms) may stay as it is.
 */
public final class UntranslatedRule extends SegmentRule {
    public static final String ID = "mt.untranslated";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.UNTRANSLATED, Severity.ERROR,
            "Segment left untranslated",
            "The segment has no translation, an empty one, the source copied unchanged, or a translation written in "
                    + "the source language. A copy is fine when the source has no word of the source language the "
                    + "target language lacks: numbers, codes, product names and acronyms (\"OK\", \"PDF\", "
                    + "\"GitHub\") stay as they are. Reported on the translation, or where it is missing.",
            Example.badTranslation("Gracias por su paciencia.", "<marker>Gracias por su paciencia.</marker>")
                    .in("es", "en"),
            Example.badTranslation("Cancel the order", "<marker>Cancel the order</marker>").in("en", "fr"),
            Example.badTranslation("Thank you for your patience.", "<marker>Thank you for your patience!</marker>")
                    .in("en", "fr"),
            Example.goodTranslation("Thank you for your patience.", "Merci de votre patience.").in("en", "fr"),
            Example.goodTranslation("GitHub", "GitHub").in("en", "fr"),
            Example.goodTranslation("Version 2.0 (PDF)", "Version 2.0 (PDF)").in("en", "fr"));

    public UntranslatedRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        String source = segment.sourceText();
        List<Words.Word> sourceWords = words(source);
        if (sourceWords.isEmpty()) {
            return;
        }
        String target = segment.targetText();
        if (words(target).isEmpty() && segment.targetCodes().isEmpty()) {
            out.onSegment(segment.target() == null && segment.editing() == null
                    ? "Not translated: the segment has no translation"
                    : "Not translated: the translation is empty");
            return;
        }
        String sourceCode = env.sourceFor(document);
        if (sourceCode == null || LanguageCodes.base(sourceCode).equals(env.targetBase())) {
            return;
        }
        Lexicon targetLexicon = env.targetLexicon();
        Lexicon sourceLexicon = env.sourceLexicon(document);
        if (sourceLexicon == null) {
            return;
        }
        if (normal(source).equals(normal(target))) {
            if (sourceOnly(sourceWords, source, sourceLexicon, targetLexicon) > 0) {
                out.onSegment("Not translated: the translation repeats the source");
            }
            return;
        }
        List<Words.Word> targetWords = words(target);
        int sourceOnly = sourceOnly(targetWords, target, sourceLexicon, targetLexicon);
        int targetOnly = 0;
        for (Words.Word w : targetWords) {
            if (targetLexicon.knowsAnyCase(w.form()) && !knows(sourceLexicon, w.text())) {
                targetOnly++;
            }
        }
        if (sourceOnly >= 2 && sourceOnly * 10 >= (sourceOnly + targetOnly) * 6) {
            out.onSegment("Not translated: the translation is in " + LanguageCodes.englishName(sourceCode)
                    + ", not " + LanguageCodes.englishName(env.targetBase()));
        }
    }

    /** Words of the source language that the target language does not have; names and acronyms do not count. */
    private static int sourceOnly(List<Words.Word> words, String text, Lexicon source, Lexicon target) {
        int n = 0;
        for (Words.Word w : words) {
            if (w.isAllCaps() || w.hasInnerCapital() || w.text().length() < 3 && words.size() == 1) {
                continue;
            }
            if (knows(source, w.text()) && !target.knowsAnyCase(w.form()) && !source.isProperNounOnly(w.form())) {
                n++;
            }
        }
        return n;
    }

    private static boolean knows(Lexicon lexicon, String word) {
        return !lexicon.lookup(word).tags().isEmpty() || !lexicon.lookup(word.toLowerCase(java.util.Locale.ROOT))
                .tags().isEmpty();
    }

    private static List<Words.Word> words(String text) {
        return Words.of(text).stream().filter(w -> w.end() - w.start() >= 2
                && !w.text().equals(io.mtlint.format.Placeholder.WORD)).toList();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
