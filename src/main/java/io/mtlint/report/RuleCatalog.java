package io.mtlint.report;

import io.mtlint.model.Finding;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reports say about the rules behind their findings. LanguageTool's rules are many and reported under
 * their own ids; a rule not in the catalog is described from its first finding.
 */
public final class RuleCatalog {
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    public RuleCatalog(Collection<Rule> rules) {
        for (Rule r : rules) {
            for (RuleInfo check : r.checks()) {
                this.rules.put(check.id(), check);
            }
        }
    }

    public static RuleCatalog empty() {
        return new RuleCatalog(List.of());
    }

    public RuleInfo describe(Finding f) {
        RuleInfo info = rules.get(f.ruleId());
        if (info != null) {
            return info;
        }
        return new RuleInfo(f.ruleId(), f.category(), f.severity(), f.message(), f.message(), List.of(),
                f.ruleId().startsWith("lt.") ? "LanguageTool" : "mtlint");
    }
}
