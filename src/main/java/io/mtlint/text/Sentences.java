package io.mtlint.text;

/** Small facts about sentence boundaries in prose, shared by the detectors. */
public final class Sentences {
    private Sentences() {
    }

    /** True when the text at {@code offset} begins a sentence: at the block start or after a full stop. */
    public static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || isOpeningMark(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' && i < offset - 1 && text.charAt(i + 1) == '\n';
    }

    /** Fewer words than this between quotation marks are a term in scare quotes, not a quoted sentence. */
    private static final int MIN_QUOTED_SENTENCE_WORDS = 5;

    /**
     * Whether {@code offset} starts a sentence or a quotation: a quoted sentence ("… has underlined that “it deals
     * with a historic result”") begins after its opening mark even in the middle of the sentence around it. For
     * rules about how sentences begin; capitalisation after an opening mark is not judged by this.
     */
    public static boolean startsSentenceOrQuotation(String text, int offset) {
        if (startsSentence(text, offset)) {
            return true;
        }
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || "\"\u201c\u00ab\u201e".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        boolean opens = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ':'
                || text.charAt(i - 1) == '(';
        return opens && quotesASentence(text, offset);
    }

    /** Scare quotes around a few words ("the so-called “in this sense” clause") quote no sentence. */
    private static boolean quotesASentence(String text, int from) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\"\u201d\u00bb\u201c".indexOf(c) >= 0) {
                break;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= MIN_QUOTED_SENTENCE_WORDS;
    }

    public static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '«' || c == '‘' || c == '(' || c == '[' || c == '„' || c == '¿'
                || c == '¡' || c == '\'' || c == '—' || c == '-' || c == '–';
    }

    public static boolean isClosingMark(char c) {
        return c == '"' || c == '”' || c == '»' || c == '’' || c == ')' || c == ']' || c == '\'';
    }
}
