package io.mtlint.check;

import io.mtlint.model.Category;
import io.mtlint.model.Finding;
import io.mtlint.model.RuleIds;
import io.mtlint.model.RuleSelection;

import java.util.Set;

/**
 * Which findings a run keeps, by rule id and category: explicit disables win, then "only" lists restrict. A rule
 * id selects its family's checks too ({@code mt.spacing}), and may end in {@code *} ("lt.*", "es-en.*").
 */
record FindingFilter(Set<String> disabledRules, Set<String> disabledCategories, Set<String> onlyRules,
                     Set<String> onlyCategories) implements RuleSelection {

    boolean accepts(Finding f) {
        return selectsId(f.ruleId()) && selectsCategory(f.category());
    }

    @Override
    public boolean selectsId(String id) {
        return !matchesAny(disabledRules, id) && (onlyRules.isEmpty() || matchesAny(onlyRules, id));
    }

    @Override
    public boolean selectsSomeIdStartingWith(String prefix) {
        return !disabledRules.contains(prefix + "*")
                && (onlyRules.isEmpty() || onlyRules.stream().anyMatch(r -> r.startsWith(prefix)));
    }

    @Override
    public boolean selectsCategory(Category category) {
        return !disabledCategories.contains(category.id())
                && (onlyCategories.isEmpty() || onlyCategories.contains(category.id()));
    }

    static boolean matchesAny(Set<String> selectors, String id) {
        for (String s : selectors) {
            if (RuleIds.selects(s, id)) {
                return true;
            }
        }
        return false;
    }
}
