package io.mtlint.detectors;

import io.mtlint.detectors.leftover.SourceLeftoverRule;
import io.mtlint.detectors.numbers.NumberFormatRule;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.mtlint.testing.Checkers.flagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What holds whatever the source: checks that must not wait for a source mtlint knows, on sentences written for
 * them.
 */
class UnknownSourceTest {
    private static final String CAPTION = "The minister opened the new bridge on Friday.\n"
            + "Menteri membuka jembatan baru yang menghubungkan dua desa di daerah itu.\n";

    @Test
    void aClauseInALanguageWithoutADictionaryIsALeftoverWhenTheSourceIsDetected() {
        List<String> found = flagged("en", "auto", CAPTION, SourceLeftoverRule.ID);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).endsWith("yang menghubungkan dua desa di daerah itu"), found::toString);
    }

    @Test
    void aClauseAfterACommaIsJudgedOnItsOwnAndAQuotationIsKept() {
        String text = "The mayor opened the market on Friday, tetapi para pedagang masih menunggu bantuan pemerintah.\n"
                + "The crowd chanted \u201cHidup rakyat, hidup para pedagang pasar\u201d outside the town hall.\n";
        assertEquals(List.of("tetapi para pedagang masih menunggu bantuan pemerintah"),
                flagged("en", "auto", text, SourceLeftoverRule.ID));
    }

    @Test
    void aTextDeclaredNativeKeepsItsForeignClauses() {
        assertEquals(List.of(), flagged("en", "none", CAPTION, SourceLeftoverRule.ID));
    }

    @Test
    void englishNeverGroupsThousandsWithASpace() {
        String text = "Police sent 12 480 officers to guard 3 150 polling stations.";
        for (String source : List.of("id", "vi", "auto", "fr")) {
            assertEquals(List.of("12 480", "3 150"), flagged("en", source, text, NumberFormatRule.ID + ".space-thousands"),
                    source);
        }
    }

    @Test
    void figuresOfOneListOrRangeShareTheirNoun() {
        String text = "Between 1 500 and 2 500 people marched; police sent 10 200, 11 400 or 12 600 officers.";
        assertEquals(List.of("1 500", "2 500", "10 200", "11 400", "12 600"),
                flagged("en", "auto", text, NumberFormatRule.ID + ".space-thousands"));
        assertEquals(List.of(), flagged("en", "auto", "On March 3 410 people voted.", NumberFormatRule.ID + ".space-thousands"));
    }

    @Test
    void languagesThatGroupWithADotAcceptASpace() {
        assertEquals(List.of(), flagged("es", "en", "La policía envió a 12 480 agentes.",
                NumberFormatRule.ID + ".space-thousands"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The army sent 1.500 soldiers to the border.            | mt.number-format.dot-thousands | 1.500",
            "en | Inflation rose to 3,5 % in March.                      | mt.number-format.decimal-comma | 3,5 %",
            "en | The talks [en curso] continue in Geneva.               | mt.source-leftover.bracketed   | [en curso]",
            "en | The ministers [dei Paesi membri] met on Friday.        | mt.source-leftover.bracketed   | [dei Paesi membri]",
            // a gloss in parentheses is the writer's; an abbreviation is no language; a point may be a region's own
            "en | The Generalitat (gobierno regional) met on Friday.     | mt.source-leftover.bracketed   | ",
            "de | Es wird heiß [max. 43 °C] am Montag.                   | mt.source-leftover.bracketed   | ",
            "es | La inflación subió al 3.5 % en marzo.                  | mt.number-format               | ",
            "en | Click the cell at (3,4), then rows 1,2 and 5.          | mt.number-format               | ",
            "en | The query took 0.250 seconds.                          | mt.number-format               | ",
    })
    void theChecksWhoseEvidenceIsTheTextRunWithNoSource(String target, String text, String rule, String expected) {
        assertEquals(Checkers.spans(expected, ";"), flagged(target, "none", text, rule));
    }
}
