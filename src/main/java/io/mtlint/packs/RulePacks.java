package io.mtlint.packs;

import io.mtlint.core.Rule;
import io.mtlint.core.Vocabulary;

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
    private final Vocabulary vocabulary = new Vocabulary();
    private final List<Path> languageToolRuleFiles = new ArrayList<>();
    private final List<String> packFiles = new ArrayList<>();

    void addRule(Rule rule) {
        rules.remove(rule.id());
        rules.put(rule.id(), rule);
    }

    void addLanguageToolRuleFile(Path file) {
        languageToolRuleFiles.add(file);
    }

    void addPackFile(String file) {
        packFiles.add(file);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<Path> languageToolRuleFiles() {
        return List.copyOf(languageToolRuleFiles);
    }

    /** The pack files that were read, for cache keys and diagnostics. */
    public List<String> packFiles() {
        return List.copyOf(packFiles);
    }
}
