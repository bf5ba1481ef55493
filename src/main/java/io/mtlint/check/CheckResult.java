package io.mtlint.check;

import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Suppression;

import java.util.List;

/**
 * The findings for one document, ordered by position, what inline suppressions did, and the source language the
 * document was checked against (detected when the source is "auto"; null when unknown).
 */
public record CheckResult(Document document, String language, List<Finding> findings, int suppressed,
                          List<Suppression> unusedSuppressions, String source) {
    public CheckResult {
        findings = List.copyOf(findings);
        unusedSuppressions = List.copyOf(unusedSuppressions);
    }

    public CheckResult withFindings(List<Finding> kept) {
        return new CheckResult(document, language, kept, suppressed, unusedSuppressions, source);
    }
}
