package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles and names kept in the source language are no leftovers: the small words inside a capitalised title
 * ("Annals of Internal Medicine"), a country's name inside a longer name ("Tour de France", "Radio New Zealand").
 * The same words in running text still are.
 */
class NamesKeptInTheSourceTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|Die Studie erschien in den Annals of Internal Medicine und wurde viel zitiert.|",
            "es|El informe cita el Quarterly Journal of the Royal Meteorological Society.|",
            "de|Die dritte Etappe der Tour de France endet in Lille, meldete Radio New Zealand.|",
            "es|El ministro dijo que the government will decide pronto.|the government will",
            "de|Die Gespräche mit Spain wurden am Montag fortgesetzt.|Spain",
    })
    void titlesAndNamesStayClean(String target, String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                Checkers.flagged(target, "en", text, SourceLeftoverRule.ID));
    }

    /** French capitals often drop their accents; "Emirats" is French then, not the German genitive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Il est parti aux Emirats arabes unis, puis aux Etats-Unis avec l'Equipe de France.|",
            "Il a dit qu'il und dann haben wir die ganze Nacht gewartet, avant de partir.|und dann haben wir die ganze Nacht gewartet",
    })
    void capitalsWithoutTheirAccentsAreTargetWords(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                Checkers.flagged("fr", "de", text, SourceLeftoverRule.ID));
    }
}
