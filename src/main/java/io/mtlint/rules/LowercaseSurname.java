package io.mtlint.rules;

import io.mtlint.languagetool.Lexicon;

/**
 * A lowercase word no dictionary of the target knows, right after a word that is only a name ("Volker wissing",
 * "Giulia tempesta"): machine translation lowercases surnames that are also words of the source language, or
 * that it cannot place. A word the target knows ("Tesla model") is left alone, and so is a word after a name that
 * is also a common word ("Chancellor", "Tesla"), or one shaped like the Latin epithet of a species ("Aedes
 * aegypti" is not, "Plasmodium falciparum" is).
 */
final class LowercaseSurname {
    private static final String[] LATIN_EPITHET_ENDINGS = {"ae", "um", "us", "ii", "ensis", "oides", "iformis"};

    private LowercaseSurname() {
    }

    /**
     * Whether {@code word}, lowercase, is a surname written after its given name. A word the source language
     * ({@code source}, may be null) knows only as a verb or a function word is not ("Sánchez dijo").
     */
    static boolean follows(String text, Words.Word word, Lexicon target, Lexicon source) {
        if (!word.isLowercase() || word.text().length() < 3 || !word.text().codePoints().allMatch(Character::isLetter)
                || hasLatinEnding(word.text())) {
            return false;
        }
        int nameEnd = word.start() - 1;
        if (nameEnd < 1 || text.charAt(nameEnd) != ' ') {
            return false;
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && Words.isWordPart(text.codePointBefore(nameStart))) {
            nameStart -= Character.charCount(text.codePointBefore(nameStart));
        }
        Words.Word name = Words.at(text, nameStart, nameEnd);
        return name != null && name.end() == nameEnd && name.isCapitalised() && !name.isAllCaps()
                && name.text().length() > 2 && isName(name.text(), target, source)
                && !target.knowsAnyCase(word.text()) && (source == null || canBeName(source, word.text()));
    }

    /** Only a name to the target's tagger, or unknown to it and only a name to the source's ("Xabi"). */
    private static boolean isName(String word, Lexicon target, Lexicon source) {
        return target.isProperNounOnly(word)
                || source != null && target.lookup(word).tags().isEmpty() && source.isProperNounOnly(word);
    }

    private static boolean canBeName(Lexicon source, String word) {
        var tags = source.lookup(word).tags();
        return tags.isEmpty() || tags.stream().anyMatch(source.profile()::isNominalTag);
    }

    private static boolean hasLatinEnding(String word) {
        for (String ending : LATIN_EPITHET_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
