package io.mtlint.languagetool;

import io.mtlint.text.Emoticons;

/**
 * LanguageTool matches that misread a face (":(", ":D") as punctuation: the space before it is the space before
 * a word, and the colon opens no list.
 */
final class MisreadPunctuation {
    private MisreadPunctuation() {
    }

    static boolean coversFace(String text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
            if (Emoticons.startsAt(text, i)) {
                return true;
            }
        }
        return false;
    }
}
