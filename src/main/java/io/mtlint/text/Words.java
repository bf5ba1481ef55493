package io.mtlint.text;


import java.util.ArrayList;
import java.util.List;

/** Splits prose into words: maximal runs of letters and combining marks, with their offsets. */
public final class Words {
    /** One word of a text: where it stands, and its interned spelling. */
    public record Word(int start, int end, WordForm form) {
        public String text() {
            return form.text();
        }

        public boolean isLowercase() {
            return form.isLowercase();
        }

        public boolean isCapitalised() {
            return form.isCapitalised();
        }

        public boolean isAllCaps() {
            return form.isAllCaps();
        }

        /** Upper case inside the word, as in "iPhone" or "elDiario": a brand written on purpose. */
        public boolean hasInnerCapital() {
            return form.hasInnerCapital();
        }

        public String lower() {
            return form.lower();
        }
    }

    private Words() {
    }

    /** Whether one space, and nothing else, stands between the two words of {@code text}. */
    public static boolean spacedApart(String text, Word a, Word b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    public static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>(Math.max(8, (to - from) >> 3));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 128) {
                // Most words of most prose are ASCII letters from end to end: split them without code point calls.
                if (!isAsciiLetter(c)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < to && isAsciiLetter(text.charAt(j))) {
                    j++;
                }
                if (j == to || text.charAt(j) < 128) {
                    words.add(new Word(i, j, WordForm.of(text, i, j)));
                    i = j;
                    continue;
                }
            }
            Word word = at(text, i, to);
            if (word != null) {
                words.add(word);
                i = word.end();
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return words;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The word of {@code text[from, to)} that starts at {@code from}, or null when no word starts there. */
    public static Word at(String text, int from, int to) {
        int end = PhraseWords.wordEnd(text, from, to);
        return end == from ? null : new Word(from, end, WordForm.of(text, from, end));
    }

    /**
     * The word with the negation written after it ("aren't" for "aren" in "aren’t", with a straight apostrophe),
     * or null when no "'t" follows: tokenised at the apostrophe, "aren" is a Spanish verb form and "isn" an
     * acronym, while the contraction is an English word.
     */
    public static String withNegation(String text, Word w) {
        int apostrophe = w.end();
        if (apostrophe + 1 >= text.length() || text.charAt(apostrophe) != '\'' && text.charAt(apostrophe) != '\u2019'
                || Character.toLowerCase(text.charAt(apostrophe + 1)) != 't'
                || apostrophe + 2 < text.length() && isWordPart(text.codePointAt(apostrophe + 2))) {
            return null;
        }
        return w.text() + "'" + text.charAt(apostrophe + 1);
    }

    /**
     * The word joined to the letters after its apostrophe ("aujourd'hui" for "aujourd", "quelqu'un" for "quelqu"),
     * with a straight apostrophe, or null when no letter follows one: tokenised at the apostrophe, the first part
     * reads as an unknown word, while the whole is a word of the language.
     */
    public static String joinedAtApostrophe(String text, Word w) {
        int apostrophe = w.end();
        if (apostrophe + 1 >= text.length() || text.charAt(apostrophe) != '\'' && text.charAt(apostrophe) != '\u2019'
                || !isWordStart(text.codePointAt(apostrophe + 1))) {
            return null;
        }
        int end = PhraseWords.wordEnd(text, apostrophe + 1, text.length());
        return w.text() + "'" + text.substring(apostrophe + 1, end);
    }

    public static boolean isWordStart(int cp) {
        return PhraseWords.isWordStart(cp);
    }

    public static boolean isWordPart(int cp) {
        return PhraseWords.isWordPart(cp);
    }
}
