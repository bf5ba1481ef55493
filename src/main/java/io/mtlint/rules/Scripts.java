package io.mtlint.rules;

import io.mtlint.languagetool.LanguageProfile;

/** Writing systems: a word in another script than the target language's is text left untranslated. */
final class Scripts {
    private Scripts() {
    }

    static boolean differ(String word, LanguageProfile target) {
        Character.UnicodeScript expected = target.script();
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
