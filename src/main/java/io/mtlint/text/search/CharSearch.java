package io.mtlint.text.search;

import java.util.Arrays;

/**
 * Finds, one after another, the positions of a text that hold any of a few characters. Each character is looked
 * for with {@link String#indexOf(int, int)}, which the JVM runs as vector instructions, and its next position is
 * remembered until passed: a loop testing every character of a paragraph against a set cost the detectors that
 * look for rare marks (digits, doubled punctuation, a closing quotation mark before a comma) more than the rest
 * of their work. One instance serves one text and is not thread-safe.
 */
public final class CharSearch {
    /** Beyond this many characters, repeated searches would cost more than one test per character. */
    public static final int MAX_CHARS = 12;

    private final String text;
    private final char[] chars;
    private final int[] next;

    /** {@code chars} must not hold more than {@link #MAX_CHARS} characters. */
    public CharSearch(String text, char[] chars) {
        this(text, chars, null);
    }

    /**
     * As {@link #CharSearch(String, char[])}, but not looking for the characters {@code present} (what the text
     * holds, or null) rules out: each absent one would cost a scan to the end of the text.
     */
    public CharSearch(String text, char[] chars, CharPresence present) {
        if (chars.length > MAX_CHARS) {
            throw new IllegalArgumentException("too many characters to search for: " + chars.length);
        }
        this.text = text;
        this.chars = present == null ? chars : held(chars, present);
        this.next = new int[this.chars.length];
        Arrays.fill(next, -1);
    }

    private static char[] held(char[] chars, CharPresence present) {
        char[] held = new char[chars.length];
        int n = 0;
        for (char c : chars) {
            if (present.mayHold(c)) {
                held[n++] = c;
            }
        }
        return n == chars.length ? chars : Arrays.copyOf(held, n);
    }

    /**
     * The first position at or after {@code from} holding one of the characters, or the text's length. Calls must
     * not go back: {@code from} may not be smaller than in the call before.
     */
    public int next(int from) {
        int best = text.length();
        for (int k = 0; k < chars.length; k++) {
            int at = next[k];
            if (at < from) {
                at = text.indexOf(chars[k], from);
                next[k] = at = at < 0 ? Integer.MAX_VALUE : at;
            }
            best = Math.min(best, at);
        }
        return best;
    }
}
