package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A web address after a full stop keeps its lowercase scheme; a lowercase word there is still a restart. */
class AddressAfterStopTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es|El programa completo se publicó ayer. https://ejemplo.org/programa/2025|",
            "en-US|The full schedule went up yesterday! http://example.org/schedule|",
            "es|El programa completo se publicó ayer. nadie lo había anunciado.|nadie",
    })
    void addressesAfterAStopStayLowercase(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "en", text, "mt.sentence-case.after-stop"));
    }
}
