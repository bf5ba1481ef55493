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
}
