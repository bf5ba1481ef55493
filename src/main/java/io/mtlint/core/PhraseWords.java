package io.mtlint.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a listed phrase as the detectors split prose: runs of letters and combining marks, so that
 * "coup d'état" is "coup", "d", "état" and "week-end" is "week", "end". Phrase lists and text then meet word for
 * word.
 */
public final class PhraseWords {
    private PhraseWords() {
    }

    public static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The words of {@code phrase}, as written. */
    public static List<String> of(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            int cp = phrase.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < phrase.length() && isWordPart(phrase.codePointAt(i))) {
                i += Character.charCount(phrase.codePointAt(i));
            }
            words.add(phrase.substring(start, i));
        }
        return words;
    }
}
