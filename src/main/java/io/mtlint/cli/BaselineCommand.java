package io.mtlint.cli;

import io.mtlint.run.Baselines;
import io.mtlint.run.CheckRun;
import io.mtlint.run.CheckerProvider;
import io.mtlint.config.ConfigException;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.Progress;
import io.mtlint.run.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtlint baseline FILE PATH…}: record today's findings so that only new ones fail CI. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write the current findings to FILE; check --baseline FILE then reports only new ones.")
final class BaselineCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptionsMixin options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The baseline file to write.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or directories to check.")
    List<String> paths = new ArrayList<>();

    @Mixin
    JobsOption jobsOption;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        if (jobsOption.problem().isPresent()) {
            spec.commandLine().getErr().println("mtlint: " + jobsOption.problem().get());
            return Main.USAGE;
        }
        RunResult result;
        CheckerProvider provider;
        Progress progress = progressOptions.progress(main, spec.commandLine().getErr());
        try {
            provider = options.provider();
            result = new CheckRun(provider, jobsOption.jobs).withProgress(progress).run(paths, main.stdin);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("mtlint: " + e.getMessage());
            return Main.USAGE;
        } finally {
            progress.finished();
        }
        for (FileOutcome p : result.problems()) {
            spec.commandLine().getErr().println("mtlint: " + p.problem());
        }
        provider.warnings().forEach(w -> spec.commandLine().getErr().println("mtlint: warning: " + w));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Baselines.write(result, file, w);
        }
        spec.commandLine().getOut().println("Wrote " + result.findings() + " findings to " + file);
        return result.problems().isEmpty() ? Main.OK : Main.UNREADABLE;
    }
}
