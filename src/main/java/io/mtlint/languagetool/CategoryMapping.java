package io.mtlint.languagetool;

import io.mtlint.model.Category;
import org.languagetool.rules.Rule;

import java.util.List;
import java.util.Set;

/** Maps LanguageTool's rule categories onto mtlint's; advice on optional commas is style. */
final class CategoryMapping {
    private static final Set<String> STYLE = Set.of("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA",
            "REPETITIONS_STYLE", "CREATIVE_WRITING", "NONSTANDARD_PHRASES", "GENDER_NEUTRALITY", "TEXT_ANALYSIS",
            "AMERICAN_ENGLISH_STYLE", "BRITISH_ENGLISH_STYLE", "COLLOQUIALISMS");

    private CategoryMapping() {
    }

    /**
     * Whether every suggestion is the matched text with commas added ("and" → ", and", "pero" → ", pero"): advice on
     * optional commas, which is style, not a mark that translation broke.
     */
    static boolean onlyAddsCommas(String matched, List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return false;
        }
        String bare = withoutCommas(matched);
        for (String s : suggestions) {
            if (!withoutCommas(s).equals(bare) || s.chars().filter(c -> c == ',').count()
                    <= matched.chars().filter(c -> c == ',').count()) {
                return false;
            }
        }
        return true;
    }

    private static String withoutCommas(String s) {
        return s.replaceAll("\\s*,\\s*", " ").replaceAll("\\s+", " ").strip();
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
