package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * French sets a space before ; : ! ? but never before a full stop or a comma: the spaces that removed links leave
 * there ("la vallée du Rhin , au sud .") are errors in French as in any other language.
 */
class FrenchSpaceBeforeStopTest {
    private static List<String> flagged(String text) {
        return Checkers.flagged("fr", "en", text, PunctuationRule.ID).stream().map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Le village compte une église , une école et deux moulins à vent.|,",
            "La source se trouve au pied du plateau calcaire .|.",
            "Le pont fut reconstruit en 1952 , puis élargi en 1988 .|,;.",
            "Les habitants de la vallée ,notamment les vignerons, ont protesté.|,",
    })
    void spaceBeforeStopOrCommaIsFound(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), flagged(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Le maire l'a dit : la piscine rouvrira en juin ; les horaires changent !",
            "Viendra-t-il ? Personne ne le sait… Le conseil siège à 18 h 30.",
            "« Nous resterons ici », a-t-elle déclaré. Le site .NET de la mairie a fermé.",
            "Le stade (rénové en 2019) accueille 12 000 spectateurs ; le club joue en Ligue 2.",
    })
    void frenchTypographyStaysClean(String text) {
        assertEquals(List.of(), flagged(text));
    }
}
