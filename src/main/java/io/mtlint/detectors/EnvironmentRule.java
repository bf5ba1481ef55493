package io.mtlint.detectors;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.model.RuleInfo;

/** A built-in detector that reads the languages of the run (and their dictionaries) from its environment. */
public abstract class EnvironmentRule extends BlockRule {
    private final RuleInfo info;
    protected final RuleEnvironment env;

    public EnvironmentRule(RuleInfo info, RuleEnvironment env) {
        this.info = info;
        this.env = env;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
