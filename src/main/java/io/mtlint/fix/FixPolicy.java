package io.mtlint.fix;

import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.RuleIds;

import java.util.Set;

/**
 * Which fixes the batch fixer may apply: safe ones only unless unsafe fixes are allowed, restricted to some rules
 * or categories when the user asks. Rule ids may end in {@code *}.
 */
public record FixPolicy(boolean unsafe, Set<String> rules, Set<String> categories) {
    public FixPolicy {
        rules = Set.copyOf(rules);
        categories = Set.copyOf(categories);
    }

    public static FixPolicy safeOnly() {
        return new FixPolicy(false, Set.of(), Set.of());
    }

    /** The fix to apply for a finding, or null when none is allowed. */
    public Fix choose(Finding finding) {
        if (!rules.isEmpty() && rules.stream().noneMatch(r -> RuleIds.selects(r, finding.ruleId()))) {
            return null;
        }
        if (!categories.isEmpty() && !categories.contains(finding.category().id())) {
            return null;
        }
        for (Fix fix : finding.fixes()) {
            if (fix.safe() || unsafe) {
                return fix;
            }
        }
        return null;
    }
}
