package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Release stages and clipped developer terms that Spanish, French and German docs keep in English are neither
 * leftovers nor names that lost their capital.
 */
class DevelopmentJargonTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es|El conector sigue en fase alpha, así que revise las deps antes de cada versión.",
            "fr|Le greffon est encore en version alpha : mettez à jour les deps chaque semaine.",
            "de|Vor jedem Release prüft das Team die deps und das Changelog.",
    })
    void releaseStagesAndClippedTermsStayClean(String target, String text) {
        assertEquals(List.of(), Checkers.flagged(target, "en", text, SourceLeftoverRule.ID, "mt.proper-noun-case"));
    }
}
