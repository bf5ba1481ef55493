package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Escapes a pipeline left in the prose are reported once each, as the escape and not as the English word its
 * name spells or the semicolon it ends with; Markdown's own escapes are read before the check.
 */
class EscapeSequenceTest {
    private static final String RULE = PunctuationRule.ID + ".escape-sequence";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "La cooperativa exporta aceite &amp; vino a Japón.|&amp;",
            "Die Gemeinde nennt den Plan &#34;ehrgeizig&#34;.|&#34;,&#34;",
            "Le maire parle d&#x27;un budget serré.|&#x27;",
            "Der Trainer sprach von einem \\\"Neuanfang\\\".|\\\",\\\"",
            "Sales at Marks & Spencer and AT&T; rose; see C:\\\\temp\\\\notes.|",
            "The &foo; tag is not an HTML entity.|",
    })
    void plainText(String text, String expected) {
        List<String> flagged = Checkers.flagged("es", "en", text, RULE);
        assertEquals(Checkers.spans(expected, ","), flagged);
    }

    @Test
    void markdownReadsItsOwnEscapes() {
        assertEquals(List.of(), Checkers.flaggedInMarkdown("de", "en",
                "Die Gemeinde nennt den Plan &quot;ehrgeizig&quot; und \\\"mutig\\\".\n", RULE));
        // Escaped twice, the entity reaches the reader as written, and is reported where it is written.
        assertEquals(List.of("&amp;quot;", "&amp;quot;"), Checkers.flaggedInMarkdown("de", "en",
                "Die Gemeinde nennt den Plan &amp;quot;ehrgeizig&amp;quot;.\n", RULE));
    }

    @Test
    void theEscapeIsTheOnlyFinding() {
        String text = "La cooperativa exporta aceite &amp; vino, &quot;sin prisa&quot;.";
        assertEquals(List.of(RULE, RULE, RULE), Checkers.check(Checkers.get("es", "en", false), text,
                io.mtlint.model.Format.TEXT).findings().stream().map(io.mtlint.model.Finding::ruleId).toList());
    }
}
