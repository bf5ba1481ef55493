package io.mtlint.cli;

import io.mtlint.model.Category;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;
import io.mtlint.config.CheckOptions;
import io.mtlint.run.CheckerProvider;
import io.mtlint.config.ConfigException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The options every checking command shares: languages, rule selection, rule packs, input format. */
public final class CheckOptionsMixin {
    @Option(names = {"-t", "--target", "-l", "--lang"}, paramLabel = "CODE", description = "Target language: the one the articles are written in (default: en-US); overrides the one a bilingual file declares. --lang is the same option.")
    String lang;

    @Option(names = {"-s", "--source"}, paramLabel = "CODE",
            description = "Language the articles were translated from; 'auto' (the default) detects it per document "
                    + "from its leftovers, 'none' if unknown. Overrides the one a bilingual file declares.")
    String source;

    @Option(names = "--no-languagetool", description = "Skip LanguageTool's grammar and spelling checks (fast, structural rules only).")
    boolean noLanguageTool;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as text, markdown, html, xliff, po or tmx instead of choosing by file extension.")
    String inputFormat;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only check files matching this glob (repeatable).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and directories matching this glob (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Also walk into what git ignores (.gitignore, .git/info/exclude).")
    boolean noIgnore;

    @Option(names = "--rule", paramLabel = "ID", split = ",", completionCandidates = RuleIdCandidates.class,
            description = "Only report these rules (ids; a trailing * matches a family, e.g. 'lt.*').")
    List<String> onlyRules = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", completionCandidates = RuleIdCandidates.class,
            description = "Do not report these rules.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--category", paramLabel = "CATEGORY", split = ",", description = "Only report these categories.")
    List<String> onlyCategories = new ArrayList<>();

    @Option(names = "--disable-category", paramLabel = "CATEGORY", split = ",", description = "Do not report these categories.")
    List<String> disableCategories = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Override a rule's or category's severity (error, warning, info).")
    Map<String, String> severities = new java.util.LinkedHashMap<>();

    @Option(names = {"--rule-dir", "--rules"}, paramLabel = "DIR", description = "Load extra rule packs from this directory (repeatable; --rules is the same option).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--accept", paramLabel = "WORD", split = ",", description = "Words never to flag as misspelt or untranslated.")
    List<String> accept = new ArrayList<>();

    @Option(names = "--aligned-source", paramLabel = "FILE",
            description = "Check plain-text translations line by line against their source in FILE (line n translates line n).")
    Path alignedSource;

    /** The file named with {@code --aligned-source}, or null. */
    public Path alignedSource() {
        return alignedSource;
    }

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Check bilingual files against this glossary (TBX, or CSV naming its languages in the first row; repeatable).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--report-unused-disables", description = "Report <!-- mtlint-disable … --> comments that silence nothing.")
    boolean reportUnusedDisables;

    @Option(names = "--no-translate", description = "Do not call Apertium for translation suggestions (the rule-pack glossary is still used).")
    boolean noTranslate;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this configuration file instead of the nearest .mtlint.yaml above each file.")
    Path config;

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;

    /** Checkers per file: defaults, then the file's configuration, then these options. */
    CheckerProvider provider() throws ConfigException {
        return provider(null);
    }

    /** As {@link #provider()}; every checker adds its rules' times to {@code timings} when that is not null. */
    CheckerProvider provider(io.mtlint.support.RuleTimings timings) throws ConfigException {
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new ConfigException(config + (java.nio.file.Files.isDirectory(config)
                    ? ": is a directory; --config names a file" : ": configuration file not found"));
        }
        return new CheckerProvider(config, base -> applyTo(base).toBuilder().timings(timings).build());
    }

    /** The configuration file named with --config, or null to use the nearest .mtlint.yaml. */
    public Path config() {
        return config;
    }

    public boolean debug() {
        return debug;
    }

    /** Applies these options over {@code base} (defaults or the configuration file). */
    public CheckOptions applyTo(CheckOptions base) throws ConfigException {
        CheckOptions.Builder o = base.toBuilder();
        if (lang != null) {
            o.target(lang).targetPinned(true);
            o.origins().remove(CheckOptions.LANG);
        }
        if (source != null) {
            o.source(source).sourcePinned(true);
            o.origins().remove(CheckOptions.SOURCE);
        }
        if (noLanguageTool) {
            o.languageTool(false);
        }
        if (inputFormat != null) {
            try {
                o.format(Format.fromId(inputFormat));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--input-format: " + e.getMessage());
            }
        }
        o.include().addAll(include);
        o.exclude().addAll(exclude);
        if (noIgnore) {
            o.gitIgnore(false);
        }
        o.onlyRules().addAll(onlyRules);
        o.disabledRules().addAll(disable);
        onlyRules.forEach(id -> o.origins().put(CheckOptions.rule(id), "--rule"));
        disable.forEach(id -> o.origins().put(CheckOptions.rule(id), "--disable"));
        severities.keySet().forEach(id -> o.origins().put(CheckOptions.rule(id), "--severity"));
        for (String c : onlyCategories) {
            o.onlyCategories().add(category(c, "--category"));
        }
        for (String c : disableCategories) {
            o.disabledCategories().add(category(c, "--disable-category"));
        }
        for (Map.Entry<String, String> e : severities.entrySet()) {
            try {
                o.severityOverrides().put(e.getKey(), Severity.fromId(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException("--severity " + e.getKey() + ": " + ex.getMessage());
            }
        }
        o.ruleDirectories().addAll(ruleDirectories);
        o.acceptedWords().addAll(accept);
        o.glossaries().addAll(glossaries);
        if (alignedSource != null) {
            if (!java.nio.file.Files.isRegularFile(alignedSource)) {
                throw new ConfigException("--aligned-source: " + alignedSource + ": no such file");
            }
            o.alignedSource(alignedSource);
        }
        if (noTranslate) {
            o.translate(false);
        }
        if (reportUnusedDisables) {
            o.reportUnusedDisables(true);
        }
        return o.build();
    }

    private static String category(String id, String option) throws ConfigException {
        try {
            return Category.fromId(id).id();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(option + ": " + e.getMessage());
        }
    }
}
