package io.mtlint.languagetool;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which LanguageTool rules run: the target language, LanguageTool rule ids to switch on or off on top of
 * mtlint's news-prose defaults, words the speller must accept,
 * LanguageTool XML rule files (grammar.xml format) to load as they are, and whether LanguageTool's picky rules
 * (its "picky" level) run too.
 */
public record LanguageToolSettings(String language, Set<String> enabledRules, Set<String> disabledRules,
                                   Set<String> acceptedWords, List<Path> xmlRuleFiles, boolean picky) {
    public LanguageToolSettings {
        enabledRules = Set.copyOf(enabledRules);
        disabledRules = Set.copyOf(disabledRules);
        acceptedWords = Set.copyOf(acceptedWords);
        xmlRuleFiles = List.copyOf(xmlRuleFiles);
    }

    public LanguageToolSettings(String language, Set<String> enabledRules, Set<String> disabledRules,
                                Set<String> acceptedWords, List<Path> xmlRuleFiles) {
        this(language, enabledRules, disabledRules, acceptedWords, xmlRuleFiles, false);
    }

    public static LanguageToolSettings defaults(String language) {
        return new LanguageToolSettings(language, Set.of(), Set.of(), Set.of(), List.of());
    }
}
