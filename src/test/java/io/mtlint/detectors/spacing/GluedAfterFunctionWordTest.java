package io.mtlint.detectors.spacing;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Removed links glue a function word to the capitalised word after it ("delCongreso", "àMarseille"); two such
 * words in a paragraph are link damage, one alone may be a brand written so ("laSexta").
 */
class GluedAfterFunctionWordTest {
    private static final String CHECK = SpacingRule.ID + ".glued-words";

    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "en", text, CHECK);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "es|El proyecto pasó porel Senado tras su aprobación en elCongreso y llegó a laMoncloa en abril.|porel;elCongreso;laMoncloa",
            "fr|Le convoi a quitté leHavre pour rejoindre laNormandie puis Rouen.|leHavre;laNormandie",
            "es|La cadena laSexta emitió el debate desde Madrid.|",
            "es|Compró un iPhone y lo vendió en eBay al día siguiente.|",
    })
    void gluedLinkWordsAreFound(String target, String text, String expected) {
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")), flagged(target, text));
    }
}
