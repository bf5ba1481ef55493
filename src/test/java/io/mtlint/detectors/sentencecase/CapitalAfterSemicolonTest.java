package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A capital after a semicolon is a restarted sentence, unless the word is a name: a proper noun, or a noun the
 * language's descriptor says is a name when capitalised (Spanish "Dios").
 */
class CapitalAfterSemicolonTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es|La cosecha se perdió entera; Dios sabe cómo pasaremos el invierno.|",
            "es|La cosecha se perdió entera; Nadie sabe cómo pasaremos el invierno.|Nadie",
            "es|La cosecha se perdió entera; Perú tendrá que importar trigo.|",
    })
    void aCapitalAfterASemicolonIsReportedUnlessItNamesSomeone(String target, String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                Checkers.flagged(target, "en", text, "mt.sentence-case.after-semicolon"));
    }
}
