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

    /** Letters a lowercase word needs before being unknown to both dictionaries says it is another language's. */
    private static final int MIN_LONE_WORD_LETTERS = 9;
    /** Longer runs of letters are rarely words of any language (a URL slug, a keyboard mash). */
    private static final int MAX_LONE_WORD_LETTERS = 30;

    /**
     * Long lowercase words of a named source that has no dictionary here ("operasjonsleder", "nyttårsnatt" in
     * English translated from Norwegian): machine translation does not misspell, so a long word that neither the
     * target nor English knows is the source's. Words inside a clause already found are left to it.
     */
    static void loneWords(String text, List<Words.Word> words, Lexicon target, Vocabulary vocabulary,
                          List<SourceLanguageSpans.Span> spans) {
        for (Words.Word w : words) {
            String word = w.text();
            if (word.length() < MIN_LONE_WORD_LETTERS || word.length() > MAX_LONE_WORD_LETTERS || !w.isLowercase()
                    || !inScript(word, target.descriptor().script()) || within(spans, w) || tagged(text, w)) {
                continue;
            }
            if (unknown(w, target, vocabulary) && !madeOfTargetWords(word, target)
                    && !oneEditFromTargetWord(word, target)) {
                spans.add(new SourceLanguageSpans.Span(w.start(), w.end(), false, 1, false, true));
            }
        }
    }

    /**
     * A misspelt target word ("independant", "sucessfully", "aperature"): one letter left out, added, changed or
     * swapped, the letters tried being the basic Latin ones and the word's own. Writers misspell; the source's words
     * are rarely that close to one of the target's. The spellings tried are looked up without being remembered, so
     * that they do not crowd the text's own words out of the lexicon's memory.
     */
    private static boolean oneEditFromTargetWord(String word, Lexicon target) {
        String letters = editLetters(word);
        StringBuilder b = new StringBuilder(word);
        for (int i = 0; i <= word.length(); i++) {
            if (i < word.length() && target.listedUnremembered(word.substring(0, i) + word.substring(i + 1))) {
                return true;
            }
            if (i + 1 < word.length()) {
                b.setCharAt(i, word.charAt(i + 1));
                b.setCharAt(i + 1, word.charAt(i));
                boolean known = target.listedUnremembered(b.toString());
                b.setCharAt(i, word.charAt(i));
                b.setCharAt(i + 1, word.charAt(i + 1));
                if (known) {
                    return true;
                }
            }
            for (int k = 0; k < letters.length(); k++) {
                char c = letters.charAt(k);
                if (target.listedUnremembered(word.substring(0, i) + c + word.substring(i))
                        || i < word.length() && c != word.charAt(i)
                        && target.listedUnremembered(word.substring(0, i) + c + word.substring(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String editLetters(String word) {
        StringBuilder letters = new StringBuilder("abcdefghijklmnopqrstuvwxyz");
        word.chars().filter(c -> letters.indexOf(String.valueOf((char) c)) < 0).distinct()
                .forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    /** Fewest letters of the second word a glued pair is split into, and of a derivation's stem. */
    private static final int MIN_PART_LETTERS = 3;
    /** Fewest letters of the first word of a glued pair ("amopening"). */
    private static final int MIN_HEAD_LETTERS = 2;
    private static final int MIN_STEM_LETTERS = 5;
    private static final int MAX_ENDING_LETTERS = 4;

    /**
     * Two target words run together ("peoplewho") or a target word with a made-up ending ("unstablely",
     * "obstacleful"): the target's words, coined or glued, not the source's.
     */
    private static boolean madeOfTargetWords(String word, Lexicon target) {
        for (int i = MIN_HEAD_LETTERS; i < word.length(); i++) {
            int rest = word.length() - i;
            boolean head = target.listedUnremembered(word.substring(0, i));
            if (head && (rest >= MIN_PART_LETTERS && target.listedUnremembered(word.substring(i))
                    || i >= MIN_STEM_LETTERS && rest <= MAX_ENDING_LETTERS)) {
                return true;
            }
        }
        return false;
    }

    /** Letters of the target's script only: a word in another script is left to the other-script check. */
    private static boolean inScript(String word, Character.UnicodeScript script) {
        return word.chars().allMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    /** A hashtag, a handle or an emoji code (#blacklivesmatter, @anjahoehn, :partyparrot:): a name, not prose. */
    private static boolean tagged(String text, Words.Word w) {
        char before = w.start() > 0 ? text.charAt(w.start() - 1) : ' ';
        char after = w.end() < text.length() ? text.charAt(w.end()) : ' ';
        return before == '#' || before == '@' || before == '_' || after == '_' || before == ':' && after == ':';
    }

    private static boolean within(List<SourceLanguageSpans.Span> spans, Words.Word w) {
        return spans.stream().anyMatch(sp -> sp.start() <= w.start() && w.end() <= sp.end());
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

    /** A word neither the target (nor its accepted words) nor English knows. */
    private static boolean unknown(Words.Word w, Lexicon target, Vocabulary vocabulary) {
        return !target.knowsAnyCase(w.form()) && !vocabulary.isAccepted(w.text())
                && !EnglishWords.isLowercaseWordIn(target, w.lower());
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
            if (unknown(w, target, vocabulary)) {
                unknown++;
            }
        }
        return lowercase >= MIN_LOWERCASE_WORDS && unknown >= MIN_UNKNOWN_WORDS && unknown >= MIN_UNKNOWN_SHARE * lowercase;
    }
}
