package io.mtlint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where words are in prose and in listed phrases alike: a letter followed by letters and combining marks, so that
 * "coup d'état" is "coup", "d", "état" and "week-end" is "week", "end". The detectors' word splitting uses this one
 * definition, so phrase lists and text meet word for word.
 */
public final class PhraseWords {
    private PhraseWords() {
    }

    public static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A word starts with a letter; combining marks only continue one. */
    public static boolean isWordStart(int cp) {
        return Character.isLetter(cp);
    }

    /**
     * Where the word of {@code text[from, to)} that starts at {@code from} ends, or {@code from} when no word starts
     * there.
     */
    public static int wordEnd(String text, int from, int to) {
        if (from >= to || !isWordStart(text.codePointAt(from))) {
            return from;
        }
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < to && isWordPart(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The words of {@code phrase}, as written. */
    public static List<String> of(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            int end = wordEnd(phrase, i, phrase.length());
            if (end > i) {
                words.add(phrase.substring(i, end));
                i = end;
            } else {
                i += Character.charCount(phrase.codePointAt(i));
            }
        }
        return words;
    }
}
