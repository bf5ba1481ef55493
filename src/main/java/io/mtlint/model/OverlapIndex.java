package io.mtlint.model;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Findings sorted by start, to find those that overlap a span without looking at all of them: a document of 5 MB
 * has hundreds of thousands, and LanguageTool asks about each of its spelling alarms. Findings longer than
 * {@link #SHORT} characters are few and are always looked at; for the rest only those starting within that
 * distance before the span.
 */
public final class OverlapIndex {
    private static final int SHORT = 256;

    private final List<Finding> sorted;
    private final int[] starts;
    private final List<Finding> longOnes = new ArrayList<>();

    public OverlapIndex(List<Finding> findings) {
        List<Finding> shortOnes = new ArrayList<>();
        for (Finding f : findings) {
            (f.end() - f.start() > SHORT ? longOnes : shortOnes).add(f);
        }
        shortOnes.sort(Comparator.comparingInt(Finding::start));
        this.sorted = shortOnes;
        this.starts = shortOnes.stream().mapToInt(Finding::start).toArray();
    }

    /** Whether some finding that overlaps or touches {@code [start, end]} satisfies {@code test}. */
    public boolean anyNear(int start, int end, Predicate<Finding> test) {
        for (Finding f : longOnes) {
            if (test.test(f)) {
                return true;
            }
        }
        for (int i = firstAtOrAfter(start - SHORT); i < starts.length && starts[i] <= end; i++) {
            if (test.test(sorted.get(i))) {
                return true;
            }
        }
        return false;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
