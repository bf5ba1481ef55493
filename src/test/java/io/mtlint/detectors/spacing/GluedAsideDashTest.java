package io.mtlint.detectors.spacing;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dash that closes an aside glued to its last word, after a spaced dash opened it; suspended hyphens stay clean. */
class GluedAsideDashTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Ce sont – a-t-il répété- des motifs que chacun comprend.|répété- des",
            "es|La votación — según dos diputados- se repetirá el martes.|diputados- se",
            "fr|Le pré- et post-opératoire – disent les médecins – reste long.|",
            "es|La entrada- salida del puerto cerró el martes.|",
            "de|Die Regel – so der Verband- gilt ab Mai für Ein- und Ausgang.|",
    })
    void gluedAsideDashes(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "en", text, "mt.spacing.around-hyphen"));
    }
}
