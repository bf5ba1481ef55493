package io.mtlint.check;

import io.mtlint.check.CheckResult;
import io.mtlint.check.Checker;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.model.Position;
import io.mtlint.model.TextEdit;
import io.mtlint.format.DocumentLoader;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: on any input, the checker does not throw, every finding's span lies inside the text and maps to a
 * real line and column, and every fix's edits lie inside the text. Seeded, so a failure is reproducible.
 */
class CheckerPropertyTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261125L);

    @Test
    void structuralCheckerSurvivesHostileDocuments() {
        Random random = new Random(SEED);
        for (int i = 0; i < 400; i++) {
            String text = RandomText.document(random);
            for (Format format : Format.values()) {
                checkInvariants(Checkers.structural(), text, format, i);
            }
        }
    }

    @Test
    void languageToolLayerSurvivesHostileDocuments() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 15; i++) {
            checkInvariants(Checkers.get("en-US", "es", true), RandomText.document(random), Format.MARKDOWN, i);
        }
    }

    private static void checkInvariants(Checker checker, String text, Format format, int iteration) {
        String where = "seed " + SEED + " iteration " + iteration + " " + format + ": " + text.length() + " chars";
        Document doc;
        if (format.bilingual()) {
            // Random text is rarely a well-formed XLIFF, PO or TMX file: rejecting it with a reason is correct
            // (BilingualPropertyTest checks well-formed ones).
            try {
                doc = DocumentLoader.fromBytes("random", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), format);
            } catch (io.mtlint.format.DocumentException e) {
                return;
            }
            if (!doc.text().equals(text)) {
                return;
            }
        } else {
            doc = DocumentLoader.fromText("random", text, format);
        }
        CheckResult result = assertDoesNotThrow(() -> checker.check(doc), where);
        int lines = doc.lines().lineCount();
        for (Finding f : result.findings()) {
            assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end(), where + " " + f);
            Position p = doc.position(f.start());
            Position e = doc.position(f.end());
            assertTrue(p.line() >= 1 && p.line() <= lines && p.column() >= 1, where + " " + p);
            assertTrue(e.line() >= p.line(), where + " " + f);
            for (Fix fix : f.fixes()) {
                for (TextEdit edit : fix.edits()) {
                    assertTrue(edit.end() <= text.length(), where + " " + edit);
                }
                assertDoesNotThrow(() -> fix.applyTo(text), where);
            }
        }
    }
}
