package io.mtlint.languagetool;

import io.mtlint.model.Category;
import org.languagetool.rules.Rule;

import java.util.Set;

/** Maps LanguageTool's rule categories onto mtlint's. */
final class CategoryMapping {
    private static final Set<String> STYLE = Set.of("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA",
            "REPETITIONS_STYLE", "CREATIVE_WRITING", "NONSTANDARD_PHRASES", "GENDER_NEUTRALITY", "TEXT_ANALYSIS",
            "AMERICAN_ENGLISH_STYLE", "BRITISH_ENGLISH_STYLE", "COLLOQUIALISMS");

    private CategoryMapping() {
    }

    static Category of(Rule rule) {
        String id = rule.getCategory() == null ? "" : rule.getCategory().getId().toString();
        return switch (id) {
            case "TYPOS", "COMPOUNDING" -> Category.SPELLING;
            case "PUNCTUATION" -> Category.PUNCTUATION;
            case "TYPOGRAPHY" -> Category.TYPOGRAPHY;
            default -> STYLE.contains(id) ? Category.STYLE : Category.GRAMMAR;
        };
    }
}
