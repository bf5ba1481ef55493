package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spacing checks on sentences written for this test. */
class LostSpaceTest {
    static String findings(String target, String text) {
        return findings(target, text, Format.TEXT);
    }

    static String findings(String target, String text, Format format) {
        return Checkers.check(Checkers.get(target, "en".equals(target) ? "es" : "en", false), text, format)
                .findings().stream().filter(f -> RuleIds.selects(SpacingRule.ID, f.ruleId()))
                .map(f -> f.ruleId().substring(SpacingRule.ID.length() + 1) + "@" + text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Talks  resume in Kyiv|'double-space@  '",
    })
    void straySpacesAreFound(String target, String text, String expected) {
        assertEquals(expected, findings(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Derby ( / ˈdɑːrbi / ( listen ) ) is a city.",
            "en|Passengers  2019/20  4.2 million",
    })
    void correctTextStaysClean(String target, String text) {
        assertEquals("", findings(target, text));
    }
}
