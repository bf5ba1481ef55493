package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A stop or comma that the translation moved onto a line of its own (a Japanese "。" after a code block) is a
 * paragraph of its own in Markdown; an ellipsis standing for cut text, and marks inside code, are not.
 */
class LoneMarkTest {
    private static final String RULE = PunctuationRule.ID + ".lone-mark";

    @Test
    void aStopAfterACodeBlockIsReported() {
        String markdown = "Build the index with cargo.\n\n```sh\ncargo run --release\n```\n\n.\n## Querying\n\nAsk away.\n";
        assertEquals(List.of("."), Checkers.flaggedInMarkdown("en", "ja", markdown, RULE));
    }

    @Test
    void aCommaOrColonAloneIsReported() {
        assertEquals(List.of(","), Checkers.flaggedInMarkdown("en", "zh", "Open the panel.\n\n,\n\nPick a theme.\n", RULE));
        assertEquals(List.of(":"), Checkers.flaggedInMarkdown("de", "ja", "Öffne die Datei.\n\n:\n\nSpeichere sie.\n", RULE));
    }

    @Test
    void ellipsesCodeAndSentencesStayClean() {
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja",
                "The letter breaks off.\n\n...\n\n\u2026\n\nIt resumes later.\n", RULE));
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja",
                "List the folder:\n\n```\n.\n..\n;\n```\n\nThat is all.\n", RULE));
        assertEquals(List.of(), Checkers.flaggedInMarkdown("en", "ja", "It works. Yes, it does.\n", RULE));
    }
}
