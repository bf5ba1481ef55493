package io.mtlint.analysis;

import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A date written day.month. ("le 04.11. confirmé") ends in a stop that ends no sentence; a year or a version
 * number before a stop still does ("en 2019. il").
 */
class DayMonthDateTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Nous avons été le 04.11. prévenus par courrier que la salle fermait.|",
            "en|The parcel left the depot on 9.12. and arrived two weeks later.|",
            "fr|Le musée a rouvert en 2019. il accueille désormais des concerts.|il",
            "en|They installed version 2.4.1. it crashed on the first day.|it",
            "en|The average rose to 3.5. the median fell sharply.|the",
            "de|Die Preise stiegen im Jahr 2020., dann fielen sie.|.,",
    })
    void dayMonthStopEndsNoSentence(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "de", text, SentenceCaseRule.ID, PunctuationRule.ID));
    }
}
