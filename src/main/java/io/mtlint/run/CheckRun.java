package io.mtlint.run;

import io.mtlint.check.CheckResult;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.format.DocumentStructureException;
import io.mtlint.languagetool.LanguageToolEngine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

/**
 * Checks the files a user names, in parallel, and returns the outcomes in a stable order: arguments in the order
 * given, files of a directory sorted by path. A file that cannot be read is an outcome too, not a failure of
 * the run.
 */
public final class CheckRun {
    public static final String STDIN = "-";

    private final CheckerProvider checkers;
    private final int jobs;
    private final ResultCache cache;
    private final CachedChecks checks;
    private Progress progress = Progress.NONE;
    /** The paths whose configurations {@link #validate} checks. */
    private List<Path> validating = List.of();

    public CheckRun(CheckerProvider checkers, int jobs) {
        this(checkers, jobs, null);
    }

    /** A run that reuses and stores results in {@code cache} (null for none). */
    public CheckRun(CheckerProvider checkers, int jobs, ResultCache cache) {
        this.checkers = checkers;
        this.jobs = Math.max(1, jobs);
        this.cache = cache;
        this.checks = new CachedChecks(checkers, cache);
    }

    /** Reports the run's progress to {@code progress}. */
    public CheckRun withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Checks the inputs; a configuration problem stops the run with a {@link ConfigException}. */
    public RunResult run(List<String> arguments, InputStream stdin) throws ConfigException {
        List<Object> inputs = new ArrayList<>(); // a Path to check, or a finished FileOutcome
        java.util.Set<Path> checked = new java.util.HashSet<>();
        startLoading(arguments);
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                inputs.add(readStdin(stdin));
                continue;
            }
            CheckOptions options = checkers.optionsFor(Path.of(argument));
            FileWalker walker = new FileWalker(options.include(), options.exclude(), options.gitIgnore());
            FileWalker.Expansion e = walker.expand(argument);
            if (e.problem() != null) {
                inputs.add(new FileOutcome(argument, null, argument + ": " + e.problem()));
            }
            boolean walked = Files.isDirectory(Path.of(argument));
            for (Path file : e.files()) {
                if (walked && checkers.passesOver(file)) {
                    continue;
                }
                // One file named twice (two arguments, or a link beside its target) is checked and reported once.
                if (checked.add(realPathOf(file))) {
                    inputs.add(file);
                }
            }
        }
        progress.planned(inputs.size(), inputs.stream().mapToLong(CheckRun::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "mtlint-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (Object input : inputs) {
                if (input instanceof FileOutcome done) {
                    progress.done(done, 0);
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(done));
                } else {
                    Path file = (Path) input;
                    CheckOptions options = checkers.optionsFor(file);
                    long bytes = size(file);
                    futures.add(pool.submit(() -> {
                        try {
                            return checkFile(options, file,
                                    share -> progress.advanced(file, (long) (share * bytes)));
                        } finally {
                            progress.done(file, bytes);
                        }
                    }));
                }
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<FileOutcome> f : futures) {
                outcomes.add(f.get());
            }
            if (cache != null && mustBuildAfterCacheRun()) {
                buildCheckers();
            }
            return new RunResult(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Without a cache every file is checked: starts loading LanguageTool's language data, then its rules, for the
     * inputs' languages, so that both overlap with reading the rule packs and the files. With a cache LanguageTool
     * loads on the first miss, or never. Callers may call this as early as they know the arguments; calling it
     * again costs nothing.
     */
    public void startLoading(List<String> arguments) throws ConfigException {
        if (cache != null) {
            return;
        }
        for (String argument : arguments) {
            CheckOptions options = declaresItsLanguages(argument) ? null : checkers.optionsFor(Path.of(argument));
            if (options != null && options.languageTool()) {
                LanguageToolEngine.warm(options.pair().target());
            }
        }
        for (String argument : arguments) {
            if (!declaresItsLanguages(argument)) {
                checkers.checkerFor(Path.of(argument)).prepare();
            }
        }
    }

    /**
     * Builds the checker of each argument's configuration (those {@link #startLoading} prepared), or of the working
     * directory's when only standard input or bilingual files are named, so that a bad option or rule pack stops
     * the run in one line. Without a cache before any file is read; with one on the first file the cache does not
     * answer, or when {@link #run} ends, so that an unchanged repository is answered without compiling any rule.
     */
    public void validate(List<String> arguments) throws ConfigException {
        validating = configurationsToValidate(arguments);
        if (cache == null) {
            buildCheckers();
        }
    }

    /**
     * Builds the checkers of the configurations {@link #validate} named, if not built yet, for callers that need
     * their rules (SARIF's rule descriptions, a baseline's renamed ids); throws a configuration problem.
     */
    public void buildCheckers() throws ConfigException {
        for (Path path : validating) {
            checkers.checkerFor(path);
        }
    }

    /**
     * Whether a run served from the cache must still build its checkers: when a file missed (they are built then),
     * when no file was served (a bad configuration must still be reported), or when the configuration names rule
     * ids, which may be renamed (a warning). A result is only cached after its checker was built from the same
     * options, packs and version, so a run that every file's result came from cannot fail to build one.
     */
    private boolean mustBuildAfterCacheRun() throws ConfigException {
        if (!checks.anyServed() || checks.checkerNeeded()) {
            return true;
        }
        for (Path path : validating) {
            if (io.mtlint.check.CheckerFactory.mayWarnAboutRuleIds(checkers.optionsFor(path))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> configurationsToValidate(List<String> arguments) {
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (!declaresItsLanguages(argument)) {
                paths.add(Path.of(argument));
            }
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("").toAbsolutePath());
        }
        return paths;
    }

    /** Standard input, or a bilingual file: the languages to load are only known once it is read. */
    private static boolean declaresItsLanguages(String argument) {
        if (argument.equals(STDIN)) {
            return true;
        }
        Format f = Format.forFileName(argument);
        return f != null && f.bilingual();
    }

    private static Path realPathOf(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize(); // unreadable: reported when it is loaded
        }
    }

    private static long size(Object input) {
        try {
            return input instanceof Path file ? Files.size(file) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // reported as unreadable when it is loaded
        }
    }

    private FileOutcome checkFile(CheckOptions options, Path file, DoubleConsumer share) {
        String display = file.toString();
        try {
            Document doc = DocumentLoader.load(file, display, options.format(), options.alignedSource());
            CheckResult result;
            try {
                result = checks.check(file, doc, checks.lookup(file, doc), share);
            } catch (ConfigException e) {
                return new FileOutcome(display, null, e.getMessage());
            }
            return new FileOutcome(display, result, null);
        } catch (DocumentException e) {
            return new FileOutcome(display, null, e.getMessage());
        } catch (DocumentStructureException e) {
            return new FileOutcome(display, null, e.forFile(display).getMessage());
        }
    }

    private Object readStdin(InputStream stdin) throws ConfigException {
        Path here = Path.of("").toAbsolutePath();
        CheckOptions options = checkers.optionsFor(here);
        try {
            byte[] bytes = stdin.readAllBytes();
            Format format = options.format() != null ? options.format() : Format.TEXT;
            Document doc = DocumentLoader.fromBytes(STDIN, bytes, format);
            return new FileOutcome(STDIN, checkers.checkerFor(here, doc).check(doc), null);
        } catch (IOException e) {
            return new FileOutcome(STDIN, null, "-: cannot read standard input: " + e.getMessage());
        } catch (DocumentException e) {
            return new FileOutcome(STDIN, null, e.getMessage());
        } catch (DocumentStructureException e) {
            return new FileOutcome(STDIN, null, e.forFile(STDIN).getMessage());
        }
    }
}
