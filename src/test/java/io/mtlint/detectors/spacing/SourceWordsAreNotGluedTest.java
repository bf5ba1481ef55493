package io.mtlint.detectors.spacing;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An English word in a translated page is one word, however it splits into two of the target's. */
class SourceWordsAreNotGluedTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|Die Rechnung nennt den refund nicht.",
            "es|El panel muestra un token unique por sesión.",
            "fr|Le serveur garde les leases pendant une heure.",
            "de|Each account gets a refund within ten days of the request.",
    })
    void englishWordsStayWhole(String target, String text) {
        assertEquals(List.of(), Checkers.flagged(target, "en", text, GluedWords.GLUED.id()));
    }

    @Test
    void aLostSpaceInTheTargetIsStillFound() {
        assertEquals(List.of("schnellund"),
                Checkers.flagged("de", "en", "Die Kosten steigen schnellund deutlich.", GluedWords.GLUED.id()));
    }
}
