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
 * {@link CheckOptions} in a form Spark can ship to executors. Rule directories and glossaries travel as their
 * content ({@link ShippedPath}), since the driver's paths need not exist where the checks run. Every component that
 * can change a finding travels ({@code OptionsSnapshotTest} fails for one that does not), except the aligned source,
 * which names one file for one document and is refused by the Spark command.
 */
final class OptionsSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String target;
    private final String source;
    private final boolean targetPinned;
    private final boolean sourcePinned;
    private final boolean languageTool;
    private final Format format;
    private final Set<String> enabledRules;
    private final Set<String> disabledRules;
    private final Set<String> disabledCategories;
    private final Set<String> onlyRules;
    private final Set<String> onlyCategories;
    private final Map<String, Severity> severityOverrides;
    private final List<ShippedPath> ruleDirectories;
    private final Set<String> acceptedWords;
    private final List<ShippedPath> glossaries;
    private final Set<String> languageToolEnabled;
    private final Set<String> languageToolDisabled;
    private final boolean translate;
    private final boolean reportUnusedDisables;
    private final boolean layout;
    private final List<String> layoutPatterns;
    private final boolean languageToolPicky;
    /** Equal for equal options and rule-directory contents: what executors key their checkers by. */
    private final String key;

    private OptionsSnapshot(CheckOptions o, List<ShippedPath> ruleDirectories, List<ShippedPath> glossaries) {
        target = o.pair().target();
        source = o.pair().sourceSpec();
        targetPinned = o.targetPinned();
        sourcePinned = o.sourcePinned();
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
        this.glossaries = List.copyOf(glossaries);
        languageToolEnabled = new LinkedHashSet<>(o.languageToolEnabled());
        languageToolDisabled = new LinkedHashSet<>(o.languageToolDisabled());
        translate = o.translate();
        reportUnusedDisables = o.reportUnusedDisables();
        layout = o.layout();
        layoutPatterns = List.copyOf(o.layoutPatterns());
        languageToolPicky = o.languageToolPicky();
        CheckOptions.Builder withoutPaths = o.toBuilder();
        withoutPaths.ruleDirectories().clear();
        withoutPaths.glossaries().clear();
        key = withoutPaths.build().fingerprint() + "|"
                + ruleDirectories.stream().map(ShippedPath::digest).toList() + "|"
                + glossaries.stream().map(ShippedPath::digest).toList();
    }

    /** Reads the rule directories and glossaries the options name, on the driver. */
    static OptionsSnapshot of(CheckOptions options) throws java.io.IOException {
        return new OptionsSnapshot(options, read(options.ruleDirectories()), read(options.glossaries()));
    }

    private static List<ShippedPath> read(List<Path> paths) throws java.io.IOException {
        List<ShippedPath> shipped = new ArrayList<>();
        for (Path path : paths) {
            shipped.add(ShippedPath.read(path));
        }
        return shipped;
    }

    /** The options again, with each rule directory where this machine can read it. */
    CheckOptions restore() throws java.io.IOException {
        CheckOptions.Builder o = CheckOptions.builder().pair(LanguagePair.of(target, source))
                .targetPinned(targetPinned).sourcePinned(sourcePinned)
                .languageTool(languageTool).format(format).translate(translate)
                .reportUnusedDisables(reportUnusedDisables).layout(layout).languageToolPicky(languageToolPicky);
        o.layoutPatterns().addAll(layoutPatterns);
        o.enabledRules().addAll(enabledRules);
        o.disabledRules().addAll(disabledRules);
        o.disabledCategories().addAll(disabledCategories);
        o.onlyRules().addAll(onlyRules);
        o.onlyCategories().addAll(onlyCategories);
        o.severityOverrides().putAll(severityOverrides);
        for (ShippedPath directory : ruleDirectories) {
            o.ruleDirectories().add(directory.local());
        }
        o.acceptedWords().addAll(acceptedWords);
        for (ShippedPath glossary : glossaries) {
            o.glossaries().add(glossary.local());
        }
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
