package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A word written with an apostrophe ("aujourd'hui") is one word of the target, even when an elided word is joined
 * to it in turn ("qu'aujourd'hui", "jusqu'aujourd'hui"): its parts are no source words ("hui" is Spanish).
 */
class ElidedCompoundsTest {
    private static List<String> flagged(String text) {
        return Checkers.flagged("fr", "es", text, SourceLeftoverRule.ID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Il faut souligner qu\u2019aujourd\u2019hui le défi est grand.|",
            "Le stade est resté fermé jusqu'aujourd'hui, selon la mairie.|",
            "Aujourd\u2019hui le défi est grand et todavía nadie lo sabe.|todavía nadie lo sabe",
    })
    void elidedCompoundsAreTargetWords(String text, String expected) {
        assertEquals(Checkers.spans(expected), flagged(text));
    }
}
