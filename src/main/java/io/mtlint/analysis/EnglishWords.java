package io.mtlint.analysis;

import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;

/**
 * English words in text of another language. Titles of films, games and songs keep their English words in any
 * language ("Gone with the Wind"), and translation from any source leaves English loanwords and slang ("un taux
 * élevé d'awareness", "complètement lost"): such words are no names in lowercase, whatever name the target's
 * dictionary spells the same way ("Lost", the series).
 */
public final class EnglishWords {
    private static final String ENGLISH = "en";

    private EnglishWords() {
    }

    /** Whether the word is an English function word ("the", "with") and the text is not English. */
    public static boolean isFunctionWordIn(Lexicon target, String word) {
        return !isEnglish(target) && FunctionWords.is(LanguageRegistry.lexicon(ENGLISH), word);
    }

    /** Whether English writes the word as it stands, in lowercase, and the text is not English. */
    public static boolean isLowercaseWordIn(Lexicon target, String word) {
        return !isEnglish(target) && LanguageRegistry.lexicon(ENGLISH).knows(word);
    }

    /** Whether English knows the capitalised word as a name ("Trump", "Apple"), not only as a common word. */
    public static boolean isEnglishName(String capitalised) {
        return LanguageRegistry.lexicon(ENGLISH).hasProperNounReading(capitalised);
    }

    private static boolean isEnglish(Lexicon target) {
        return target.descriptor().code().equals(ENGLISH);
    }
}
