package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A contraction split at its apostrophe ("doesn" of "doesn't") is an English word, so it neither makes a name
 * with an unlisted noun before it ("the Baltic gobyfin doesn't") nor stops a lowercase name from being found
 * when it follows one ("the governor vasyl hrebenchuk didn't").
 */
class ContractionIsNoNameTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "zh|Unlike its cousins, the Baltic gobyfin doesn't burrow, and the Adriatic reedling isn't shy at all.|",
            "zh|The Nordic quillfin won't stay still; divers say the Nordic quillfin doesn't like torches.|",
            "uk|The regional governor vasyl hrebenchuk didn't comment on the shelling.|vasyl;hrebenchuk",
    })
    void contractionsAreWords(String source, String text, String expected) {
        assertEquals(Checkers.spans(expected, ";"),
                Checkers.flagged("en", source, text, ProperNounCaseRule.ID));
    }
}
