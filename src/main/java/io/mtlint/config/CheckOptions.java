package io.mtlint.config;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;
import io.mtlint.support.RuleTimings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Everything that decides what a check does: languages, which rules run and how severe they are, extra rule
 * directories and words. Built by a {@link Builder} from defaults, then the configuration file, then the command
 * line; {@link #toBuilder()} derives variants. Collections keep the order they were given in and cannot be changed.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.builder().target("es").source("en").languageTool(false).build();
 * }</pre>
 *
 * @param targetPinned whether the command line named the target language: it then wins over the languages a
 *     bilingual file declares, which win over the configuration and the defaults
 * @param sourcePinned the same for the source language
 * @param format the format every input is read as, or null to choose by file extension
 * @param glossaries glossaries (TBX, CSV) whose terms translations must use
 * @param alignedSource when set, every input is a plain-text translation checked line by line against this file
 * @param layout whether a file's path may name its target language ({@code README.fr.md}, {@code docs/fr/…})
 * @param gitIgnore whether directory walks skip what a git work tree's {@code .gitignore} files ignore
 * @param layoutPatterns extra path patterns naming the language, each with one {@code {lang}} part
 * @param languageToolPicky whether LanguageTool also runs the rules of its "picky" level
 * @param timings when set, every checker made from these options adds its rules' times here
 * @param origins where a setting was written, for error messages: {@code file:line} or the command-line option, by
 *     {@link #LANG}, {@link #SOURCE} or {@link #rule(String)}
 */
public record CheckOptions(
        LanguagePair pair,
        boolean targetPinned,
        boolean sourcePinned,
        boolean languageTool,
        Format format,
        Set<String> enabledRules,
        Set<String> disabledRules,
        Set<String> disabledCategories,
        Set<String> onlyRules,
        Set<String> onlyCategories,
        Map<String, Severity> severityOverrides,
        List<Path> ruleDirectories,
        Set<String> acceptedWords,
        List<Path> glossaries,
        Set<String> languageToolEnabled,
        Set<String> languageToolDisabled,
        List<String> include,
        List<String> exclude,
        boolean gitIgnore,
        boolean translate,
        Path alignedSource,
        boolean reportUnusedDisables,
        boolean layout,
        List<String> layoutPatterns,
        boolean languageToolPicky,
        RuleTimings timings,
        Map<String, String> origins) {

    public static final String LANG = "lang";
    public static final String SOURCE = "source";

    /**
     * The components that cannot change a finding, left out of {@link #fingerprint()}: every other component is in
     * it, so a new one is part of cache keys unless it is named here. {@code include} and {@code exclude} choose
     * which files a run reads, not what is found in them, as does {@code gitIgnore}.
     */
    public static final Set<String> NOT_IN_FINGERPRINT = Set.of("timings", "origins", "include", "exclude",
            "gitIgnore");

    private static final RecordComponent[] COMPONENTS = CheckOptions.class.getRecordComponents();

    public CheckOptions {
        Objects.requireNonNull(pair, "pair");
        enabledRules = frozen(enabledRules);
        disabledRules = frozen(disabledRules);
        disabledCategories = frozen(disabledCategories);
        onlyRules = frozen(onlyRules);
        onlyCategories = frozen(onlyCategories);
        severityOverrides = frozen(severityOverrides);
        ruleDirectories = List.copyOf(ruleDirectories);
        acceptedWords = frozen(acceptedWords);
        glossaries = List.copyOf(glossaries);
        languageToolEnabled = frozen(languageToolEnabled);
        languageToolDisabled = frozen(languageToolDisabled);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        layoutPatterns = List.copyOf(layoutPatterns);
        origins = frozen(origins);
    }

    /** The options of a check with no configuration: English articles, source detected, every layer on. */
    public static CheckOptions defaults() {
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The key of {@link #origins} for a rule id the settings name. */
    public static String rule(String id) {
        return "rule:" + id;
    }

    /** {@code message} prefixed with where the setting {@code key} was written, when that is known. */
    public String at(String key, String message) {
        String origin = origins.get(key);
        return origin == null ? message : origin + ": " + message;
    }

    /**
     * These options for a file that declares its languages (either may be null): each declared language replaces
     * the configured one unless the command line pinned it.
     */
    public CheckOptions forDeclaredLanguages(String source, String target) {
        LanguagePair declared = pair;
        // A file that names only the language ("en") does not undo the region configured for it ("en-GB").
        boolean sameLanguage = target != null && io.mtlint.lang.LanguageCodes.region(target) == null
                && io.mtlint.lang.LanguageCodes.base(target).equals(pair.targetBase());
        if (target != null && !target.isBlank() && !targetPinned && !sameLanguage) {
            declared = declared.withTarget(target);
        }
        if (source != null && !source.isBlank() && !sourcePinned) {
            declared = declared.withSource(source);
        }
        return declared.equals(pair) ? this : toBuilder().pair(declared).build();
    }

    /**
     * A string that changes whenever an option that may affect findings changes; part of cache keys. Read from
     * every component but those in {@link #NOT_IN_FINGERPRINT}.
     */
    public String fingerprint() {
        StringJoiner fingerprint = new StringJoiner("|");
        for (RecordComponent component : COMPONENTS) {
            if (!NOT_IN_FINGERPRINT.contains(component.getName())) {
                fingerprint.add(component.getName() + "=" + valueOf(component));
            }
        }
        return fingerprint.toString();
    }

    private Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static <T> Set<T> frozen(Set<T> set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Collects options for {@link #build()}. Its collections are its own, changed in place
     * ({@code builder.disabledRules().add(id)}); building copies them.
     */
    public static final class Builder {
        private LanguagePair pair = LanguagePair.of("en-US", LanguagePair.AUTO);
        private boolean targetPinned;
        private boolean sourcePinned;
        private boolean languageTool = true;
        private Format format;
        private final Set<String> enabledRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Set<String> disabledCategories = new LinkedHashSet<>();
        private final Set<String> onlyRules = new LinkedHashSet<>();
        private final Set<String> onlyCategories = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private final List<Path> ruleDirectories = new ArrayList<>();
        private final Set<String> acceptedWords = new LinkedHashSet<>();
        private final List<Path> glossaries = new ArrayList<>();
        private final Set<String> languageToolEnabled = new LinkedHashSet<>();
        private final Set<String> languageToolDisabled = new LinkedHashSet<>();
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private boolean gitIgnore = true;
        private boolean translate = true;
        private Path alignedSource;
        private boolean reportUnusedDisables;
        private boolean layout = true;
        private final List<String> layoutPatterns = new ArrayList<>();
        private boolean languageToolPicky;
        private RuleTimings timings;
        private final Map<String, String> origins = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CheckOptions o) {
            pair = o.pair;
            targetPinned = o.targetPinned;
            sourcePinned = o.sourcePinned;
            languageTool = o.languageTool;
            format = o.format;
            enabledRules.addAll(o.enabledRules);
            disabledRules.addAll(o.disabledRules);
            disabledCategories.addAll(o.disabledCategories);
            onlyRules.addAll(o.onlyRules);
            onlyCategories.addAll(o.onlyCategories);
            severityOverrides.putAll(o.severityOverrides);
            ruleDirectories.addAll(o.ruleDirectories);
            acceptedWords.addAll(o.acceptedWords);
            glossaries.addAll(o.glossaries);
            languageToolEnabled.addAll(o.languageToolEnabled);
            languageToolDisabled.addAll(o.languageToolDisabled);
            include.addAll(o.include);
            exclude.addAll(o.exclude);
            gitIgnore = o.gitIgnore;
            translate = o.translate;
            alignedSource = o.alignedSource;
            reportUnusedDisables = o.reportUnusedDisables;
            layout = o.layout;
            layoutPatterns.addAll(o.layoutPatterns);
            languageToolPicky = o.languageToolPicky;
            timings = o.timings;
            origins.putAll(o.origins);
        }

        public CheckOptions build() {
            return new CheckOptions(pair, targetPinned, sourcePinned, languageTool, format, enabledRules,
                    disabledRules, disabledCategories, onlyRules, onlyCategories, severityOverrides, ruleDirectories,
                    acceptedWords, glossaries, languageToolEnabled, languageToolDisabled, include, exclude, gitIgnore,
                    translate, alignedSource, reportUnusedDisables, layout, layoutPatterns, languageToolPicky, timings, origins);
        }

        public LanguagePair pair() {
            return pair;
        }

        public Builder pair(LanguagePair pair) {
            this.pair = Objects.requireNonNull(pair, "pair");
            return this;
        }

        /** The target language ({@code en-GB}, {@code es}), keeping the source. */
        public Builder target(String target) {
            return pair(pair.withTarget(target));
        }

        /** The source language: a code, {@code auto} to detect it per document or {@code none}. */
        public Builder source(String source) {
            return pair(pair.withSource(source));
        }

        public Builder targetPinned(boolean targetPinned) {
            this.targetPinned = targetPinned;
            return this;
        }

        public Builder sourcePinned(boolean sourcePinned) {
            this.sourcePinned = sourcePinned;
            return this;
        }

        public Builder languageTool(boolean languageTool) {
            this.languageTool = languageTool;
            return this;
        }

        public Builder format(Format format) {
            this.format = format;
            return this;
        }

        /** Whether directory walks skip what git ignores (on by default). */
        public Builder gitIgnore(boolean gitIgnore) {
            this.gitIgnore = gitIgnore;
            return this;
        }

        public Builder translate(boolean translate) {
            this.translate = translate;
            return this;
        }

        public Builder alignedSource(Path alignedSource) {
            this.alignedSource = alignedSource;
            return this;
        }

        public Builder reportUnusedDisables(boolean reportUnusedDisables) {
            this.reportUnusedDisables = reportUnusedDisables;
            return this;
        }

        public Builder layout(boolean layout) {
            this.layout = layout;
            return this;
        }

        public Builder languageToolPicky(boolean languageToolPicky) {
            this.languageToolPicky = languageToolPicky;
            return this;
        }

        public Builder timings(RuleTimings timings) {
            this.timings = timings;
            return this;
        }

        public Set<String> enabledRules() {
            return enabledRules;
        }

        public Set<String> disabledRules() {
            return disabledRules;
        }

        public Set<String> disabledCategories() {
            return disabledCategories;
        }

        public Set<String> onlyRules() {
            return onlyRules;
        }

        public Set<String> onlyCategories() {
            return onlyCategories;
        }

        public Map<String, Severity> severityOverrides() {
            return severityOverrides;
        }

        public List<Path> ruleDirectories() {
            return ruleDirectories;
        }

        public Set<String> acceptedWords() {
            return acceptedWords;
        }

        public List<Path> glossaries() {
            return glossaries;
        }

        public Set<String> languageToolEnabled() {
            return languageToolEnabled;
        }

        public Set<String> languageToolDisabled() {
            return languageToolDisabled;
        }

        public List<String> include() {
            return include;
        }

        public List<String> exclude() {
            return exclude;
        }

        public List<String> layoutPatterns() {
            return layoutPatterns;
        }

        public Map<String, String> origins() {
            return origins;
        }
    }
}
