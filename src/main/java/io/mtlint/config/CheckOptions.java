package io.mtlint.config;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that decides what a check does: languages, which rules run and how severe they are, extra rule
 * directories and words. Built from defaults, then the configuration file, then the command line.
 */
public final class CheckOptions {
    public LanguagePair pair = LanguagePair.of("en-US", LanguagePair.AUTO);
    /**
     * Whether the command line named the target (the source) language: it then wins over the languages a bilingual
     * file declares, which win over the configuration and the defaults.
     */
    public boolean targetPinned;
    public boolean sourcePinned;
    public boolean languageTool = true;
    public Format format;
    public final Set<String> enabledRules = new LinkedHashSet<>();
    public final Set<String> disabledRules = new LinkedHashSet<>();
    public final Set<String> disabledCategories = new LinkedHashSet<>();
    public final Set<String> onlyRules = new LinkedHashSet<>();
    public final Set<String> onlyCategories = new LinkedHashSet<>();
    public final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
    public final List<Path> ruleDirectories = new ArrayList<>();
    public final Set<String> acceptedWords = new LinkedHashSet<>();
    /** Glossaries (TBX, CSV) whose terms translations must use. */
    public final List<Path> glossaries = new ArrayList<>();
    public final Set<String> languageToolEnabled = new LinkedHashSet<>();
    public final Set<String> languageToolDisabled = new LinkedHashSet<>();
    public final List<String> include = new ArrayList<>();
    public final List<String> exclude = new ArrayList<>();
    public boolean translate = true;
    /** When set, every input is a plain-text translation checked line by line against this source file. */
    public Path alignedSource;
    public boolean reportUnusedDisables;
    /** Whether a file's path may name its target language ({@code README.fr.md}, {@code docs/fr/…}). */
    public boolean layout = true;
    /** Extra path patterns naming the language, each with one {@code {lang}} part. */
    public final List<String> layoutPatterns = new ArrayList<>();
    /** Whether LanguageTool also runs the rules of its "picky" level. */
    public boolean languageToolPicky;
    /** When set, every checker made from these options adds its rules' times here; not part of the fingerprint. */
    public io.mtlint.support.RuleTimings timings;
    /**
     * Where a setting was written, for error messages: {@code file:line} or the command-line option, by
     * {@link #LANG}, {@link #SOURCE} or {@link #rule(String)}. Not part of the fingerprint.
     */
    public final Map<String, String> origins = new LinkedHashMap<>();

    public static final String LANG = "lang";
    public static final String SOURCE = "source";

    /** The key of {@link #origins} for a rule id the settings name. */
    public static String rule(String id) {
        return "rule:" + id;
    }

    /** {@code message} prefixed with where the setting {@code key} was written, when that is known. */
    public String at(String key, String message) {
        String origin = origins.get(key);
        return origin == null ? message : origin + ": " + message;
    }

    public CheckOptions copy() {
        CheckOptions c = new CheckOptions();
        c.pair = pair;
        c.targetPinned = targetPinned;
        c.sourcePinned = sourcePinned;
        c.languageTool = languageTool;
        c.format = format;
        c.enabledRules.addAll(enabledRules);
        c.disabledRules.addAll(disabledRules);
        c.disabledCategories.addAll(disabledCategories);
        c.onlyRules.addAll(onlyRules);
        c.onlyCategories.addAll(onlyCategories);
        c.severityOverrides.putAll(severityOverrides);
        c.ruleDirectories.addAll(ruleDirectories);
        c.acceptedWords.addAll(acceptedWords);
        c.glossaries.addAll(glossaries);
        c.languageToolEnabled.addAll(languageToolEnabled);
        c.languageToolDisabled.addAll(languageToolDisabled);
        c.include.addAll(include);
        c.exclude.addAll(exclude);
        c.translate = translate;
        c.alignedSource = alignedSource;
        c.reportUnusedDisables = reportUnusedDisables;
        c.layout = layout;
        c.layoutPatterns.addAll(layoutPatterns);
        c.languageToolPicky = languageToolPicky;
        c.timings = timings;
        c.origins.putAll(origins);
        return c;
    }

    /**
     * These options for a file that declares its languages (either may be null): each declared language replaces
     * the configured one unless the command line pinned it.
     */
    public CheckOptions forDeclaredLanguages(String source, String target) {
        LanguagePair declared = pair;
        if (target != null && !target.isBlank() && !targetPinned) {
            declared = declared.withTarget(target);
        }
        if (source != null && !source.isBlank() && !sourcePinned) {
            declared = declared.withSource(source);
        }
        if (declared.equals(pair)) {
            return this;
        }
        CheckOptions c = copy();
        c.pair = declared;
        return c;
    }

    /** A string that changes whenever an option that affects findings changes; part of cache keys. */
    public String fingerprint() {
        return String.join("|", pair.target(), pair.sourceSpec(), String.valueOf(languageTool),
                String.valueOf(format), enabledRules.toString(), disabledRules.toString(),
                disabledCategories.toString(), onlyRules.toString(), onlyCategories.toString(),
                severityOverrides.toString(), ruleDirectories.toString(), acceptedWords.toString(), glossaries.toString(),
                languageToolEnabled.toString(), languageToolDisabled.toString(), String.valueOf(translate),
                String.valueOf(alignedSource),
                String.valueOf(reportUnusedDisables), String.valueOf(layout), layoutPatterns.toString())
                + (languageToolPicky ? "|picky" : "");
    }
}
