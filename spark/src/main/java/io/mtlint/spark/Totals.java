package io.mtlint.spark;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Finding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run did, added up over documents: the content of {@code summary.json} and of {@code errors/}. */
final class Totals implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A document that could not be read or checked: its path or id, and why. */
    record Problem(String key, String message) implements Serializable {
    }

    long documents;
    long checked;
    long findings;
    long suppressed;
    long fixedDocuments;
    long fixesApplied;
    final Map<String, Long> bySeverity = new TreeMap<>();
    final Map<String, Long> byCategory = new TreeMap<>();
    final Map<String, Long> byRule = new TreeMap<>();
    final List<Problem> problems = new ArrayList<>();

    static Totals checked(CheckResult result) {
        Totals t = new Totals();
        t.documents = 1;
        t.checked = 1;
        t.findings = result.findings().size();
        t.suppressed = result.suppressed();
        for (Finding f : result.findings()) {
            t.bySeverity.merge(f.severity().id(), 1L, Long::sum);
            t.byCategory.merge(f.category().id(), 1L, Long::sum);
            t.byRule.merge(f.ruleId(), 1L, Long::sum);
        }
        return t;
    }

    static Totals failed(String key, String message) {
        Totals t = new Totals();
        t.documents = 1;
        t.problems.add(new Problem(key, message));
        return t;
    }

    Totals withFixes(int applied, boolean changed) {
        fixesApplied += applied;
        fixedDocuments += changed ? 1 : 0;
        return this;
    }

    void add(Totals o) {
        documents += o.documents;
        checked += o.checked;
        findings += o.findings;
        suppressed += o.suppressed;
        fixedDocuments += o.fixedDocuments;
        fixesApplied += o.fixesApplied;
        o.bySeverity.forEach((k, v) -> bySeverity.merge(k, v, Long::sum));
        o.byCategory.forEach((k, v) -> byCategory.merge(k, v, Long::sum));
        o.byRule.forEach((k, v) -> byRule.merge(k, v, Long::sum));
        problems.addAll(o.problems);
    }

    Totals copy() {
        Totals t = new Totals();
        t.add(this);
        return t;
    }

    boolean isEmpty() {
        return documents == 0 && problems.isEmpty();
    }

    long count(String severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }
}
