package io.mtlint.cli;

import io.mtlint.support.RuleTimings;

import java.io.PrintWriter;
import java.util.List;

/** The table {@code check --timing} prints: each rule's time and share, slowest first. */
final class TimingTable {
    private TimingTable() {
    }

    static void print(RuleTimings timings, PrintWriter err) {
        List<RuleTimings.Timing> rows = timings.slowestFirst();
        if (rows.isEmpty()) {
            err.println("mtlint: timing: no file was checked (all came from the cache; add --no-cache)");
            return;
        }
        long total = rows.stream().mapToLong(RuleTimings.Timing::nanos).sum();
        long documents = rows.stream().mapToLong(RuleTimings.Timing::documents).max().orElse(0);
        err.printf("mtlint: time per rule over %d checked file%s (summed over threads; a rule's time includes loading "
                + "what it needs and the paragraph data it is the first to need):%n", documents, documents == 1 ? "" : "s");
        err.printf("%12s %7s  %s%n", "ms", "share", "rule");
        for (RuleTimings.Timing t : rows) {
            err.printf("%12.1f %6.1f%%  %s%n", t.nanos() / 1e6, total == 0 ? 0.0 : 100.0 * t.nanos() / total, t.ruleId());
        }
        err.printf("%12.1f %6.1f%%  all rules%n", total / 1e6, 100.0);
        err.flush();
    }
}
