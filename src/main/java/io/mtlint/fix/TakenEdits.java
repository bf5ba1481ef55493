package io.mtlint.fix;

import io.mtlint.model.TextEdit;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The edits a fixing round has taken, sorted, so that whether a candidate overlaps one of them takes a look at
 * its neighbours only: logarithmic in the edits taken. Overlap is {@link TextEdit#overlaps}: the ranges share a
 * character, or two insertions sit at the same point.
 */
final class TakenEdits {
    /** Taken edits that replace text, end by start; they never overlap each other. */
    private final TreeMap<Integer, Integer> ranges = new TreeMap<>();
    /** Where taken insertions (empty ranges) sit. */
    private final NavigableSet<Integer> insertions = new TreeSet<>();

    boolean overlapsAny(List<TextEdit> edits) {
        for (TextEdit e : edits) {
            if (overlaps(e)) {
                return true;
            }
        }
        return false;
    }

    void addAll(List<TextEdit> edits) {
        for (TextEdit e : edits) {
            if (e.start() == e.end()) {
                insertions.add(e.start());
            } else {
                ranges.put(e.start(), e.end());
            }
        }
    }

    private boolean overlaps(TextEdit e) {
        if (e.start() == e.end()) {
            // An insertion conflicts with another at its point, or with a range around it (not one it borders).
            Map.Entry<Integer, Integer> before = ranges.lowerEntry(e.start());
            return insertions.contains(e.start()) || before != null && before.getValue() > e.start();
        }
        // The taken range starting last before e ends is the only one that can reach into e: they are disjoint.
        Map.Entry<Integer, Integer> last = ranges.lowerEntry(e.end());
        if (last != null && last.getValue() > e.start()) {
            return true;
        }
        Integer inside = insertions.higher(e.start());
        return inside != null && inside < e.end();
    }
}
