package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A surname translated as the target's form of a given name, on sentences written for this test. */
class SurnameFormTest {
    private static String flagged(String source, String target, String text) {
        return String.join(" | ", Checkers.flagged(target, source, text, "mt.name-translation.surname-form"));
    }

    @ParameterizedTest(name = "{0}>{1}: {2}")
    @CsvSource(delimiter = '#', value = {
            "en#fr#Le juge a entendu Laura Lawrence jeudi. Selon son avocat, Laurent conteste tout.#Laurent",
            "en#es#La fiscal citó a Brian George el martes. Jorge negó los cargos ante el juez.#Jorge",
            "en#de#Die Polizei befragte Carol Francis am Abend. Danach sagte Franz nichts mehr.#Franz",
            "en#it#La corte ha ascoltato Diane Gregory ieri. Secondo i legali, Gregorio era assente.#Gregorio",
            // The given name with a surname of its own is another person
            "en#fr#Le juge a entendu Laura Lawrence jeudi. Laurent Fabius était présent.#",
            // No one in the document bears the surname
            "en#fr#Selon le récit biblique, Moïse a reçu les tables de la Loi.#",
            "en#es#El tenor Juan Diego Flórez cantó; luego Pedro subió al escenario.#",
            // The form starts a place's name
            "en#es#El defensa Reece James marcó el primer gol. El equipo viajará a Santiago de Chile el lunes.#",
    })
    void theTargetFormOfASurnameUsedAloneIsReported(String source, String target, String text, String expected) {
        assertEquals(expected == null ? "" : expected, flagged(source, target, text));
    }
}
