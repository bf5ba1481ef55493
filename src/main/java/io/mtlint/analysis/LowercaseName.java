package io.mtlint.analysis;

import io.mtlint.text.Capitalisation;
import io.mtlint.text.WordForm;
import io.mtlint.text.Words;
import io.mtlint.languagetool.Lexicon;

import java.util.List;
import java.util.function.Predicate;

/**
 * A personal name written all in lowercase that no dictionary lists ("the head of the regional administration
 * oleh syniehubov", "the secretary elly schlein"): two lowercase words, neither a word of the target nor of the
 * source language (or only capitalised, as a name), right after a noun or an acronym that introduces them. Machine translation keeps names it
 * cannot place as they came; a sentence of the target language has no other run of two unknown words after a noun.
 * Foreign phrases quoted on purpose ("alta ligeantia") rarely follow a noun directly, and source-language ones are
 * known to the source dictionary and left to mt.source-leftover.
 */
public final class LowercaseName {
    private static final int MIN_LENGTH = 3;
    /** A common word on the speller's frequency scale (0 rare to about 22 for "the"; "agencia" is 13). */
    private static final int COMMON = 12;

    private LowercaseName() {
    }

    /**
     * Whether words {@code k} and {@code k + 1} are such a name. {@code plain} tells the words that are right in
     * lowercase wherever they stand.
     */
    public static boolean isPair(String text, List<Words.Word> words, int k, Lexicon target, Lexicon source,
                          Predicate<WordForm> plain) {
        if (k == 0) {
            return false;
        }
        Words.Word given = words.get(k);
        Words.Word surname = words.get(k + 1);
        if (surname.start() != given.end() + 1 || text.charAt(given.end()) != ' '
                || !isUnknownLowercase(text, given, target, source, plain) || !isUnknownLowercase(text, surname, target, source, plain)
                || k + 2 < words.size() && words.get(k + 2).start() == surname.end() + 1
                && isUnknownLowercase(text, words.get(k + 2), target, source, plain)) {
            return false;
        }
        return introducedByNoun(text, words, k, target);
    }

    /**
     * Whether word {@code k - 1} is a given name no dictionary lists before the name at {@code k}, which another
     * check restores ("the premier giorgia meloni").
     */
    public static boolean isGivenNameBefore(String text, List<Words.Word> words, int k, Lexicon target, Lexicon source,
                                     Predicate<WordForm> plain) {
        if (k < 2) {
            return false;
        }
        Words.Word given = words.get(k - 1);
        return Words.spacedApart(text, given, words.get(k))
                && isUnknownLowercase(text, given, target, source, plain) && introducedByNoun(text, words, k - 1, target);
    }

    /** Word {@code k - 1} is a noun or an acronym, with a space or a comma between it and word {@code k}. */
    private static boolean introducedByNoun(String text, List<Words.Word> words, int k, Lexicon target) {
        Words.Word before = words.get(k - 1);
        String gap = text.substring(before.end(), words.get(k).start());
        if (!gap.equals(" ") && !gap.equals(", ")) {
            return false;
        }
        return before.isAllCaps() && before.text().length() > 1
                || target.lookup(before.form()).tags().stream().anyMatch(t -> isNoun(target, t));
    }

    private static boolean isNoun(Lexicon target, String tag) {
        return target.descriptor().isNominalTag(tag) && !target.descriptor().isDeterminerTag(tag)
                && !target.descriptor().isConnectiveTag(tag);
    }

    private static boolean isUnknownLowercase(String text, Words.Word w, Lexicon target, Lexicon source,
                                              Predicate<WordForm> plain) {
        String word = w.text();
        return w.isLowercase() && word.length() >= MIN_LENGTH && word.codePoints().allMatch(Character::isLetter)
                && !plain.test(w.form()) && !target.knowsAnyCase(word) && !isTwoWordsRunTogether(word, target)
                && !isContraction(text, w, target)
                && (source == null || !source.knows(word) || source.hasProperNounReading(Capitalisation.capitalise(word)))
                && !EnglishWords.isFunctionWordIn(target, word);
    }

    /** "doesn" of "doesn't": split at its apostrophe, a word of the target reads as an unknown one. */
    private static boolean isContraction(String text, Words.Word w, Lexicon target) {
        String negated = Words.withNegation(text, w);
        String joined = negated != null ? negated : Words.joinedAtApostrophe(text, w);
        return joined != null && target.knows(joined);
    }

    /**
     * Two common words of the target that a lost space ran together ("unaagencia", "federalresponsable", from
     * removed links): no name, and the spacing and spelling checks own them.
     */
    private static boolean isTwoWordsRunTogether(String word, Lexicon target) {
        for (int at = MIN_LENGTH; at <= word.length() - MIN_LENGTH; at++) {
            String left = word.substring(0, at);
            String right = word.substring(at);
            if (target.frequency(left) >= COMMON && target.frequency(right) >= COMMON
                    && target.knows(left) && target.knows(right)) {
                return true;
            }
        }
        return false;
    }
}
