package io.mtlint.packs;

import io.mtlint.model.Rule;
import io.mtlint.lang.Vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rule packs for one language pair contribute: rules (a later pack's rule replaces an earlier one
 * with the same id, so users override the shipped packs), vocabulary for the built-in detectors, and LanguageTool
 * XML rule files.
 */
public final class RulePacks {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    /** The source languages each rule's pack is for, by rule id; absent for a pack for any source. */
    private final Map<String, List<String>> sources = new java.util.HashMap<>();
    private final Vocabulary vocabulary = new Vocabulary();
    private final List<Path> languageToolRuleFiles = new ArrayList<>();

    private final java.util.Set<String> offByDefault = new java.util.HashSet<>();

    /**
     * A rule of a pack for {@code packSources} (comma-separated; null for any source). One that is
     * {@code offByDefault} runs only when the configuration enables it by id.
     */
    void addRule(Rule rule, boolean offByDefault, String packSources) {
        rules.remove(rule.id());
        rules.put(rule.id(), rule);
        if (offByDefault) {
            this.offByDefault.add(rule.id());
        } else {
            this.offByDefault.remove(rule.id());
        }
        if (packSources == null) {
            sources.remove(rule.id());
        } else {
            sources.put(rule.id(), List.of(packSources.split(",")));
        }
    }

    /** Whether the rule was loaded with {@code enabled: false}: it runs only when enabled by id. */
    public boolean isOffByDefault(String id) {
        return offByDefault.contains(id);
    }

    void addLanguageToolRuleFile(Path file) {
        languageToolRuleFiles.add(file);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * The source languages the pack of rule {@code id} is written for ({@code [es, ca, pt]}), or an empty list when
     * it is for any source.
     */
    public List<String> sourcesOf(String id) {
        return sources.getOrDefault(id, List.of());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<Path> languageToolRuleFiles() {
        return List.copyOf(languageToolRuleFiles);
    }
}
