package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * English left by a translation between two other languages that went through English: reported when the span is
 * English only, unquoted and free of words the source itself writes; never when either side is English.
 */
class PivotEnglishTest {
    @ParameterizedTest(name = "{0}>{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "nl|fr|Selon le site, les whales ont acheté 500 bitcoins hier.|whales",
            "de|fr|Cette année, les élèves ont performed mieux que prévu.|performed",
            // Quoted English most likely stood so in the source.
            "es|fr|Son slogan, « keep calm and carry on », a fait le tour du pays.|",
            // A word the source writes too is the source's.
            "fr|de|Die Sozialhilfe zahlt die Caisse d'allocations familiales seit Januar aus.|",
            "de|fr|Cette angst existentielle, comme disent les Allemands, revient.|",
            // Between English and another language there is no pivot.
            "en|fr|Selon le site, les baleines ont acheté 500 bitcoins hier.|",
    })
    void englishLeftByAPivotIsReported(String source, String target, String text, String expected) {
        assertEquals(Checkers.spans(expected), Checkers.flagged(target, source, text, "mt.source-leftover.in-text"));
    }
}
