package io.mtlint.analysis;

import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A link after a sentence ("… today! https://…") starts with its scheme in lowercase, as links are written; a
 * word after the same stop still starts a sentence.
 */
class UrlAfterStopTest {
    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "en", text, SentenceCaseRule.ID, PunctuationRule.ID);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "de|Die Ergebnisse sind endlich da! https://example.org/tabelle/2024|",
            "fr|Le programme du festival est en ligne. http://example.net/programme|",
            "de|Die Ergebnisse sind endlich da! schaut sie euch an.|schaut",
    })
    void linksAreNoLowercaseSentences(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected), flagged(target, text));
    }
}
