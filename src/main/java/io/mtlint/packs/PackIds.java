package io.mtlint.packs;

import java.util.Set;

/**
 * What the packs name, for any language pair: rule ids with the ids rules replace, which a configuration may
 * select; and vocabulary lists, which are data for the built-in detectors and select nothing.
 */
public record PackIds(Set<String> rules, Set<String> vocabularyLists) {
    public PackIds {
        rules = Set.copyOf(rules);
        vocabularyLists = Set.copyOf(vocabularyLists);
    }
}
