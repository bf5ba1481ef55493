package io.mtlint.report;

import io.mtlint.model.Severity;
import io.mtlint.run.RunResult;

/** The one-line summary of a run shown at the end of a text report or beside a report written to a file. */
public final class Summaries {
    private Summaries() {
    }

    public static String oneLine(RunResult result, boolean color) {
        return oneLine(result, new Ansi(color));
    }

    static String oneLine(RunResult result, Ansi ansi) {
        int files = result.results().size();
        int findings = result.findings();
        String suppressed = result.suppressed() > 0 ? ", " + result.suppressed() + " suppressed" : "";
        String unreadable = result.problems().isEmpty() ? ""
                : "; " + plural(result.problems().size(), "input") + " could not be checked";
        if (findings == 0) {
            return ansi.green("No problems found") + " in " + plural(files, "file") + suppressed + unreadable + ".";
        }
        return ansi.bold(plural(findings, "problem")) + " (" + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + plural(result.count(Severity.INFO), "info") + ") in " + plural(files, "file") + suppressed
                + unreadable + ".";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
