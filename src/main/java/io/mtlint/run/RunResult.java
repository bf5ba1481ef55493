package io.mtlint.run;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Finding;
import io.mtlint.model.Severity;

import java.util.List;

/** Everything a run produced, in the order the inputs were given. */
public record RunResult(List<FileOutcome> outcomes) {
    public RunResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<CheckResult> results() {
        return outcomes.stream().filter(o -> !o.failed()).map(FileOutcome::result).toList();
    }

    public List<FileOutcome> problems() {
        return outcomes.stream().filter(FileOutcome::failed).toList();
    }

    public int count(Severity severity) {
        return (int) results().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.severity() == severity).count();
    }

    public int findings() {
        return results().stream().mapToInt(r -> r.findings().size()).sum();
    }

    public int suppressed() {
        return results().stream().mapToInt(CheckResult::suppressed).sum();
    }

    /** True when some finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return results().stream().flatMap(r -> r.findings().stream()).map(Finding::severity)
                .anyMatch(s -> s.atLeast(threshold));
    }
}
