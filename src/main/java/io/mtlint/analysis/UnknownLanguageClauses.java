package io.mtlint.analysis;

import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.Words;

import java.util.List;

/**
 * Clauses in a language no dictionary here covers, where the source is one mtlint has no lexicon for (Serbian,
 * Hindi in Latin script, Vietnamese) or none is known: most of the clause's lowercase words are neither the target's
 * nor English. A caption left in Serbian ("danas u Malom Zvorniku obilazi radove na rekonstrukciji mosta") is
 * one leftover, not a string of lowercase names.
 */
final class UnknownLanguageClauses {
    /** Lowercase words a clause needs before its share of unknown words says anything. */
    private static final int MIN_LOWERCASE_WORDS = 4;
    private static final int MIN_UNKNOWN_WORDS = 3;
    /** Share of the lowercase words the target and English do not know: a typo or two in a clause stay far below. */
    private static final double MIN_UNKNOWN_SHARE = 0.6;

    private UnknownLanguageClauses() {
    }

    static void find(String text, List<Words.Word> words, Lexicon target, Vocabulary vocabulary,
                     List<SourceLanguageSpans.Span> spans) {
        int s = 0;
        while (s < words.size()) {
            int e = s;
            while (e + 1 < words.size() && !SourceSentences.hardGap(text, words.get(e).end(), words.get(e + 1).start())) {
                e++;
            }
            if (isForeign(words, s, e, target, vocabulary)) {
                spans.add(new SourceLanguageSpans.Span(words.get(s).start(), words.get(e).end(), false, e - s + 1));
            } else {
                commaParts(text, words, s, e, target, vocabulary, spans);
            }
            s = e + 1;
        }
    }

    /**
     * A clause joined to an English one by a comma ("…next year, tetapi banyak warga masih meragukan janji
     * tersebut"): its part after or before the comma, judged on its own.
     */
    private static void commaParts(String text, List<Words.Word> words, int s, int e, Lexicon target,
                                   Vocabulary vocabulary, List<SourceLanguageSpans.Span> spans) {
        int from = s;
        for (int k = s; k <= e; k++) {
            boolean partEnds = k == e || text.substring(words.get(k).end(), words.get(k + 1).start()).indexOf(',') >= 0;
            if (!partEnds) {
                continue;
            }
            boolean wholeClause = from == s && k == e; // judged already
            if (!wholeClause && isForeign(words, from, k, target, vocabulary)) {
                spans.add(new SourceLanguageSpans.Span(words.get(from).start(), words.get(k).end(), false, k - from + 1));
            }
            from = k + 1;
        }
    }

    /** Most of the lowercase words from {@code s} to {@code e} are neither the target's nor English. */
    private static boolean isForeign(List<Words.Word> words, int s, int e, Lexicon target, Vocabulary vocabulary) {
        int lowercase = 0;
        int unknown = 0;
        for (int k = s; k <= e; k++) {
            Words.Word w = words.get(k);
            String word = w.text();
            if (!Character.isLowerCase(word.codePointAt(0)) || word.length() < 2
                    || !word.codePoints().allMatch(Character::isLetter)) {
                continue;
            }
            lowercase++;
            if (!target.knowsAnyCase(w.form()) && !vocabulary.isAccepted(word)
                    && !EnglishWords.isLowercaseWordIn(target, w.lower())) {
                unknown++;
            }
        }
        return lowercase >= MIN_LOWERCASE_WORDS && unknown >= MIN_UNKNOWN_WORDS && unknown >= MIN_UNKNOWN_SHARE * lowercase;
    }
}
