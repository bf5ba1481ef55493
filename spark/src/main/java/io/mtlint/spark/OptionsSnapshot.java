package io.mtlint.spark;

import io.mtlint.config.CheckOptions;
import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link CheckOptions} in a form Spark can ship to executors. Rule directories travel as their content
 * ({@link ShippedDirectory}), since the driver's paths need not exist where the checks run.
 */
final class OptionsSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String target;
    private final String source;
    private final boolean languageTool;
    private final Format format;
    private final Set<String> enabledRules;
    private final Set<String> disabledRules;
    private final Set<String> disabledCategories;
    private final Set<String> onlyRules;
    private final Set<String> onlyCategories;
    private final Map<String, Severity> severityOverrides;
    private final List<ShippedDirectory> ruleDirectories;
    private final Set<String> acceptedWords;
    private final Set<String> languageToolEnabled;
    private final Set<String> languageToolDisabled;
    private final boolean translate;
    private final boolean reportUnusedDisables;
    /** Equal for equal options and rule-directory contents: what executors key their checkers by. */
    private final String key;

    private OptionsSnapshot(CheckOptions o, List<ShippedDirectory> ruleDirectories) {
        target = o.pair().target();
        source = o.pair().sourceSpec();
        languageTool = o.languageTool();
        format = o.format();
        enabledRules = new LinkedHashSet<>(o.enabledRules());
        disabledRules = new LinkedHashSet<>(o.disabledRules());
        disabledCategories = new LinkedHashSet<>(o.disabledCategories());
        onlyRules = new LinkedHashSet<>(o.onlyRules());
        onlyCategories = new LinkedHashSet<>(o.onlyCategories());
        severityOverrides = new LinkedHashMap<>(o.severityOverrides());
        this.ruleDirectories = List.copyOf(ruleDirectories);
        acceptedWords = new LinkedHashSet<>(o.acceptedWords());
        languageToolEnabled = new LinkedHashSet<>(o.languageToolEnabled());
        languageToolDisabled = new LinkedHashSet<>(o.languageToolDisabled());
        translate = o.translate();
        reportUnusedDisables = o.reportUnusedDisables();
        CheckOptions.Builder withoutPaths = o.toBuilder();
        withoutPaths.ruleDirectories().clear();
        key = withoutPaths.build().fingerprint() + "|"
                + ruleDirectories.stream().map(ShippedDirectory::digest).toList();
    }

    /** Reads the rule directories the options name, on the driver. */
    static OptionsSnapshot of(CheckOptions options) throws java.io.IOException {
        List<ShippedDirectory> directories = new ArrayList<>();
        for (Path directory : options.ruleDirectories()) {
            directories.add(ShippedDirectory.read(directory));
        }
        return new OptionsSnapshot(options, directories);
    }

    /** The options again, with each rule directory where this machine can read it. */
    CheckOptions restore() throws java.io.IOException {
        CheckOptions.Builder o = CheckOptions.builder().pair(LanguagePair.of(target, source))
                .languageTool(languageTool).format(format).translate(translate)
                .reportUnusedDisables(reportUnusedDisables);
        o.enabledRules().addAll(enabledRules);
        o.disabledRules().addAll(disabledRules);
        o.disabledCategories().addAll(disabledCategories);
        o.onlyRules().addAll(onlyRules);
        o.onlyCategories().addAll(onlyCategories);
        o.severityOverrides().putAll(severityOverrides);
        for (ShippedDirectory directory : ruleDirectories) {
            o.ruleDirectories().add(directory.local());
        }
        o.acceptedWords().addAll(acceptedWords);
        o.languageToolEnabled().addAll(languageToolEnabled);
        o.languageToolDisabled().addAll(languageToolDisabled);
        return o.build();
    }

    Format format() {
        return format;
    }

    Set<String> onlyCategories() {
        return onlyCategories;
    }

    String key() {
        return key;
    }
}
