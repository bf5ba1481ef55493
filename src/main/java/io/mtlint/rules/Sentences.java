package io.mtlint.rules;

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

    public static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '«' || c == '‘' || c == '(' || c == '[' || c == '„' || c == '¿'
                || c == '¡' || c == '\'' || c == '—' || c == '-' || c == '–';
    }

    public static boolean isClosingMark(char c) {
        return c == '"' || c == '”' || c == '»' || c == '’' || c == ')' || c == ']' || c == '\'';
    }
}
