package io.mtlint.model;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets of a text to lines and code-point columns. Lines end at LF, CRLF or a lone CR, the same
 * line endings CommonMark recognises, so positions agree with the Markdown parser.
 */
public final class LineMap {
    private final String text;
    private final int[] lineStarts;
    private final int[] lineStartCodePoints;
    /** Code points that start before each multiple of {@link #STEP}, so a column on a long line is counted locally. */
    private final int[] codePointsBeforeStep;
    private static final int STEP = 1024;

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.codePointsBeforeStep = new int[text.length() / STEP + 1];
        for (int k = 1; k < codePointsBeforeStep.length; k++) {
            codePointsBeforeStep[k] = codePointsBeforeStep[k - 1] + codePointStarts((k - 1) * STEP, k * STEP);
        }
        this.lineStartCodePoints = new int[count];
        for (int line = 1; line < count; line++) {
            lineStartCodePoints[line] = codePointsBefore(lineStarts[line]);
        }
    }

    /** Code points that start before {@code offset}: a surrogate pair counts once, at its high surrogate. */
    private int codePointsBefore(int offset) {
        int k = offset / STEP;
        return codePointsBeforeStep[k] + codePointStarts(k * STEP, offset);
    }

    private int codePointStarts(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based index of the line holding {@code offset}. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i : -i - 2;
    }

    public Position position(int offset) {
        int clamped = clamp(offset);
        int line = lineIndex(clamped);
        int codePoints = codePointsBefore(clamped);
        return new Position(line + 1, codePoints - lineStartCodePoints[line] + 1, codePoints);
    }

    /** Offset of the first character of the 0-based line {@code lineIndex}. */
    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /** Offset just past the last character of the line's content, before its line terminator. */
    public int lineContentEnd(int lineIndex) {
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length();
        while (end > lineStarts[lineIndex] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Converts a 0-based line and 0-based code-point column back to a UTF-16 offset. */
    public int offsetOf(int lineIndex, int codePointColumn) {
        return text.offsetByCodePoints(lineStarts[lineIndex], codePointColumn);
    }

    private int clamp(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        // Never split a surrogate pair: a position always names a whole code point.
        if (o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))
                && Character.isHighSurrogate(text.charAt(o - 1))) {
            o--;
        }
        return o;
    }
}
