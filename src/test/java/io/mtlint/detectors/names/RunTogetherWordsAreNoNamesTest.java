package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two unknown lowercase words after a noun are a name no dictionary lists ("oleh syniehubov"), unless each is two
 * common words a lost space ran together ("unaagencia estatalresponsable"): those are no names.
 */
class RunTogetherWordsAreNoNamesTest {
    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, target.equals("en") ? "es" : "en", text, ProperNounCaseRule.ID);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "es|La oficina depende del Estado, unaagencia estatalresponsable de los puertos.|",
            "fr|Le bureau dépend de la Région, uneagence publiqueresponsable des ports.|",
            "en|The head of the district administration mykola pyvovarchuk visited the port.|mykola;pyvovarchuk",
    })
    void runTogetherWordsAreNoNames(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected, ";"), flagged(target, text));
    }
}
