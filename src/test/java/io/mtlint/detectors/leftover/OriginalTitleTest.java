package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A title line that gives the original after a dash ("Leuchtturm (Insel) -Lighthouse (island)") keeps the source
 * words on purpose. The same words after a dash in running text, or in a title line's first half, are leftovers.
 */
class OriginalTitleTest {
    private static final String RULE = SourceLeftoverRule.ID + ".*";

    @Test
    void theOriginalAfterATitlesDashStaysClean() {
        assertEquals(List.of(), Checkers.flagged("es", "en",
                "Faro de la isla de Lundy - Lundy lighthouse keepers\nEl faro de la isla se construyó en 1897.\n", RULE));
        assertEquals(List.of(), Checkers.flagged("de", "en",
                "Leuchtturm (Insel) -Lighthouse (island)\nDer Leuchtturm wurde 1897 gebaut.\n", RULE));
        assertEquals(List.of(), Checkers.flaggedInMarkdown("fr", "en",
                "# Intro\n\nLe phare fut bâti en 1897.\n\n## Gardiens du phare \u2013 lighthouse keepers\n\nIls partirent en 1990.\n",
                RULE));
    }

    @Test
    void theSameWordsInRunningTextOrBeforeTheDashAreReported() {
        assertEquals(List.of("the keepers left in"), Checkers.flagged("es", "en",
                "El faro de la isla se construyó en 1897 - the keepers left in 1990 y sigue en uso.\n", RULE));
        assertEquals(List.of("lighthouse keepers"), Checkers.flagged("es", "en",
                "Lundy lighthouse keepers - Faro de la isla de Lundy\nEl faro se construyó en 1897.\n", RULE));
    }
}
