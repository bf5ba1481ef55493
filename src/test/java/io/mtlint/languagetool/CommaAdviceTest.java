package io.mtlint.languagetool;

import io.mtlint.model.Category;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LanguageTool's advice on optional commas and house style is style, not a punctuation artefact of translation. */
class CommaAdviceTest {
    @Test
    void suggestionsThatOnlyAddCommasAreAdvice() {
        assertTrue(CategoryMapping.onlyAddsCommas("and", List.of(", and")));
        assertTrue(CategoryMapping.onlyAddsCommas("tarde pero", List.of("tarde, pero")));
        assertFalse(CategoryMapping.onlyAddsCommas("late.,", List.of("late.")), "removing a mark is a fix");
        assertFalse(CategoryMapping.onlyAddsCommas("its", List.of("it's")));
        assertFalse(CategoryMapping.onlyAddsCommas("and", List.of()));
        assertFalse(CategoryMapping.onlyAddsCommas("and", List.of(", and", "; and")), "one suggestion changes a mark");
    }

    @Test
    void aCommaBeforeAndBetweenClausesIsNoPunctuationFinding() {
        String text = "The council closed the old bridge in the spring and it reopened the road to traffic in the autumn.\n"
                + "The inspectors found cracks in the main span but they did not close the road.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "es", true), text, Format.TEXT).findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("lt.COMMA_COMPOUND_SENTENCE")
                && f.category() == Category.STYLE), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.category() == Category.PUNCTUATION), findings.toString());
    }

    @Test
    void houseStyleForRangesAndLoanSpellingsIsNoFinding() {
        String text = "The repairs took 3-4 months, and the cafes near the harbour stayed closed for 10-12 weeks.\n"
                + "Ah okay, I see. No no, the parcel came on Monday.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "uk", true), text, Format.TEXT).findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("lt.HYPHEN_TO_EN")
                || f.ruleId().equals("lt.CAFE_DIACRITIC") || f.ruleId().equals("lt.INTERJECTIONS_PUNCTUATION")
                || f.ruleId().equals("lt.OK_OK_COMMA")), findings.toString());
    }
}
