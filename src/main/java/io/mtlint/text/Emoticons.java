package io.mtlint.text;

/**
 * Faces written with punctuation (":)", ";-)", ":D", ":(", and mirrored "(;", "(:"), which keep the spacing a
 * word would have.
 */
public final class Emoticons {
    private Emoticons() {
    }

    /** Whether a face starts with the colon or semicolon at {@code at}. */
    public static boolean startsAt(String text, int at) {
        char mark = text.charAt(at);
        int i = at + 1;
        if (mark != ':' && mark != ';' || i >= text.length()) {
            return false;
        }
        if (text.charAt(i) == '-' && i + 1 < text.length()) {
            i++;
        }
        return "()DPp".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Whether a face written the other way round, its mouth first ("(;", "(-:"), starts with the bracket at
     * {@code at}: it stands alone, after a space, and ends the text or a word's room.
     */
    public static boolean mirroredStartsAt(String text, int at) {
        if (text.charAt(at) != '(' || at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == ';')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /**
     * Whether the opening bracket at {@code at} belongs to a frown written with brackets alone: a run of two or
     * more ("so sad((", "in person((( Thanks"), as Russian and Ukrainian chats write it, or a lone one that ends
     * the text ("she did not say hello ("). Nothing follows such a bracket to make an aside of.
     */
    public static boolean bracketFrownAt(String text, int at) {
        if (text.charAt(at) != '(') {
            return false;
        }
        int from = at;
        while (from > 0 && text.charAt(from - 1) == '(') {
            from--;
        }
        int to = at + 1;
        while (to < text.length() && text.charAt(to) == '(') {
            to++;
        }
        if (text.substring(to).isBlank()) {
            return true;
        }
        return to - from >= 2 && Character.isWhitespace(text.charAt(to));
    }
}
