package io.mtlint.detectors.quotes;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Speech opened with the source's dash, on sentences written for this test. */
class DashQuotationsTest {
    private static String quoteFindings(String source, String text) {
        return String.join(" | ", Checkers.check(Checkers.get("en", source, false), text, Format.TEXT).findings()
                .stream().filter(f -> f.ruleId().startsWith("mt.quotes."))
                .map(f -> f.ruleId().substring("mt.quotes.".length()) + "@" + f.start()).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru|– The bridge will reopen in spring, says the head of the district.|dash-opened@0",
            "pt|– We played well in the second half, he said.|dash-opened@0",
            "ru|– The bridge will reopen in spring, ” says Anna Petrova.|unopened@36",
            // a list item, a participle clause, a closing dash, words going on after the clause, a real quotation
            "ru|– The bridge will reopen in spring.|",
            "ru|– The shelling damaged homes in the region, calling on President Zelensky to act.|",
            "ru|– The bridge will reopen – said the head of the district.|",
            "ru|– The bridge will reopen, says the mayor. Work starts on Monday and ends in May.|",
            "ru|– “The bridge will reopen,” says the head of the district.|",
            "ru|– Finally, we said goodbye to the guests.|",
            "ru|– The plan, explained the minister, is simple.|",
            "ru|- The bridge will reopen in spring, says the head of the district.|",
    })
    void dashOpenedSpeechIsReportedAtTheDash(String source, String text, String expected) {
        assertEquals(expected == null ? "" : expected, quoteFindings(source, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // the source writes speech with a dash only in a translation; English text is English
            "en|– The bridge will reopen in spring, says the head of the district.",
    })
    void nativeTextIsLeftAlone(String source, String text) {
        assertEquals("", quoteFindings(source, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "– We had a lot of extra work, ” says Ole Berg.|“We had a lot of extra work, ” says Ole Berg.",
            "– The TV has a 55” screen, says the seller Ole.|",
    })
    void theDashBecomesTheOpeningMarkOfAnUnopenedQuotation(String text, String fixed) {
        var unopened = Checkers.check(Checkers.get("en", "ru", false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals("mt.quotes.unopened")).findFirst().orElseThrow();
        assertEquals(fixed == null ? "" : fixed,
                unopened.fixes().isEmpty() ? "" : unopened.fixes().get(0).applyTo(text));
    }
}
