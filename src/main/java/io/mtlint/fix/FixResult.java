package io.mtlint.fix;

import io.mtlint.model.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What fixing one document did: the text before and after, and each fix applied. */
public record FixResult(Document document, String fixedText, List<AppliedFix> applied) {
    public FixResult {
        applied = List.copyOf(applied);
    }

    public boolean changed() {
        return !fixedText.equals(document.text());
    }

    /** How many fixes each rule contributed, in order of first use. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AppliedFix a : applied) {
            counts.merge(a.finding().ruleId(), 1, Integer::sum);
        }
        return counts;
    }
}
