package io.mtlint.cli;

import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code --jobs}: how many files a run checks at once. */
final class JobsOption {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files checked in parallel (default: number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Why the value cannot run, or empty: a run needs at least one worker. */
    Optional<String> problem() {
        return jobs < 1 ? Optional.of("--jobs " + jobs + ": give at least 1") : Optional.empty();
    }
}
