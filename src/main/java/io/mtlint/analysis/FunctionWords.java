package io.mtlint.analysis;

import io.mtlint.languagetool.Lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Closed-class words by the target's tagger: prepositions, conjunctions, determiners and pronouns ("after",
 * "which", "the", "he", "und", "que"), with no reading as a noun, adjective or verb ("over", "all", "like",
 * "will" and German "sein" have one, and end compounds: "takeover", "install").
 */
public final class FunctionWords {
    private FunctionWords() {
    }

    /** Whether the word, in lowercase, is a function word of the lexicon's language. */
    public static boolean is(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return !tags.isEmpty() && tags.stream().anyMatch(lexicon.descriptor()::isFunctionTag)
                && tags.stream().noneMatch(t -> lexicon.descriptor().isVerbTag(t) || lexicon.descriptor().isNominalTag(t));
    }


    /**
     * Whether the word reads as a function word and never as a verb, whatever else it reads as ("in", "by", "that",
     * which the tagger also reads as nouns or adverbs).
     */
    public static boolean hasFunctionReading(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return tags.stream().anyMatch(lexicon.descriptor()::isFunctionTag)
                && tags.stream().noneMatch(lexicon.descriptor()::isVerbTag);
    }

    /** Whether the word reads as a determiner and never as a verb ("the", "las", "des"; German "ein" is a prefix). */
    public static boolean isDeterminer(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return tags.stream().anyMatch(lexicon.descriptor()::isDeterminerTag)
                && tags.stream().noneMatch(lexicon.descriptor()::isVerbTag);
    }

    /** Whether the word reads as a noun or adjective and never as a function word ("minister", "medidas"). */
    public static boolean isContentNominal(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return tags.stream().anyMatch(lexicon.descriptor()::isNominalTag)
                && tags.stream().noneMatch(lexicon.descriptor()::isFunctionTag);
    }

    /** Whether every reading of the word is a pronoun ("les", "him"), as clitics attached to verbs are. */
    public static boolean isPronounOnly(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return !tags.isEmpty() && tags.stream().allMatch(lexicon.descriptor()::isPronounTag);
    }

    /** Whether every reading of the word is a verb ("was", "is"; not "plans", also a noun). */
    public static boolean isVerbOnly(Lexicon lexicon, String word) {
        Set<String> tags = readings(lexicon, word);
        return !tags.isEmpty() && tags.stream().allMatch(lexicon.descriptor()::isVerbTag);
    }

    private static Set<String> readings(Lexicon lexicon, String word) {
        Set<String> tags = lexicon.lookup(word).tags();
        String lower = word.toLowerCase(Locale.ROOT);
        return tags.isEmpty() && !lower.equals(word) ? lexicon.lookup(lower).tags() : tags;
    }
}
