package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A capital after a semicolon is a restarted sentence only on a common word: names (a proper noun, a noun the
 * language's descriptor says is a name when capitalised, Spanish "Dios"), labels and code keep theirs.
 */
class CapitalAfterSemicolonTest {
    private static List<String> reported(String markdown) {
        return Checkers.flaggedInMarkdown("en-US", "es", markdown, "mt.sentence-case.after-semicolon");
    }

    @Test
    void aCommonWordRestartedAfterASemicolonIsReported() {
        assertEquals(List.of("Workers"), reported("The strike ended; Workers left early.\n"));
    }

    @Test
    void aFunctionWordBeforeAFigureRestartsASentence() {
        assertEquals(List.of("Around", "Until", "Nearly"), reported("The mill shut; Around 40 looms were sold. "
                + "Rents rose; Until 2031 they stay frozen. The dam broke; Nearly 90 homes flooded.\n"));
    }

    @Test
    void codeSpansLabelsAndTheDocumentsNamesKeepTheirCapital() {
        assertEquals(List.of(), reported("""
                Pick a width: `u8`, eight bits; `u16`, sixteen bits; see the table.

                The guide covers it; Table 4 lists the flags; Figure 2 shows the flow.

                We build with Harbour here. You never edit the lock file; Harbour updates it.
                """));
    }

    @Test
    void aFunctionWordTheDocumentCapitalisesElsewhereIsStillAFunctionWord() {
        assertEquals(List.of("The"), reported("She writes for The Times. The vote failed; The board resigned.\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es|La cosecha se perdió entera; Dios sabe cómo pasaremos el invierno.|",
            "es|La cosecha se perdió entera; Nadie sabe cómo pasaremos el invierno.|Nadie",
            "es|La cosecha se perdió entera; Perú tendrá que importar trigo.|",
    })
    void aCapitalAfterASemicolonIsReportedUnlessItNamesSomeone(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "en", text, "mt.sentence-case.after-semicolon"));
    }
}
