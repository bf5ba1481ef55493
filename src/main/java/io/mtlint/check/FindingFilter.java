package io.mtlint.check;

import io.mtlint.model.Finding;

import java.util.Set;

/**
 * Which findings a run keeps, by rule id and category: explicit disables win, then "only" lists restrict. Rule
 * ids may end in {@code *} to match a family ("lt.*", "es-en.*").
 */
record FindingFilter(Set<String> disabledRules, Set<String> disabledCategories, Set<String> onlyRules,
                     Set<String> onlyCategories) {

    boolean accepts(Finding f) {
        if (matchesAny(disabledRules, f.ruleId()) || disabledCategories.contains(f.category().id())) {
            return false;
        }
        if (!onlyRules.isEmpty() && !matchesAny(onlyRules, f.ruleId())) {
            return false;
        }
        return onlyCategories.isEmpty() || onlyCategories.contains(f.category().id());
    }

    static boolean matchesAny(Set<String> patterns, String id) {
        for (String p : patterns) {
            if (p.equals(id) || p.endsWith("*") && id.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
