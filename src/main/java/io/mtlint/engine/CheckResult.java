package io.mtlint.engine;

import io.mtlint.core.Document;
import io.mtlint.core.Finding;
import io.mtlint.core.Suppression;

import java.util.List;

/** The findings for one document, ordered by position, and what inline suppressions did. */
public record CheckResult(Document document, String language, List<Finding> findings, int suppressed,
                          List<Suppression> unusedSuppressions) {
    public CheckResult {
        findings = List.copyOf(findings);
        unusedSuppressions = List.copyOf(unusedSuppressions);
    }
}
