package io.mtlint.model;

import java.util.List;

/**
 * One artefact found in a document: which rule, where ({@code [start, end)} as UTF-16 offsets into
 * {@link Document#text()}), why, and how it may be repaired.
 */
public record Finding(String ruleId, Category category, Severity severity, int start, int end,
                      String message, List<Fix> fixes) implements Comparable<Finding> {
    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad finding range [" + start + ", " + end + ") for " + ruleId);
        }
        // Two rules or two suggestions may propose the same repair; it is offered once.
        fixes = List.copyOf(new java.util.LinkedHashSet<>(fixes));
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, start, end, message, fixes);
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end || start == end && from <= start && start < to;
    }

    @Override
    public int compareTo(Finding o) {
        if (start != o.start) {
            return Integer.compare(start, o.start);
        }
        if (end != o.end) {
            return Integer.compare(end, o.end);
        }
        return ruleId.compareTo(o.ruleId);
    }
}
