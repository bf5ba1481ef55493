package io.mtlint.detectors.sentencecase;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A capital after a semicolon is a restarted sentence only on a common word; names, labels and code keep theirs. */
class CapitalAfterSemicolonTest {
    private static List<String> reported(String markdown) {
        return Checkers.check(Checkers.get("en-US", "es", false), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals("mt.sentence-case.after-semicolon"))
                .map(f -> markdown.substring(f.start(), f.end()))
                .toList();
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
}
