package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lowercase particles inside foreign place names, on sentences written for this test. */
class NameParticleTest {
    private static String knownNames(String text) {
        return String.join(" ", Checkers.flagged("en", "cs", text, "mt.proper-noun-case.known-name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The new line links Ústí nad Labem with Děčín twice an hour.|",
            "Fans travelled from Frankfurt am Main to the final.|",
            "The report was confirmed by the afp agency on Sunday.|afp",
            "Editors at afp Paris confirmed the report.|afp",
    })
    void aParticleBetweenCapitalisedWordsIsNoLowercasedAcronym(String text, String expected) {
        assertEquals(expected == null ? "" : expected, knownNames(text));
    }
}
