package io.mtlint.analysis;

import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;

import java.util.HashSet;
import java.util.Set;

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

    private static boolean is(Lexicon target, String word, boolean bareLemma) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        Constructions language = Constructions.of(target.descriptor().code());
        if (!language.isKnown()) {
            return false;
        }
        Lexicon.Entry entry = target.lookup(word);
        Set<String> reporting = new HashSet<>();
        boolean inverting = false;
        for (String lemma : entry.lemmas()) {
            if (language.verbs().reporting().contains(lemma) || language.verbs().inverting().contains(lemma)) {
                reporting.add(lemma);
                inverting |= language.verbs().inverting().contains(lemma);
            }
        }
        if (reporting.isEmpty() || !bareLemma && reporting.contains(word) || entry.tags().stream().noneMatch(target.descriptor()::isVerbTag)) {
            return false;
        }
        // A nominal reading whose lemma is another word is an inflected noun; "added" and "stated" are their own.
        boolean inflectedNoun = entry.tags().stream().anyMatch(target.descriptor()::isNominalTag)
                && !entry.lemmas().contains(word);
        return !inflectedNoun || inverting;
    }
}
