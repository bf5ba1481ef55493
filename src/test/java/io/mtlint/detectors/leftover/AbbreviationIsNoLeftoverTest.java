package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The target's own abbreviation is no leftover, however the source spells the word: Spanish "lit." glosses. */
class AbbreviationIsNoLeftoverTest {
    @Test
    void aGlossMarkedLitStaysClean() {
        String text = "El método Cangjie (pinyin: cāngjié; lit. 'método de las cinco formas') se usa en Hong Kong.\n";
        assertEquals(0, Checkers.check(Checkers.get("es", "en", false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().startsWith("mt.source-leftover") || f.ruleId().startsWith("mt.sentence-case"))
                .count());
    }
}
