package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * German leaves the end of a compound to the next word ("salz- und zuckerarm"): the first part takes the case of
 * the whole compound, an adjective's lowercase as often as a noun's capital. A lowercase noun standing alone is
 * still reported. Each row is text | the words flagged as lowercase nouns.
 */
class SuspendedCompoundTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Die Suppe ist salz- und zuckerarm und schmeckt trotzdem gut. |",
            "Wir verkaufen wasser-, staub- oder stoßgeschützte Uhren für Taucher. |",
            "Die Suppe ist salz- und zuckerarm, aber die regierung will weniger Zucker. | regierung",
    })
    void suspendedCompoundPartsTakeTheCompoundsCase(String text, String expected) {
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")),
                Checkers.flagged("de", "en", text, ProperNounCaseRule.NOUN.id()));
    }
}
