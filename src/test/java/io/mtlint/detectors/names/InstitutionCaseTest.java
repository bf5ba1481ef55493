package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** A ministry's portfolio left in lowercase after its capitalised head, on sentences written for this test. */
class InstitutionCaseTest {
    private static String portfolios(String text) {
        return String.join(" ", Checkers.flagged("en", "uk", text, "mt.proper-noun-case.portfolio"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Ministry of social policy raised the winter payments.|social policy",
            "According to the Ministry of public health, the clinics reopened.|public health",
            "The Minister for women opened the shelter on Friday.|women",
            "The Ministry of Social Policy and the ministry of health both replied.|",
            "She studied health and social policy at a ministry of culture school.|",
    })
    void aPortfolioInLowercaseAfterItsHeadIsReported(String text, String expected) {
        assertEquals(expected == null ? "" : expected, portfolios(text));
    }
}
