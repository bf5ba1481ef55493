package io.mtlint.languagetool.accel;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A part-of-speech tag pattern one token of a rule's pattern must match, with its verdict on each numbered tag
 * (see {@link PosTags}) worked out once, on first need, by LanguageTool's own test of the pattern.
 */
final class PosRequirement implements ReadingRequirement {
    private final Predicate<String> pattern;
    /** The verdicts on tags numbered below {@code evaluated}; replaced whole, never changed in place. */
    private volatile Verdicts verdicts = new Verdicts(new long[0], 0);

    private record Verdicts(long[] matching, int evaluated) {
    }

    PosRequirement(Predicate<String> pattern) {
        this.pattern = pattern;
    }

    @Override
    public boolean metBy(SentenceReadings sentence) {
        long[] tags = sentence.tags();
        return tags == null || metBy(tags);
    }

    /** Whether any tag in {@code tags}, a bit set from {@link PosTags#of}, matches the pattern. */
    private boolean metBy(long[] tags) {
        Verdicts v = verdicts;
        int top = highestTag(tags) + 1;
        if (v.evaluated < top) {
            v = evaluateUpTo(top);
        }
        for (int i = 0; i < tags.length && i < v.matching.length; i++) {
            if ((tags[i] & v.matching[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private synchronized Verdicts evaluateUpTo(int top) {
        Verdicts v = verdicts;
        if (v.evaluated >= top) {
            return v;
        }
        long[] matching = Arrays.copyOf(v.matching, (top + 63) >> 6);
        for (int id = v.evaluated; id < top; id++) {
            if (pattern.test(PosTags.TAGS.text(id))) {
                matching[id >> 6] |= 1L << id;
            }
        }
        verdicts = v = new Verdicts(matching, top);
        return v;
    }

    private static int highestTag(long[] tags) {
        for (int i = tags.length - 1; i >= 0; i--) {
            if (tags[i] != 0) {
                return (i << 6) + 63 - Long.numberOfLeadingZeros(tags[i]);
            }
        }
        return -1;
    }
}
