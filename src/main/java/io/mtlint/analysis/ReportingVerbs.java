package io.mtlint.analysis;

import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.Words;

import java.util.List;

/**
 * Whether a word is a form of one of the target's reporting verbs ("says", "added", "explained"), from its
 * constructions' reporting and inverting lemmas: what follows a quotation or a stop that ends someone's words.
 */
public final class ReportingVerbs {
    private ReportingVerbs() {
    }

    /**
     * A lowercase inflected verb form whose lemma reports speech ("added", "stated", "says"); false in a language
     * without constructions. The bare lemma ("continue", "point", an imperative) may open a sentence of its own, and
     * so may a form the dictionary also reads as an inflected noun ("reports", "estimates", "notes"), except for the
     * verbs that put the speaker after them ("says").
     */
    public static boolean is(Lexicon target, String word) {
        return is(target, word, false);
    }

    /** As {@link #is(Lexicon, String)}, the bare lemma included: after its subject it is a present form ("they comment"). */
    public static boolean afterSubject(Lexicon target, String word) {
        return is(target, word, true);
    }

    /**
     * One of the first {@code limit} words is a reporting verb, a bare lemma counting with {@code afterSubject}: the
     * reporting clause after a quotation or a stop ("\u201che said", ".\u201d the firefighters comment").
     */
    public static boolean amongFirst(Lexicon target, List<Words.Word> words, int limit, boolean afterSubject) {
        for (int k = 0; k < Math.min(limit, words.size()); k++) {
            if (is(target, words.get(k).text(), afterSubject)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(Lexicon target, String word, boolean bareLemma) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        Constructions language = Constructions.of(target.descriptor().code());
        if (!language.isKnown()) {
            return false;
        }
        Lexicon.Entry entry = target.lookup(word);
        boolean reporting = false;
        boolean inverting = false;
        boolean bare = false;
        for (String lemma : entry.lemmas()) {
            boolean inverts = language.verbs().inverting().contains(lemma);
            if (inverts || language.verbs().reporting().contains(lemma)) {
                reporting = true;
                inverting |= inverts;
                bare |= lemma.equals(word);
            }
        }
        if (!reporting || !bareLemma && bare || entry.tags().stream().noneMatch(target.descriptor()::isVerbTag)) {
            return false;
        }
        // A nominal reading whose lemma is another word is an inflected noun; "added" and "stated" are their own.
        boolean inflectedNoun = entry.tags().stream().anyMatch(target.descriptor()::isNominalTag)
                && !entry.lemmas().contains(word);
        return !inflectedNoun || inverting;
    }
}
