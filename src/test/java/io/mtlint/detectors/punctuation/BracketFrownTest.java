package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Russian and Ukrainian chats frown with brackets alone ("((("), and a lone bracket may end a message the same
 * way: no aside is opened there. A parenthesis translation left open before words is still reported.
 */
class BracketFrownTest {
    private static final String RULE = PunctuationRule.ID + ".unclosed-parenthesis";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "uk|The bus to the border was cancelled again(((|0",
            "uk|My cat is still missing (( We looked in every yard.|0",
            "ru|I wrote to the landlord twice and he never answered (|0",
            "ru|Nobody came to the meeting((( so we went home early.|0",
            "uk|The fees rose (mostly for students, and nobody explained why.|1",
            "ru|Sales fell (( in the second quarter), as expected.|0",
    })
    void frownsAreNoAsides(String source, String text, int expected) {
        assertEquals(expected, Checkers.flagged("en", source, text, RULE).size());
    }
}
