package io.mtlint.model;

import java.util.List;

/**
 * One way to repair a finding: a set of non-overlapping edits applied together.
 * {@code safe} fixes may be applied without a human looking at them.
 */
public record Fix(List<TextEdit> edits, boolean safe, String description) {
    public Fix {
        edits = List.copyOf(edits.stream().sorted().toList());
        for (int i = 1; i < edits.size(); i++) {
            if (edits.get(i - 1).overlaps(edits.get(i))) {
                throw new IllegalArgumentException("overlapping edits in one fix: " + edits);
            }
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        description = description == null ? "" : description;
    }

    public static Fix replace(int start, int end, String replacement, boolean safe, String description) {
        return new Fix(List.of(new TextEdit(start, end, replacement)), safe, description);
    }

    public int start() {
        return edits.get(0).start();
    }

    public int end() {
        return edits.stream().mapToInt(TextEdit::end).max().orElseThrow();
    }

    /** Applies this fix to {@code text}, whose offsets the edits refer to. */
    public String applyTo(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int cursor = 0;
        for (TextEdit e : edits) {
            out.append(text, cursor, e.start()).append(e.replacement());
            cursor = e.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }

    /**
     * {@link #replacementFor} shown to a reader: where the fix cuts into a word after the span (dropping "For his
     * part, " capitalises "the"), the rest of that word, so the preview reads "The" rather than "T".
     */
    public String preview(String text, int from, int to) {
        int hi = Math.max(to, end());
        if (hi > to && hi > 0 && hi < text.length() && Character.isLetterOrDigit(text.charAt(hi - 1))) {
            while (hi < text.length() && Character.isLetterOrDigit(text.charAt(hi))) {
                hi++;
            }
        }
        return replacementFor(text, from, hi);
    }

    /** The text that {@code [from, to)} of {@code text} becomes once the fix is applied (edits outside are ignored). */
    public String replacementFor(String text, int from, int to) {
        int lo = Math.min(from, start());
        int hi = Math.max(to, end());
        StringBuilder out = new StringBuilder();
        int cursor = lo;
        for (TextEdit e : edits) {
            out.append(text, cursor, e.start()).append(e.replacement());
            cursor = e.end();
        }
        return out.append(text, cursor, hi).toString();
    }
}
