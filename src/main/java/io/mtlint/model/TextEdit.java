package io.mtlint.model;

/**
 * Replace the characters {@code [start, end)} of a document's text with {@code replacement}.
 * Offsets are UTF-16 indices into {@link Document#text()}.
 */
public record TextEdit(int start, int end, String replacement) implements Comparable<TextEdit> {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement must not be null");
        }
    }

    public boolean overlaps(TextEdit other) {
        // Two insertions at the same point conflict too: their order would be arbitrary.
        if (start == end && other.start == other.end) {
            return start == other.start;
        }
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(TextEdit o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
