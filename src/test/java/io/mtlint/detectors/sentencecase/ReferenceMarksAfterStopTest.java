package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reference marks printed after a full stop ("... in 1887. [3] [4] The line ...") end the sentence with it: the
 * capital after them opens the next sentence, not a sentence restarted after an insertion.
 */
class ReferenceMarksAfterStopTest {
    private static List<String> reported(String target, String text) {
        return Checkers.flagged(target, "en", text, "mt.sentence-case.after-insertion");
    }

    @Test
    void aCapitalAfterSeveralReferenceMarksOpensASentence() {
        assertEquals(List.of(), reported("fr", "Le pont fut achevé en 1887. [3] [4] Une seconde voie suivit dix ans plus tard."));
        assertEquals(List.of(), reported("es", "El puerto se amplió en 1902. [1] [2] [5] Una nueva grúa llegó después."));
    }

    @Test
    void aRestartAfterAnInsertionInMidSentenceIsStillReported() {
        assertEquals(List.of("Los"), reported("es", "El alcalde dijo que [el proyecto] Los vecinos lo apoyan."));
    }
}
