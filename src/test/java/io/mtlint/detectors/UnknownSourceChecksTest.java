package io.mtlint.detectors;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With no source named or found, the checks whose evidence is the text itself still run. */
class UnknownSourceChecksTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The army sent 1.500 soldiers to the border.            | mt.number-format.dot-thousands | 1.500",
            "en | Inflation rose to 3,5 % in March.                      | mt.number-format.decimal-comma | 3,5 %",
            "en | The talks [en curso] continue in Geneva.               | mt.source-leftover.bracketed   | [en curso]",
            "en | The ministers [dei Paesi membri] met on Friday.        | mt.source-leftover.bracketed   | [dei Paesi membri]",
            // a gloss in parentheses is the writer's; an abbreviation is no language; a point may be a region's own
            "en | The Generalitat (gobierno regional) met on Friday.     | mt.source-leftover.bracketed   | ",
            "de | Es wird heiß [max. 43 °C] am Montag.                   | mt.source-leftover.bracketed   | ",
            "es | La inflación subió al 3.5 % en marzo.                  | mt.number-format               | ",
    })
    void runsWithoutASource(String target, String text, String rule, String expected) {
        assertEquals(Checkers.spans(expected, ";"), Checkers.flagged(target, "none", text, rule));
    }
}
