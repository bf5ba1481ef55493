package io.mtlint.cli;

import io.mtlint.model.Category;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.support.RuleTimings;
import io.mtlint.model.Severity;
import io.mtlint.config.CheckOptions;
import io.mtlint.run.CheckRun;
import io.mtlint.check.CheckResult;
import io.mtlint.check.CheckerFactory;
import io.mtlint.run.CheckerProvider;
import io.mtlint.config.ConfigException;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.Progress;
import io.mtlint.run.RunResult;
import io.mtlint.run.Baselines;
import io.mtlint.report.ReportFormat;
import io.mtlint.report.Reporter;
import io.mtlint.report.Summaries;
import io.mtlint.translate.ApertiumTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code mtlint check}: report artefacts, exit 1 when any reaches the --fail-on severity. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report machine-translation artefacts in files, directories or standard input (-).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or configuration error", "3:an input could not be read"})
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning, info, never }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptionsMixin options;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to check (default: .); - reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = ReportFormatOption.class,
            completionCandidates = ReportFormatOption.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: error).")
    FailOn failOn = FailOn.error;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = "--color", description = "Colour the output even when it is not a terminal.")
    boolean forceColor;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE; the summary still goes to the terminal.")
    Path output;

    @Mixin
    JobsOption jobsOption;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in this baseline (see mtlint baseline) are not reported and do not fail the run.")
    Path baseline;

    @Mixin
    CacheOptions cacheOptions;

    @Option(names = "--no-source", description = "Text format: do not show the source line and fixes under each finding.")
    boolean noSource;

    @Option(names = "--timing", description = "Print the time each rule took, slowest first, on standard error.")
    boolean timing;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = paths.isEmpty() ? List.of(".") : paths;
        if (jobsOption.problem().isPresent()) {
            err.println("mtlint: " + jobsOption.problem().get());
            return Main.USAGE;
        }
        if (output != null) {
            java.util.Optional<String> refused = OutputFile.problem(output, inputs);
            if (refused.isPresent()) {
                err.println("mtlint: " + refused.get());
                return Main.USAGE;
            }
        }
        RuleTimings timings = timing ? new RuleTimings() : null;
        CheckOptions checkOptions;
        RunResult result;
        CheckerProvider provider;
        int baselined = 0;
        Progress progress = progressOptions.progress(main, err);
        try {
            provider = options.provider(timings);
            checkOptions = provider.optionsFor(Path.of("").toAbsolutePath());
            CheckRun run = new CheckRun(provider, jobsOption.jobs, cacheOptions.cache())
                    .withProgress(progress);
            run.startLoading(inputs);
            run.validate(inputs);
            Baselines known = baseline == null ? null : Baselines.read(baseline);
            result = run.run(inputs, main.stdin);
            if (format == ReportFormat.SARIF || known != null) {
                run.buildCheckers(); // their rules: SARIF describes them, a baseline knows their former ids
            }
            if (known != null) {
                Baselines.Filtered filtered = known.filter(result, provider::formerIds);
                result = filtered.result();
                baselined = filtered.dropped();
            }
        } catch (ConfigException e) {
            err.println("mtlint: " + e.getMessage());
            return Main.USAGE;
        } finally {
            progress.finished();
        }
        for (FileOutcome problem : result.problems()) {
            err.println("mtlint: " + problem.problem());
        }
        for (String warning : provider.warnings()) {
            err.println("mtlint: warning: " + warning);
        }
        boolean color = forceColor || !noColor && System.getenv("NO_COLOR") == null && main.stdoutIsTerminal
                && output == null;
        Reporter reporter = format.reporter(provider.rulesInUse(), new ReportFormat.TextStyle(color, !noSource));
        if (baselined > 0) {
            err.println("mtlint: " + baselined + " finding" + (baselined == 1 ? "" : "s") + " in the baseline not reported");
        }
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                reporter.write(result, w);
            }
            spec.commandLine().getOut().println(Summaries.oneLine(result, false));
        } else {
            reporter.write(result, spec.commandLine().getOut());
        }
        noteMissingTranslator(checkOptions, result, err);
        if (timings != null) {
            TimingTable.print(timings, err);
        }
        return exitCode(result);
    }

    /**
     * Tells, in one line, which source-to-target pairs with leftovers Apertium could translate if it were
     * installed; each page counts with its own source and target.
     */
    private void noteMissingTranslator(CheckOptions o, RunResult result, PrintWriter err) {
        if (!o.translate() || !format.forPeople()) {
            return;
        }
        Set<List<String>> pairs = new java.util.LinkedHashSet<>();
        for (CheckResult r : result.results()) {
            // A page of the original's language ("en" beside an "en-US" target) has nothing to translate.
            if (r.source() != null && !LanguageCodes.base(r.source()).equals(LanguageCodes.base(r.language()))
                    && r.findings().stream().anyMatch(f -> f.category() == Category.SOURCE_LEFTOVER)) {
                pairs.add(List.of(r.source(), r.language()));
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        for (List<String> pair : pairs) {
            CheckOptions forPair = o.toBuilder().source(pair.get(0)).target(pair.get(1)).build();
            if (!CheckerFactory.apertiumAvailable(forPair)) {
                missing.add(forPair.pair().sourceBase() + "\u2192" + forPair.pair().targetBase());
                ApertiumTranslator.debianPackage(forPair.pair().sourceBase(), forPair.pair().targetBase())
                        .ifPresent(packages::add);
            }
        }
        if (!missing.isEmpty()) {
            err.println("mtlint: note: Apertium is not installed for " + String.join(", ", missing)
                    + (packages.isEmpty() ? "" : " (apt install apertium " + String.join(" ", packages) + ")")
                    + "; translations of leftovers come from rule-pack glossaries only.");
        }
    }

    private int exitCode(RunResult result) {
        if (!result.problems().isEmpty()) {
            return Main.UNREADABLE;
        }
        if (failOn == FailOn.never) {
            return Main.OK;
        }
        return result.hasFindingsAtLeast(Severity.fromId(failOn.name())) ? Main.FINDINGS : Main.OK;
    }
}
