package io.mtlint.model;

import java.util.List;

/** Where a rule reports what it found; helpers build findings from the rule's own metadata. */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding);

    default void report(RuleInfo rule, int start, int end, String message, List<Fix> fixes) {
        accept(new Finding(rule.id(), rule.category(), rule.severity(), start, end, message, fixes));
    }

    default void report(RuleInfo rule, int start, int end, String message, Fix... fixes) {
        report(rule, start, end, message, List.of(fixes));
    }
}
