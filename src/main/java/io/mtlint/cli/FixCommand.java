package io.mtlint.cli;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.Position;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.format.DocumentStructureException;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.CheckerFactory;
import io.mtlint.run.CachedChecks;
import io.mtlint.run.CheckerProvider;
import io.mtlint.run.ResultCache;
import io.mtlint.config.ConfigException;
import io.mtlint.run.FileWalker;
import io.mtlint.run.Progress;
import io.mtlint.fix.AppliedFix;
import io.mtlint.fix.AtomicWriter;
import io.mtlint.fix.FixPolicy;
import io.mtlint.fix.FixResult;
import io.mtlint.fix.FixWriteException;
import io.mtlint.fix.Fixer;
import io.mtlint.fix.UnifiedDiff;
import io.mtlint.fix.interactive.InteractiveFix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code mtlint fix}: apply safe fixes in place, show them as a diff, or walk through them interactively. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Apply fixes in place (safe ones by default), print a diff, or fix interactively (-i).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with --diff: nothing would change)", "1:with --diff: there would be changes",
                "2:usage or configuration error", "3:an input could not be read or written"})
final class FixCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptionsMixin options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to fix; - fixes standard input to standard output.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--unsafe-fixes", description = "Also apply fixes that need a human's judgement (translations, case changes).")
    boolean unsafe;

    @Option(names = "--diff", description = "Write nothing; print a unified diff of what would change (exit 1 when "
            + "something would). With -i: the diff of your decisions, at the end.")
    boolean diff;

    @Option(names = "--dry-run", description = "Write nothing; list the fixes that would be made. With -i: decide, "
            + "and see which files would be written.")
    boolean dryRun;

    @Option(names = {"-i", "--interactive"}, description = "Walk through the findings one by one in the terminal.")
    boolean interactive;

    @Mixin
    CacheOptions cacheOptions;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (interactive && paths.contains("-")) {
            err.println("mtlint: fix -i reads your answers from standard input, so it cannot fix it too (-): name"
                    + " the files, or use fix - without -i");
            return Main.USAGE;
        }
        CheckOptions checkOptions;
        CheckerProvider provider;
        Set<String> onlyRules;
        ResultCache cache = cacheOptions.cache();
        Path here = Path.of("").toAbsolutePath();
        try {
            CheckerProvider configured = options.provider();
            provider = new CheckerProvider(options.config, base -> {
                CheckOptions o = options.applyTo(base);
                // LanguageTool's suggestions are never applied in batch unless its rules are asked for by name.
                if (o.onlyRules().stream().noneMatch(r -> r.startsWith("lt.")) && !interactive) {
                    return o.toBuilder().languageTool(false).build();
                }
                return o;
            });
            checkOptions = configured.optionsFor(here);
            // With a cache the checker is built on the first file the cache does not answer, unless the
            // configuration names rule ids: the fixes to apply are chosen by their current ids.
            CheckOptions fixing = provider.optionsFor(here);
            if (cache == null || CheckerFactory.mayWarnAboutRuleIds(fixing)) {
                onlyRules = provider.checkerFor(here).onlyRules();
            } else {
                onlyRules = fixing.onlyRules();
            }
            provider.warnings().forEach(w -> err.println("mtlint: warning: " + w));
        } catch (ConfigException e) {
            err.println("mtlint: " + e.getMessage());
            return Main.USAGE;
        }
        // The checker's "only" list, where renamed rules' former ids are already their current ones.
        FixPolicy policy = new FixPolicy(unsafe, onlyRules, Set.copyOf(checkOptions.onlyCategories()));
        if (interactive) {
            InteractiveFix.Mode mode = diff ? InteractiveFix.Mode.DIFF
                    : dryRun ? InteractiveFix.Mode.DRY_RUN : InteractiveFix.Mode.WRITE;
            return new InteractiveFix(provider, main.stdin, out, err, main.stdoutIsTerminal, mode)
                    .withCache(cache).run(files(checkOptions, provider, err), checkOptions.format());
        }
        if (paths.equals(List.of("-"))) {
            try {
                return fixStdin(provider, here, policy, checkOptions.format(), out, err);
            } catch (ConfigException e) {
                err.println("mtlint: " + e.getMessage());
                return Main.USAGE;
            }
        }
        boolean changes = false;
        int fixedFiles = 0;
        int fixes = 0;
        int unwrittenFiles = 0;
        int unwritten = 0;
        int unchecked = 0;
        AtomicWriter writer = new AtomicWriter();
        CachedChecks checks = new CachedChecks(provider, cache);
        boolean validated = cache == null;
        List<Path> files = files(checkOptions, provider, err);
        unchecked += files == null ? paths.size() : 0; // one input that cannot be expanded stops them all
        files = files == null ? List.of() : files;
        Progress progress = progressOptions.progress(main, err);
        progress.planned(files.size(), files.stream().mapToLong(FixCommand::size).sum());
        try {
            for (Path file : files) {
                try {
                    Document doc;
                    try {
                        doc = DocumentLoader.load(file, file.toString(), checkOptions.format(), checkOptions.alignedSource());
                    } catch (DocumentException e) {
                        progress.aside(() -> err.println("mtlint: " + e.getMessage()));
                        unchecked++;
                        continue;
                    }
                    FixResult result;
                    try {
                        CachedChecks.Lookup first = checks.lookup(file, doc);
                        if (!validated && first.cached() == null) {
                            // As check does: a bad configuration stops the run in one line, on the first miss.
                            provider.checkerFor(here);
                            validated = true;
                        }
                        result = Fixer.fix(doc, policy, current -> current == doc
                                ? checks.check(file, doc, first, share -> { })
                                : laterRound(checks, provider, file, doc, current));
                    } catch (ConfigException e) {
                        if (!validated) {
                            String problem = configurationProblem(provider, here);
                            if (problem != null) {
                                err.println("mtlint: " + problem);
                                return Main.USAGE;
                            }
                            validated = true;
                        }
                        progress.aside(() -> err.println("mtlint: " + e.getMessage()));
                        unchecked++;
                        continue;
                    } catch (DocumentStructureException e) {
                        progress.aside(() -> err.println("mtlint: " + e.forFile(doc.path()).getMessage()));
                        unchecked++;
                        continue;
                    }
                    if (!result.changed()) {
                        continue;
                    }
                    changes = true;
                    if (diff) {
                        progress.aside(() -> out.print(UnifiedDiff.of(doc, result.fixedText())));
                    } else if (dryRun) {
                        progress.aside(() -> listFixes(result, out));
                    } else {
                        try {
                            writer.write(file, doc, result.fixedText());
                            progress.aside(() -> out.println(file + ": " + describe(result)));
                            fixedFiles++;
                            fixes += result.applied().size();
                        } catch (FixWriteException e) {
                            progress.aside(() -> err.println("mtlint: " + e.getMessage()));
                                unwrittenFiles++;
                            unwritten += result.applied().size();
                        }
                    }
                } finally {
                    progress.done(file, size(file));
                }
            }
        } finally {
            progress.finished();
        }
        String problem = validated || checks.anyServed() ? null : configurationProblem(provider, here);
        if (problem != null) { // nothing came from the cache: the configuration must still hold
            err.println("mtlint: " + problem);
            return Main.USAGE;
        }
        if (!diff && !dryRun) {
            String summary = fixes == 0 ? (unwritten == 0 ? (unchecked == 0 ? "Nothing to fix." : "Nothing fixed.") : "")
                    : "Fixed " + fixes + " problem" + (fixes == 1 ? "" : "s") + " in " + fixedFiles + " file"
                    + (fixedFiles == 1 ? "" : "s") + ".";
            if (unwritten > 0) {
                summary += (summary.isEmpty() ? "" : " ") + unwritten + " fix" + (unwritten == 1 ? "" : "es") + " in "
                        + unwrittenFiles + " file" + (unwrittenFiles == 1 ? "" : "s") + " not written.";
            }
            if (unchecked > 0) {
                summary += " " + unchecked + " input" + (unchecked == 1 ? "" : "s") + " could not be checked.";
            }
            out.println(summary);
        }
        out.flush();
        if (unchecked > 0 || unwrittenFiles > 0) {
            return Main.UNREADABLE;
        }
        return diff && changes ? Main.FINDINGS : Main.OK;
    }

    /** Why the checker of {@code here}'s configuration cannot be built, or null when it can. */
    private static String configurationProblem(CheckerProvider provider, Path here) {
        try {
            provider.checkerFor(here);
            return null;
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }

    /**
     * The check of a text a round of fixing {@code file} left: answered from the cache by its bytes too, so that
     * fixing an unchanged tree again checks nothing, and a file the fix wrote is found under its new bytes. Not
     * for a text aligned with its source: later rounds read it without the alignment, and must not store a result
     * under bytes that file, read with it, could have.
     */
    private static io.mtlint.check.CheckResult laterRound(CachedChecks checks, CheckerProvider provider, Path file,
                                                          Document read, Document current) throws ConfigException {
        if (read.isBilingual() && !read.format().bilingual()) {
            return provider.checkerFor(file, current).check(current);
        }
        return checks.check(file, current);
    }

    /** A file in a language mtlint does not check, found by walking a directory: left alone, as check does. */
    private static boolean passesOver(CheckerProvider provider, Path file) {
        try {
            return provider.passesOver(file);
        } catch (ConfigException e) {
            return false; // the configuration's problem is reported when the file is fixed
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The files named on the command line, or null after reporting a path that does not exist. */
    private List<Path> files(CheckOptions o, CheckerProvider provider, PrintWriter err) {
        FileWalker walker = new FileWalker(o.include(), o.exclude(), o.gitIgnore());
        Set<Path> files = new LinkedHashSet<>();
        boolean ok = true;
        for (String p : paths) {
            if (p.equals("-")) {
                continue;
            }
            FileWalker.Expansion e = walker.expand(p);
            if (e.problem() != null) {
                err.println("mtlint: " + p + ": " + e.problem());
                ok = false;
            }
            boolean walked = java.nio.file.Files.isDirectory(Path.of(p));
            for (Path file : e.files()) {
                if (!walked || !passesOver(provider, file)) {
                    files.add(file);
                }
            }
        }
        return ok ? new ArrayList<>(files) : null;
    }

    private int fixStdin(CheckerProvider provider, Path here, FixPolicy policy, Format format, PrintWriter out,
                         PrintWriter err) throws IOException, ConfigException {
        try {
            Document doc = DocumentLoader.fromBytes("-", main.stdin.readAllBytes(), format == null ? Format.TEXT : format);
            FixResult result = new Fixer(provider.checkerFor(here, doc), policy).fix(doc);
            if (diff) {
                out.print(UnifiedDiff.of(doc, result.fixedText()));
                out.flush();
                return result.changed() ? Main.FINDINGS : Main.OK;
            }
            if (dryRun) {
                listFixes(result, out);
                return Main.OK;
            }
            // The bytes themselves, so that the output keeps the input's encoding and byte-order mark.
            out.flush();
            main.stdout.write(AtomicWriter.encode(doc, result.fixedText()));
            main.stdout.flush();
            return Main.OK;
        } catch (FixWriteException e) {
            err.println("mtlint: " + e.getMessage());
            return Main.UNREADABLE;
        } catch (DocumentException e) {
            err.println("mtlint: " + e.getMessage());
            return Main.UNREADABLE;
        } catch (DocumentStructureException e) {
            err.println("mtlint: " + e.forFile("-").getMessage());
            return Main.UNREADABLE;
        }
    }

    private static void listFixes(FixResult result, PrintWriter out) {
        for (AppliedFix a : result.applied()) {
            String after = a.fix().edits().stream().map(e -> e.replacement()).collect(Collectors.joining(" \u2026 "));
            if (a.round() == 1) {
                Document doc = result.document();
                Position p = doc.position(a.finding().start());
                out.println(doc.path() + ":" + p.line() + ":" + p.column() + ": [" + a.finding().ruleId() + "] \u201c"
                        + doc.text().substring(a.finding().start(), a.finding().end()) + "\u201d \u2192 \u201c"
                        + a.fix().replacementFor(doc.text(), a.finding().start(), a.finding().end()) + "\u201d");
            } else {
                out.println(result.document().path() + " (after earlier fixes): [" + a.finding().ruleId() + "] \u2192 \u201c"
                        + after + "\u201d");
            }
        }
    }

    static String describe(FixResult result) {
        Map<String, Integer> counts = result.countsByRule();
        return result.applied().size() + " fix" + (result.applied().size() == 1 ? "" : "es") + " ("
                + counts.entrySet().stream().map(e -> e.getKey() + " \u00d7" + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
