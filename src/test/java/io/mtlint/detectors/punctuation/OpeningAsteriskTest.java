package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Translation from Japanese or Chinese renders the reference mark "※" as an asterisk glued to the first word of
 * a paragraph or heading, where it marks nothing. A footnote whose asterisk stands after a word elsewhere, a
 * list item, emphasis, a chat's one-word correction and a disclaimer in text from other languages are not stray.
 */
class OpeningAsteriskTest {
    private static final String RULE = PunctuationRule.ID + ".opening-asterisk";

    @Test
    void anAsteriskOpeningAParagraphOrHeadingIsReported() {
        assertEquals(List.of("*"), Checkers.flaggedInMarkdown("en", "ja",
                "Copy the folder to your drive.\n\n*The old folder can be deleted after the copy ends.\n", RULE));
        assertEquals(List.of("*"), Checkers.flaggedInMarkdown("en", "zh",
                "# Setup\n\n### *Restart the editor when the plugin is updated\n\nThen reload the page.\n", RULE));
    }

    @Test
    void footnotesListsAndEmphasisStayClean() {
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja",
                "The basic plan costs 8 dollars a month*.\n\n*Taxes are added at checkout.\n", RULE));
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja",
                "* Open the menu\n* Pick a colour\n\n*Careful* with the reset button.\n", RULE));
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja", "Multiply 3 * 4 in the cell.\n", RULE));
        assertEquals(List.of(), Checkers.flagged("en", "ja", "I left the milk in the fridge.\n*freezer\n", RULE));
    }

    @Test
    void aDisclaimerLineFromALanguageWithoutReferenceMarksStaysClean() {
        assertEquals(List.of(), Checkers.flaggedInMarkdown("de", "en",
                "Die Tabelle zeigt die Preise.\n\n*Alle Angaben ohne Gewähr und nach bestem Wissen.\n", RULE));
    }
}
