package io.mtlint.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a user needs to know about a rule: what it flags, how severe it is by default, examples of bad and
 * good text (which double as the rule's tests), where it was defined, and the ids it had before it was renamed
 * ({@code formerIds}), which configurations, suppressions and baselines may still name. A built-in detector is a
 * family of {@code checks}, each with its own id ({@code mt.spacing.double-space}), category, severity and
 * examples; the family's id selects them all, and the family's examples are good texts none of them may flag.
 */
public record RuleInfo(String id, Category category, Severity severity, String summary, String description,
                       List<Example> examples, String origin, List<String> formerIds, List<RuleInfo> checks) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        summary = summary == null ? "" : summary;
        description = description == null ? summary : description;
        examples = List.copyOf(examples);
        origin = origin == null ? "built-in" : origin;
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
        checks = checks == null ? List.of() : List.copyOf(checks);
        for (RuleInfo c : checks) {
            if (!id.equals(RuleIds.familyOf(c.id()))) {
                throw new IllegalArgumentException("check " + c.id() + " is not in family " + id);
            }
        }
    }

    public RuleInfo(String id, Category category, Severity severity, String summary, String description,
                    List<Example> examples, String origin, List<String> formerIds) {
        this(id, category, severity, summary, description, examples, origin, formerIds, List.of());
    }

    public RuleInfo(String id, Category category, Severity severity, String summary, String description,
                    List<Example> examples, String origin) {
        this(id, category, severity, summary, description, examples, origin, List.of());
    }

    public static RuleInfo builtIn(String id, Category category, Severity severity, String summary,
                                   String description, Example... examples) {
        return new RuleInfo(id, category, severity, summary, description, List.of(examples), "built-in");
    }

    /** One check of a built-in detector: {@code family.name}. */
    public static RuleInfo check(String family, String name, Category category, Severity severity, String summary,
                                 String description, Example... examples) {
        return builtIn(family + "." + name, category, severity, summary, description, examples);
    }

    /**
     * A built-in detector made of {@code checks}; {@code goodExamples} are texts none of its checks may flag. The
     * family's category and severity are its first check's.
     */
    public static RuleInfo family(String id, String summary, String description, List<Example> goodExamples,
                                  RuleInfo... checks) {
        return new RuleInfo(id, checks[0].category(), checks[0].severity(), summary, description, goodExamples,
                "built-in", List.of(), List.of(checks));
    }

    /** The ids a finding of this rule may carry: its checks' ids, or its own. */
    public List<RuleInfo> reportedAs() {
        return checks.isEmpty() ? List.of(this) : checks;
    }
}
