package io.mtlint.analysis;

import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;

/**
 * Whether a word is a form of one of the target's reporting verbs ("says", "added", "explained"), from its
 * constructions' reporting and inverting lemmas: what follows a quotation or a stop that ends someone's words.
 */
public final class ReportingVerbs {
    private ReportingVerbs() {
    }

    /** A lowercase form whose lemma reports speech; false in a language without constructions. */
    public static boolean is(Lexicon target, String word) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        Constructions language = Constructions.of(target.descriptor().code());
        return language.isKnown() && target.lookup(word).lemmas().stream()
                .anyMatch(l -> language.verbs().reporting().contains(l) || language.verbs().inverting().contains(l));
    }
}
