package io.mtlint.analysis;

import io.mtlint.lang.OtherScripts;
import io.mtlint.text.Scripts;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;

import java.util.Locale;

/**
 * Which language a word belongs to, judged by the two languages' dictionaries: a word the source language knows
 * and the target does not is a leftover candidate; names, numbers and typos are known to neither.
 */
enum WordOrigin {
    SOURCE_ONLY, BOTH, TARGET_ONLY, NEITHER;

    static WordOrigin of(String word, Lexicon target, Lexicon source, Vocabulary vocabulary) {
        if (vocabulary.isAccepted(word)) {
            return TARGET_ONLY;
        }
        return inDictionaries(word, target, source);
    }

    /** {@link #of} by the dictionaries alone: a loanword the packs accept ("hostname" in French) is the source's. */
    static WordOrigin inDictionaries(String word, Lexicon target, Lexicon source) {
        if (word.codePoints().anyMatch(c -> OtherScripts.isOther(c, target.descriptor()))) {
            return NEITHER; // "правительство" in English: the other-script check reports it, with its own language
        }
        if (Scripts.differ(word, target.descriptor().script())) {
            return SOURCE_ONLY; // English in a Cyrillic text is a leftover whatever the dictionaries say
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean inTarget = target.knowsAnyCase(word) || isWordWithAccentedCapital(word, target)
                || isPrefixedWord(word, target);
        boolean inSource = source.lookup(lower).tags().size() > 0 || source.lookup(word).tags().size() > 0;
        if (inSource && !inTarget && lower.length() >= MIN_DROPPED_ACCENT && !FunctionWords.is(source, lower)) {
            inTarget = isWordWithDroppedAccent(lower, target);
        }
        if (inSource && inTarget) {
            return BOTH;
        }
        if (inSource) {
            return SOURCE_ONLY;
        }
        return inTarget ? TARGET_ONLY : NEITHER;
    }

    /** The shortest word a free prefix is joined to: "ultra" and "bas" make no word to trust. */
    private static final int MIN_PREFIXED = 4;

    /**
     * A word the target builds with a free prefix ("ultraflexible", "interterritorial"), from a lowercase word its
     * dictionary knows; a capitalised noun of a source language that capitalises nouns is no such word.
     */
    private static boolean isPrefixedWord(String word, Lexicon target) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String prefix : target.descriptor().wordPrefixes()) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_PREFIXED
                    && target.knows(word.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Shorter words and the source's function words ("the", "edit") are too often the source's own. */
    private static final int MIN_DROPPED_ACCENT = 5;

    /**
     * Hasty writers drop accents on lowercase letters too ("premiere", "reception", "complete"): a word of the
     * source that is one accent away from a word of the target is the target's word as often as a leftover. The
     * accents are those the descriptor lists for its capitals.
     */
    private static boolean isWordWithDroppedAccent(String lower, Lexicon target) {
        java.util.List<String> groups = target.descriptor().typography().accentedCapitals();
        if (groups.isEmpty()) {
            return false;
        }
        for (int at = 0; at < lower.length(); at++) {
            char c = lower.charAt(at);
            for (String letters : groups) {
                if (Character.toLowerCase(letters.charAt(0)) != c) {
                    continue;
                }
                for (int i = 1; i < letters.length(); i++) {
                    String restored = lower.substring(0, at) + Character.toLowerCase(letters.charAt(i))
                            + lower.substring(at + 1);
                    if (target.knows(restored)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Capitals often drop their accents ("Emirats", "Etats-Unis", "Ecoutez"): such a word, with the accent back on
     * its first letter, is a word of the target, where the target's descriptor says its writers drop them.
     */
    private static boolean isWordWithAccentedCapital(String word, Lexicon target) {
        if (word.length() < 2 || !Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        for (String letters : target.descriptor().typography().accentedCapitals()) {
            if (letters.charAt(0) == word.charAt(0)) {
                for (int i = 1; i < letters.length(); i++) {
                    if (target.knowsAnyCase(letters.charAt(i) + word.substring(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
