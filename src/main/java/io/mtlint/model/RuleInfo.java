package io.mtlint.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a user needs to know about a rule: what it flags, how severe it is by default, examples of bad and
 * good text (which double as the rule's tests), where it was defined, and the ids it had before it was renamed
 * ({@code formerIds}), which configurations, suppressions and baselines may still name.
 */
public record RuleInfo(String id, Category category, Severity severity, String summary, String description,
                       List<Example> examples, String origin, List<String> formerIds) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        summary = summary == null ? "" : summary;
        description = description == null ? summary : description;
        examples = List.copyOf(examples);
        origin = origin == null ? "built-in" : origin;
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
    }

    public RuleInfo(String id, Category category, Severity severity, String summary, String description,
                    List<Example> examples, String origin) {
        this(id, category, severity, summary, description, examples, origin, List.of());
    }

    public static RuleInfo builtIn(String id, Category category, Severity severity, String summary,
                                   String description, Example... examples) {
        return new RuleInfo(id, category, severity, summary, description, List.of(examples), "built-in");
    }
}
