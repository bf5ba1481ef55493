package io.mtlint.run;

import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.config.ConfigFile;
import io.mtlint.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checker for each file: defaults, then the configuration that applies to the file (the one given with
 * {@code --config}, or the nearest {@code .mtlint.yaml} above it), then the command line. One checker is built
 * per configuration file and shared by all files under it.
 */
public final class CheckerProvider {
    /** Command-line options applied on top of a configuration. */
    @FunctionalInterface
    public interface Overlay {
        CheckOptions apply(CheckOptions base) throws ConfigException;
    }

    private static final String NO_CONFIG = "";

    private final Path explicitConfig;
    private final boolean discover;
    private final Overlay overlay;
    private final Map<String, CheckOptions> options = new ConcurrentHashMap<>();
    private final Map<String, Checker> checkers = new ConcurrentHashMap<>();
    private final Map<String, ConfigException> failures = new ConcurrentHashMap<>();
    /** {@link CheckerFactory#fingerprint} by the options' own fingerprint: it reads every rule pack's bytes. */
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** The same by the options object most files share: {@link CheckOptions#fingerprint} reads every option. */
    private final Map<CheckOptions, String> fingerprintsByInstance =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /**
     * The configuration found for each directory: a run asks for every file it checks, and looking upwards from
     * each costs a file-system call per parent directory.
     */
    private final Map<Path, Optional<Path>> configByDirectory = new ConcurrentHashMap<>();
    private Checker fixedChecker;

    public CheckerProvider(Path explicitConfig, Overlay overlay) {
        this(explicitConfig, true, overlay);
    }

    private CheckerProvider(Path explicitConfig, boolean discover, Overlay overlay) {
        this.explicitConfig = explicitConfig;
        this.discover = discover;
        this.overlay = overlay;
    }

    /** A provider with fixed options that reads no configuration files, for library use and tests. */
    public static CheckerProvider fixed(CheckOptions options) {
        return new CheckerProvider(null, false, base -> options);
    }

    /** A provider that hands out one ready checker for every file. */
    public static CheckerProvider of(Checker checker) {
        CheckerProvider p = new CheckerProvider(null, false, base -> base);
        p.fixedChecker = checker;
        return p;
    }

    /** The configuration file that applies to {@code path}, or null when none does. */
    public Path configFor(Path path) {
        if (explicitConfig != null) {
            return explicitConfig;
        }
        if (!discover) {
            return null;
        }
        // An absolute path that is not a directory has a parent.
        Path absolute = path.toAbsolutePath().normalize();
        Path directory = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return configByDirectory.computeIfAbsent(directory, d -> Optional.ofNullable(ConfigFile.discover(d)))
                .orElse(null);
    }

    public CheckOptions optionsFor(Path path) throws ConfigException {
        Path config = configFor(path);
        String key = config == null ? NO_CONFIG : config.toAbsolutePath().normalize().toString();
        CheckOptions cached = options.get(key);
        if (cached != null) {
            return cached;
        }
        CheckOptions base = CheckOptions.defaults();
        if (config != null) {
            base = ConfigFile.apply(config, base);
        }
        CheckOptions result = overlay.apply(base);
        options.put(key, result);
        return result;
    }

    /** Every rule of every checker handed out so far, for report metadata. */
    public java.util.List<io.mtlint.model.Rule> rulesInUse() {
        java.util.List<io.mtlint.model.Rule> rules = new java.util.ArrayList<>();
        if (fixedChecker != null) {
            rules.addAll(fixedChecker.rules());
        }
        checkers.values().forEach(c -> rules.addAll(c.rules()));
        return rules;
    }

    /** The ids a rule had before it was renamed, as any checker handed out so far knows them. */
    public java.util.List<String> formerIds(String ruleId) {
        if (fixedChecker != null) {
            return fixedChecker.formerIds(ruleId);
        }
        for (Checker c : checkers.values()) {
            java.util.List<String> former = c.formerIds(ruleId);
            if (!former.isEmpty()) {
                return former;
            }
        }
        return java.util.List.of();
    }

    /** Why a directory walk passed over files: the language mtlint does not check, and who named it. */
    private record PassedOver(String language, boolean byPath) {
    }

    /** Files a directory walk passed over because their path or page names a language mtlint does not check. */
    private final java.util.Map<PassedOver, java.util.Set<String>> passedOver = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a file found by walking a directory is left out because its path ("README.zh-CN.md" beside
     * "README.md") or its page ({@code <html lang="ja">}) names a language mtlint does not check: a repository of
     * translations holds such files, and they are not errors. Noted among the warnings, once per language.
     */
    public boolean passesOver(Path file) throws ConfigException {
        if (fixedChecker != null) {
            return false;
        }
        CheckOptions options = optionsFor(file);
        String language = DocumentLanguages.unchecked(options, layoutPath(file));
        PassedOver why = language != null ? new PassedOver(language, true) : null;
        if (why == null) {
            language = DocumentLanguages.uncheckedPage(options, file);
            why = language != null ? new PassedOver(language, false) : null;
        }
        if (why == null) {
            return false;
        }
        passedOver.computeIfAbsent(why, l -> new java.util.concurrent.ConcurrentSkipListSet<>()).add(file.toString());
        return true;
    }

    /** The warnings of every checker handed out so far (renamed and unknown rule ids), each once, sorted. */
    public java.util.List<String> warnings() {
        java.util.Set<String> warnings = new java.util.TreeSet<>();
        passedOver.forEach((why, files) -> warnings.add(files.size() == 1
                ? files.iterator().next() + ": not checked: " + (why.byPath() ? "its path names " : "it declares ")
                        + why.language() + ", a language mtlint does not check as a target"
                : files.size() + " files not checked (" + files.iterator().next() + ", ...): "
                        + (why.byPath() ? "their paths name " : "they declare ") + why.language()
                        + ", a language mtlint does not check as a target"));
        if (fixedChecker != null) {
            warnings.addAll(fixedChecker.warnings());
        }
        checkers.values().forEach(c -> warnings.addAll(c.warnings()));
        return java.util.List.copyOf(warnings);
    }

    public Checker checkerFor(Path path) throws ConfigException {
        if (fixedChecker != null) {
            return fixedChecker;
        }
        return checkerFor(optionsFor(path));
    }

    /**
     * The checker for a document read from {@code path}: a bilingual file's own languages replace the configured
     * ones, unless the command line names them.
     */
    public Checker checkerFor(Path path, Document document) throws ConfigException {
        if (fixedChecker != null) {
            return fixedChecker;
        }
        CheckOptions o = optionsFor(path);
        DocumentLanguages.Resolved resolved = resolve(path, document);
        String missing = DocumentLanguages.missingTarget(o, resolved,
                document.segments().stream().anyMatch(seg -> seg.targetText() != null && !seg.targetText().isBlank()));
        if (missing != null) {
            throw new ConfigException(document.path() + ": " + missing);
        }
        if (resolved.options() == o) {
            return checkerFor(o);
        }
        try {
            return checkerFor(resolved.options());
        } catch (ConfigException e) {
            throw new ConfigException(document.path() + ": " + resolved.explain(e.getMessage()));
        }
    }

    /** The options a document read from {@code path} is checked with (see {@link #checkerFor(Path, Document)}). */
    public CheckOptions optionsFor(Path path, Document document) throws ConfigException {
        return resolve(path, document).options();
    }

    private DocumentLanguages.Resolved resolve(Path path, Document document) throws ConfigException {
        return DocumentLanguages.resolve(optionsFor(path), document.declaredSourceLanguage(),
                document.declaredTargetLanguage(), layoutPath(path), document.path());
    }

    /**
     * The result-cache key of {@code document} checked with {@code options} ({@link ResultCache#key}), known
     * without building the checker; null for a provider of one ready checker, whose results are not cached.
     */
    public String cacheKey(CheckOptions options, Document document) throws ConfigException {
        if (fixedChecker != null) {
            return null;
        }
        String fingerprint = fingerprintsByInstance.get(options);
        if (fingerprint == null) {
            String key = options.fingerprint();
            fingerprint = fingerprints.get(key);
            if (fingerprint == null) {
                fingerprint = CheckerFactory.fingerprint(options);
                fingerprints.put(key, fingerprint);
            }
            fingerprintsByInstance.put(options, fingerprint);
        }
        return ResultCache.key(document, fingerprint, CheckerFactory.otherInputs(options, document));
    }

    /**
     * The part of a path its layout is read from: relative to the configuration file's directory or else to the
     * working directory, so that directories above the repository ("/home/es/…") name no language.
     */
    private String layoutPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path config = configFor(path);
        Path base = config != null ? config.toAbsolutePath().normalize().getParent()
                : Path.of("").toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : path.toString();
    }

    /**
     * The checker for these options, built once per distinct configuration; a configuration that cannot be built
     * fails again at once, without another try, for every file that asks.
     */
    public Checker checkerFor(CheckOptions o) throws ConfigException {
        String key = o.fingerprint();
        Checker c = checkers.get(key);
        if (c == null) {
            synchronized (this) {
                c = checkers.get(key);
                if (c == null) {
                    ConfigException failed = failures.get(key);
                    if (failed != null) {
                        throw new ConfigException(failed.getMessage());
                    }
                    io.mtlint.support.Trace.mark("building checker");
                    try {
                        c = CheckerFactory.create(o);
                    } catch (ConfigException e) {
                        failures.put(key, e);
                        throw e;
                    }
                    io.mtlint.support.Trace.mark("checker built");
                    checkers.put(key, c);
                }
            }
        }
        return c;
    }
}
