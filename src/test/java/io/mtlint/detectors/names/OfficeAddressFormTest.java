package io.mtlint.detectors.names;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * French writes offices in lowercase, except when the holder is addressed ("Monsieur le Maire", "Madame
 * l'Ambassadrice"): the forms of address come from the French descriptor.
 */
class OfficeAddressFormTest {
    private static final String OFFICE = ProperNounCaseRule.ID + ".capitalised-office";

    private static List<String> flagged(String text) {
        return Checkers.check(Checkers.get("fr", "en", false), text, Format.TEXT).findings().stream()
                .filter(f -> RuleIds.selects(OFFICE, f.ruleId()))
                .map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "— Madame la Ministre, pouvez-vous nous dire quand les travaux commenceront ?",
            "Il a écrit à Monsieur le Maire pour se plaindre du bruit.",
            "« Monsieur l’Ambassadeur, soyez le bienvenu », a lancé l’hôte.",
            "Le courrier commençait par « Madame l'Ambassadrice, » et finissait par une signature illisible.",
    })
    void addressedOfficesStayCapitalised(String text) {
        assertEquals(List.of(), flagged(text));
    }

    /** A capitalised article inside the sentence makes the office word part of a surname. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "La députée Hélène Le Maire a déposé trois amendements sur les cantines scolaires.",
            "Interrogé mardi, Marc-Antoine Le Ministre n'a pas voulu commenter la rumeur.",
    })
    void officeWordsInsideSurnamesAreNotOffices(String text) {
        assertEquals(List.of(), flagged(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hier, le Maire a inauguré la nouvelle médiathèque.|Maire",
            "Selon la Ministre, les travaux commenceront en mars.|Ministre",
            "Il a rencontré le Président puis Monsieur le Maire.|Président",
            "Le Maire a promis trois nouvelles crèches avant l'été.|Maire",
            "Hélène Durand, la Maire du village, a coupé le ruban.|Maire",
    })
    void officesInRunningTextAreStillFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(text));
    }
}
