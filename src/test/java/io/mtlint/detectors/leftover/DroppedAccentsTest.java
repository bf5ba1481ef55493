package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hasty writers drop accents ("premiere" for "première", "decision" for "decisión"): a word one accent away from
 * a word of the target is no leftover even where English spells it so. English words with no such neighbour,
 * and English function words, are still leftovers.
 */
class DroppedAccentsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Pour ma premiere commande, le colis est arrivé avec deux jours de retard.|",
            "fr|Le vendeur m'a envoyé la reception du paiement par courriel hier soir.|",
            "es|La decision del ayuntamiento sorprendió a los vecinos del barrio.|",
            "fr|Le conseil a voté le budget malgré la strong opposition des syndicats.|strong",
            "es|El ayuntamiento aprobó el plan pese a la fierce oposición vecinal.|fierce",
    })
    void wordsMissingAnAccentAreNoLeftovers(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "en", text, SourceLeftoverRule.ID));
    }
}
