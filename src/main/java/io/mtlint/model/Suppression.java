package io.mtlint.model;

import java.util.List;
import java.util.Set;

/**
 * An inline instruction in the document to silence rules over {@code [start, end)}; an empty rule set means
 * every rule. {@code directiveStart} is where the comment itself sits, for reporting unused suppressions.
 */
public record Suppression(int directiveStart, int directiveEnd, int start, int end, Set<String> rules) {
    public Suppression {
        rules = Set.copyOf(rules);
    }

    /** Whether this covers {@code finding}, whose rule was once called {@code formerIds}. */
    public boolean covers(Finding finding, List<String> formerIds) {
        return finding.start() >= start && finding.start() < end && matchesRule(finding.ruleId(),
                finding.category(), formerIds);
    }

    private boolean matchesRule(String ruleId, Category category, List<String> formerIds) {
        if (rules.isEmpty()) {
            return true;
        }
        for (String r : rules) {
            if (RuleIds.selects(r, ruleId) || r.equals(category.id()) || formerIds.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
