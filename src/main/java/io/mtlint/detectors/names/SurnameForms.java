package io.mtlint.detectors.names;

import io.mtlint.analysis.BlockWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.Languages;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A surname that is also a given name, turned into the target's form of that given name: the document names
 * "Keith Melvin Moses" and then writes "Moïse" alone. The forms are {@link io.mtlint.lang.NameForms}.
 */
final class SurnameForms {
    private SurnameForms() {
    }

    static void check(Document document, ProseBlock block, List<Words.Word> words, String source, String target,
                      Lexicon lexicon, RuleInfo check, BlockReporter out) {
        Map<String, String> translated = document.derived(SurnameForms.class.getName() + "|" + source + ">" + target,
                () -> translatedSurnames(document, LanguageCodes.base(source), LanguageCodes.base(target), lexicon));
        if (translated.isEmpty()) {
            return;
        }
        String text = block.text();
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            String surname = translated.get(w.text());
            if (surname == null || k > 0 && joined(text, words.get(k - 1), w)
                    || k + 1 < words.size() && joined(text, w, words.get(k + 1)) || beforeParticle(text, words, k)) {
                continue;
            }
            out.report(check, w.start(), w.end(), "\u201c" + w.text() + "\u201d: the document names this person "
                            + surname + "; the surname was translated as a given name",
                    BlockFix.replace(w.start(), w.end(), surname, false, "write " + surname));
        }
    }

    /** The target's forms of the given names that the document uses as surnames, to the surname as written. */
    private static Map<String, String> translatedSurnames(Document document, String source, String target,
                                                          Lexicon lexicon) {
        Map<String, String> targetFormBySurname = new HashMap<>();
        for (Map<String, String> forms : Languages.nameForms().forms()) {
            String s = forms.get(source);
            String t = forms.get(target);
            if (s != null && t != null && !s.equals(t)) {
                targetFormBySurname.put(s, t);
            }
        }
        Map<String, String> found = new HashMap<>();
        if (targetFormBySurname.isEmpty()) {
            return found;
        }
        for (ProseBlock b : document.blocks()) {
            List<Words.Word> words = BlockWords.of(document, b);
            for (int k = 1; k < words.size(); k++) {
                Words.Word w = words.get(k);
                String t = targetFormBySurname.get(w.text());
                Words.Word given = words.get(k - 1);
                if (t != null && joined(b.text(), given, w) && (!Sentences.startsSentence(b.text(), given.start())
                        || lexicon.hasProperNounReading(given.form()))) {
                    found.put(t, w.text());
                }
            }
        }
        return Map.copyOf(found);
    }

    /** "Santiago de Chile", "Juan de la Cierva": the word starts a longer name through one or two particles. */
    private static boolean beforeParticle(String text, List<Words.Word> words, int k) {
        int i = k + 1;
        while (i < words.size() && i <= k + 2 && words.get(i).isLowercase() && words.get(i).text().length() <= 3
                && words.get(i).start() == words.get(i - 1).end() + 1) {
            i++;
        }
        return i > k + 1 && i < words.size() && words.get(i).isCapitalised()
                && words.get(i).start() == words.get(i - 1).end() + 1;
    }

    /** Two capitalised words with one space between: parts of one name. */
    private static boolean joined(String text, Words.Word first, Words.Word second) {
        return Words.spacedApart(text, first, second)
                && Character.isUpperCase(first.text().codePointAt(0)) && Character.isUpperCase(second.text().codePointAt(0));
    }
}
