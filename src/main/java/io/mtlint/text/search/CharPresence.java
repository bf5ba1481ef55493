package io.mtlint.text.search;

/**
 * Which characters a text holds, as a set read in one pass: exact for ASCII, and for other characters by their low
 * six bits (so "holds" may err towards yes, never towards no). A detector that looks for digits, brackets or
 * doubled marks asks it before searching: most paragraphs hold none of what most patterns start with, and each
 * search for a missing character scanned the whole paragraph.
 */
public final class CharPresence {
    private final long low;
    private final long high;
    private final long wide;

    private CharPresence(long low, long high, long wide) {
        this.low = low;
        this.high = high;
        this.wide = wide;
    }

    public static CharPresence of(CharSequence text) {
        long low = 0;
        long high = 0;
        long wide = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << c;
            } else {
                wide |= 1L << c;
            }
        }
        return new CharPresence(low, high, wide);
    }

    /** False only when the text holds none of {@code chars}. */
    public boolean mayHoldAnyOf(char... chars) {
        for (char c : chars) {
            if (mayHold(c)) {
                return true;
            }
        }
        return false;
    }

    /** False only when the text does not hold {@code c}. */
    public boolean mayHold(char c) {
        long set = c < 64 ? low : c < 128 ? high : wide;
        return (set & (1L << c)) != 0;
    }
}
