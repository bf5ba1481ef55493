package io.mtlint.text;

/** Faces written with punctuation (":)", ";-)", ":D", ":("), which keep the spacing a word would have. */
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
}
