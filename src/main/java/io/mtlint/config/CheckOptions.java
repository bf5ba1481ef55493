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
    public final Set<String> languageToolEnabled = new LinkedHashSet<>();
    public final Set<String> languageToolDisabled = new LinkedHashSet<>();
    public final List<String> include = new ArrayList<>();
    public final List<String> exclude = new ArrayList<>();
    public boolean translate = true;
    public boolean reportUnusedDisables;
    /** When set, every checker made from these options adds its rules' times here; not part of the fingerprint. */
    public io.mtlint.support.RuleTimings timings;

    public CheckOptions copy() {
        CheckOptions c = new CheckOptions();
        c.pair = pair;
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
        c.languageToolEnabled.addAll(languageToolEnabled);
        c.languageToolDisabled.addAll(languageToolDisabled);
        c.include.addAll(include);
        c.exclude.addAll(exclude);
        c.translate = translate;
        c.reportUnusedDisables = reportUnusedDisables;
        c.timings = timings;
        return c;
    }

    /** A string that changes whenever an option that affects findings changes; part of cache keys. */
    public String fingerprint() {
        return String.join("|", pair.target(), pair.sourceSpec(), String.valueOf(languageTool),
                String.valueOf(format), enabledRules.toString(), disabledRules.toString(),
                disabledCategories.toString(), onlyRules.toString(), onlyCategories.toString(),
                severityOverrides.toString(), ruleDirectories.toString(), acceptedWords.toString(),
                languageToolEnabled.toString(), languageToolDisabled.toString(), String.valueOf(translate),
                String.valueOf(reportUnusedDisables));
    }
}
