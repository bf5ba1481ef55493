package io.mtlint.rules;

import io.mtlint.core.RuleInfo;

/** A built-in detector that reads the languages of the run (and their dictionaries) from its environment. */
abstract class EnvironmentRule extends BlockRule {
    private final RuleInfo info;
    protected final RuleEnvironment env;

    EnvironmentRule(RuleInfo info, RuleEnvironment env) {
        this.info = info;
        this.env = env;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
