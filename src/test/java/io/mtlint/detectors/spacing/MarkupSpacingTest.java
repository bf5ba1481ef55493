package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Words glued to inline code on both sides, as translation from Chinese leaves them, on sentences written for it. */
class MarkupSpacingTest {
    private static List<String> flagged(String markdown) {
        return Checkers.check(Checkers.get("en", "zh", false), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals(MarkupSpacing.CHECK.id()))
                .map(f -> markdown.substring(f.start(), f.end())).toList();
    }

    @Test
    void codeGluedOnBothSidesLostBothSpaces() {
        assertEquals(List.of("in`", "`Change"), flagged("Please in`server.toml`Change the port.\n"));
    }

    @Test
    void aCommaBetweenCodeSpansLostItsSpace() {
        assertEquals(List.of("`,`"), flagged("It writes `notes.fr.txt`,`notes.de.txt` next to the input.\n"));
    }

    @Test
    void codeSpacedFromItsWordsStaysClean() {
        assertEquals(List.of(), flagged("Please change the port in `server.toml`, then restart `Nginx`s workers: "
                + "`a`, `b`,1 and `c`.\n"));
    }
}
