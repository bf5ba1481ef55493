package io.mtlint.analysis;

import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A unit symbol written with a stop after a number ("12 km. de la côte") does not end the sentence, so the word
 * after it is no lowercase sentence start; a word after a number ("7 men. they") still ends one.
 */
class UnitAfterNumberTest {
    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "ru", text, SentenceCaseRule.ID, PunctuationRule.ID);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le hameau se trouve à 12 km. de la côte et à 3 km. du lac.|",
            "es|El pueblo está a 40 km. de la capital y cada saco pesa 25 kg. como máximo.|",
            "en|The storm sank 7 boats and drowned 4 men. they were fishing near the reef.|they",
            "fr|Il avait 30 ans. il partit pour Lyon sans un mot.|il",
    })
    void unitStopsDoNotEndSentences(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected), flagged(target, text));
    }
}
