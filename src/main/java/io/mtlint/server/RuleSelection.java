package io.mtlint.server;

import io.mtlint.config.CheckOptions;
import io.mtlint.languagetool.LanguageToolRule;
import io.mtlint.languagetool.LanguageToolRuleInfo;
import io.mtlint.model.Category;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules and categories a client switches on or off, by the ids the API shows: LanguageTool's own rule and
 * category ids for LanguageTool's findings ({@code MORFOLOGIK_RULE_EN_US}, {@code TYPOS}), mtlint's rule ids and
 * category names for mtlint's ({@code mt.source-leftover}, {@code SOURCE_LEFTOVER}).
 */
record RuleSelection(Set<String> enabledRules, Set<String> disabledRules, Set<String> enabledCategories,
                     Set<String> disabledCategories, boolean enabledOnly) {
    RuleSelection {
        enabledRules = Set.copyOf(enabledRules);
        disabledRules = Set.copyOf(disabledRules);
        enabledCategories = enabledCategories.stream().map(RuleSelection::categoryKey).collect(Collectors.toUnmodifiableSet());
        disabledCategories = disabledCategories.stream().map(RuleSelection::categoryKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Rejects ids that are neither mtlint's nor LanguageTool's for the language checked. */
    void validate(Set<String> ownRules, Map<String, LanguageToolRuleInfo> languageTool) throws ApiException {
        for (Set<String> ids : java.util.List.of(enabledRules, disabledRules)) {
            for (String id : ids) {
                if (!ownRules.contains(id) && !languageTool.containsKey(id)) {
                    throw ApiException.badRequest("Unknown rule id '" + id + "': neither an mtlint rule nor a "
                            + "LanguageTool rule of this language (see 'mtlint rules list')");
                }
            }
        }
        Set<String> categories = new java.util.HashSet<>();
        for (Category c : Category.values()) {
            categories.add(c.name());
        }
        languageTool.values().forEach(r -> categories.add(categoryKey(r.categoryId())));
        for (Set<String> ids : java.util.List.of(enabledCategories, disabledCategories)) {
            for (String id : ids) {
                if (!categories.contains(id)) {
                    throw ApiException.badRequest("Unknown category id '" + id + "'");
                }
            }
        }
    }

    /**
     * {@code options} with what the client enables and the configuration left off switched on: LanguageTool rules
     * that are off by default (alone or through their category) and mtlint rules the configuration disabled.
     */
    CheckOptions configure(CheckOptions options, Map<String, LanguageToolRuleInfo> languageTool) {
        CheckOptions.Builder chosen = options.toBuilder();
        for (String id : enabledRules) {
            LanguageToolRuleInfo lt = languageTool.get(id);
            if (lt != null && !lt.active()) {
                chosen.languageToolEnabled().add(id);
            }
            chosen.disabledRules().remove(id);
        }
        for (LanguageToolRuleInfo lt : languageTool.values()) {
            if (!lt.active() && !lt.defaultOff() && enabledCategories.contains(categoryKey(lt.categoryId()))) {
                chosen.languageToolEnabled().add(lt.id());
            }
        }
        chosen.disabledCategories().removeIf(c -> enabledCategories.contains(categoryKey(c)));
        return chosen.build();
    }

    /** Whether a finding with this API rule id and category id is reported. */
    boolean accepts(String ruleId, String categoryId) {
        String category = categoryKey(categoryId);
        if (enabledOnly) {
            return selects(enabledRules, ruleId) || enabledCategories.contains(category);
        }
        return !selects(disabledRules, ruleId) && !disabledCategories.contains(category);
    }

    /** A family id ({@code mt.spacing}) names its checks too. */
    private static boolean selects(Set<String> ids, String ruleId) {
        return ids.stream().anyMatch(id -> io.mtlint.model.RuleIds.selects(id, ruleId));
    }

    /** The id a finding's rule has in the API: LanguageTool's rule id without mtlint's prefix. */
    static String apiRuleId(String findingRuleId) {
        return findingRuleId.startsWith(LanguageToolRule.PREFIX)
                ? findingRuleId.substring(LanguageToolRule.PREFIX.length()) : findingRuleId;
    }

    /** Category ids compare without case, and mtlint's "source-leftover" is the API's SOURCE_LEFTOVER. */
    static String categoryKey(String id) {
        return id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
