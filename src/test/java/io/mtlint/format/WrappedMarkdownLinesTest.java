package io.mtlint.format;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A paragraph wrapped over several lines is checked as the page shows it: one run of text. */
class WrappedMarkdownLinesTest {
    @Test
    void aSentenceRestartedInLowercaseOnTheNextLineIsFound() {
        assertEquals(List.of("most"), Checkers.flaggedInMarkdown("en", "es",
                "The ministers met on Friday.\nmost of them left early.\n", "mt.sentence-case.after-stop"));
    }

    @Test
    void aLeftoverPhraseGoesOnPastTheWrap() {
        assertEquals(List.of("This text was not\ntranslated at all"), Checkers.flaggedInMarkdown("es", "en",
                "Segunda línea This text was not\ntranslated at all.\n", "mt.source-leftover.in-text"));
    }
}
