package io.mtlint.languagetool.accel;

/**
 * Something a token of a rule's pattern needs from at least one reading of a sentence, on which the rule cannot
 * match without it: a part-of-speech tag ({@link PosRequirement}) or a word or lemma ({@link WordRequirement}).
 */
sealed interface ReadingRequirement permits PosRequirement, WordRequirement {
    /** Whether some reading of {@code sentence} may meet this requirement; true when that is not known. */
    boolean metBy(SentenceReadings sentence);
}
