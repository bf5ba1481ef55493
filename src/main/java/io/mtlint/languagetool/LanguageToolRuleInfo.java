package io.mtlint.languagetool;

import org.languagetool.rules.Rule;

/**
 * What LanguageTool says about one of its rules, as its HTTP API reports it: description, category, the
 * ITS 2.0 issue type ("misspelling", "grammar", ...), a link to an explanation, whether it runs in mtlint's
 * configuration ({@code active}), whether LanguageTool leaves the rule itself off by default, and how many words after a match
 * LanguageTool needs to be sure of it.
 */
public record LanguageToolRuleInfo(String id, String description, String categoryId, String categoryName,
                                   String issueType, String url, boolean active, boolean defaultOff,
                                   int contextForSureMatch) {
    static LanguageToolRuleInfo of(Rule rule, boolean active) {
        String categoryId = rule.getCategory() == null ? "MISC" : rule.getCategory().getId().toString();
        String categoryName = rule.getCategory() == null ? "Miscellaneous" : rule.getCategory().getName();
        return new LanguageToolRuleInfo(rule.getId(), rule.getDescription(), categoryId, categoryName,
                rule.getLocQualityIssueType().toString(), rule.getUrl() == null ? null : rule.getUrl().toString(),
                active, rule.isDefaultOff(),
                rule.estimateContextForSureMatch());
    }
}
