package io.mtlint.cli;

import io.mtlint.report.ProgressBar;
import io.mtlint.run.Progress;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --quiet}, and the progress bar a long run shows on standard error when that is a terminal. */
final class ProgressOptions {
    @Option(names = {"-q", "--quiet"},
            description = "No progress bar (shown on standard error only when it is a terminal).")
    boolean quiet;

    Progress progress(Main main, PrintWriter err) {
        int width = quiet ? 0 : main.stderrTerminalWidth.getAsInt();
        return width > 0 ? new ProgressBar(err, width) : Progress.NONE;
    }
}
