package io.mtlint.text;

/** Writing systems: a word in another script than the target language's is text left untranslated. */
public final class Scripts {
    private Scripts() {
    }

    /** Whether {@code word} holds a letter of another script than {@code expected}. */
    public static boolean differ(String word, Character.UnicodeScript expected) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED && s != expected) {
                    return true;
                }
            }
        }
        return false;
    }
}
