package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Roman numeral's ordinal stop, kept from a source that writes one, ends no sentence; a word's stop does. */
class RomanOrdinalAfterStopTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en-US|hu|Inspectors in the IX. and XII. closed six bakeries for a week.|",
            "en-US|de|The letters of Ludwig XIV. were sold at auction on Friday.|",
            "en-US|hu|Inspectors closed six bakeries in the district. most reopened.|most",
    })
    void romanOrdinals(String target, String source, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, source, text, "mt.sentence-case.after-stop"));
    }
}
