package io.mtlint.text;

import java.util.List;

/**
 * The interned forms of a text's words ({@link Words}), handed out again to a tokeniser that walks the same text
 * from start to end: a word it cuts where {@link Words} did takes the form already interned instead of being
 * hashed and looked up a second time.
 */
public final class WordFormCursor {
    private final String text;
    private final List<Words.Word> words;
    private int next;

    /** {@code words} must be {@link Words#of(String)} of {@code text}. */
    public WordFormCursor(String text, List<Words.Word> words) {
        this.text = text;
        this.words = words;
    }

    /** The form of {@code text[start, end)}; calls must come in ascending order of {@code start}. */
    public WordForm at(int start, int end) {
        while (next < words.size() && words.get(next).start() < start) {
            next++;
        }
        if (next < words.size()) {
            Words.Word w = words.get(next);
            if (w.start() == start && w.end() == end) {
                return w.form();
            }
        }
        return WordForm.of(text, start, end);
    }
}
