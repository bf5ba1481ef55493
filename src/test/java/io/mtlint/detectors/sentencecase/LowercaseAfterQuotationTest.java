package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A quotation that ends with a full stop inside its closing mark ends the sentence too: a lowercase word after it
 * ("Frühjahr.“ wiederholte") is a sentence in lowercase, or a comma the translation turned into a stop. After a
 * question or exclamation mark the attribution goes on in lowercase, and a stop quoted on its own is no stop.
 */
class LowercaseAfterQuotationTest {
    private static final String RULE = "mt.sentence-case.after-stop";

    @Test
    void aLowercaseWordAfterAStopAndAClosingMarkIsReported() {
        assertEquals(List.of("erklärte"), Checkers.flagged("de", "tr",
                "Die Bürgermeisterin sagte: „Der Markt öffnet im Mai.“ erklärte sie den Händlern.", RULE));
        // A reporting verb after it continues the sentence: the stop is the stray mark, not the lowercase.
        assertEquals(List.of(), Checkers.flagged("en", "es",
                "The coach said: \u201cWe will train twice a day.\u201d added the club\u2019s captain.", RULE));
        assertEquals(List.of("."), Checkers.flagged("en", "es",
                "The coach said: \u201cWe will train twice a day.\u201d added the club\u2019s captain.",
                "mt.punctuation.splitting-stop"));
        assertEquals(List.of("confirmed"), Checkers.flagged("en", "fr",
                "The clerk wrote \"The archive closes at noon.\" confirmed the register.", RULE));
    }

    @Test
    void questionsExclamationsAndQuotedMarksStayClean() {
        assertEquals(List.of(), Checkers.flagged("en", "es",
                "\u201cWhere is the ferry?\u201d asked a tourist, and \u201cNot today!\u201d shouted the guard.", RULE));
        assertEquals(List.of(), Checkers.flagged("en", "es",
                "Type \".\" or \"..\" in the box and press enter.", RULE));
        assertEquals(List.of(), Checkers.flagged("en", "de",
                "The form shows a button \u201cRef.\u201d once the draft is saved.", RULE));
        assertEquals(List.of(), Checkers.flagged("en", "es",
                "She said \u201cthe vote is over.\u201d Then the hall emptied.", RULE));
    }
}
