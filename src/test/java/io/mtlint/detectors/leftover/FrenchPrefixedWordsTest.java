package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * French builds words with free prefixes ("ultra", "hyper", "inter") that its dictionary lists only in part:
 * such a word is French even where German spells its inflected form the same way. A prefix before a word French
 * does not know is still German, and so are the everyday words the French loans list does not hold.
 */
class FrenchPrefixedWordsTest {
    private static List<String> flagged(String text) {
        return Checkers.flagged("fr", "de", text, SourceLeftoverRule.ID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Le boîtier hypermoderne tient dans une poche de veste.|",
            "Le club garde un effectif ultraflexible pour la saison.|",
            "Ils sont vegan depuis deux ans, et le repas était okay.|",
            "Le moteur superleise tourne toute la nuit.|superleise",
            "Le boîtier hypermoderne est schwer à porter.|schwer",
    })
    void prefixedFrenchWordsAreNoLeftovers(String text, String expected) {
        assertEquals(Checkers.spans(expected), flagged(text));
    }
}
