package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * French names of bodies capitalise their first noun only; the capitals Spanish and English give their adjectives
 * are the source's, while names of places, hyphenated names and foreign names quoted whole keep theirs.
 */
class NameAdjectivesTest {
    private static final String CHECK = ProperNounCaseRule.ID + ".name-adjective";

    private static List<String> flagged(String target, String source, String text) {
        return Checkers.flagged(target, source, text, CHECK);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "es|Le bateau a été escorté jusqu'au port par la Police Portuaire vers minuit.|Portuaire",
            "en|Selon le Bureau Fédéral des statistiques, les prix ont reculé.|Fédéral",
            "es|Un rapport de l'Agence Spatiale Européenne sera publié en mars.|Spatiale Européenne",
            "it|La décision revient désormais à la Cour Constitutionnelle, saisie hier.|Constitutionnelle",
    })
    void capitalisedAdjectivesAfterANameNounAreFound(String source, String text, String expected) {
        assertEquals(List.of(expected), flagged("fr", source, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // A generic noun before the specific name, a name the dictionary knows, a hyphenated compound.
            "Les navires croisent en mer Baltique et en mer Rouge depuis lundi.",
            "Le porte-parole de la Maison Blanche a répondu aux questions.",
            "Les bénévoles de la Croix-Rouge ont distribué des couvertures.",
            // A foreign institution's name quoted whole, a bare complement inside a longer name.
            "Il enseigne à l'Université Internationale Menéndez Pelayo depuis 2019.",
            "Elle dirige l'Atelier de Services Numériques de la région.",
            // Titles, nicknames and brands start with nouns that head no body; a noun inside a longer name.
            "Son avocate, Maître Petit, a rencontré Barbe Noire et le Lions Club International.",
            "Il a étudié à l'École Normale Supérieure avant de rejoindre le Crédit Agricole.",
            // Quoted, or written as French writes it.
            "Le titre « Agence Spatiale Européenne » figure sur la brochure.",
            "La Garde civile et l'Union européenne ont signé l'accord.",
    })
    void namesWrittenAsFrenchWritesThemStay(String text) {
        assertEquals(List.of(), flagged("fr", "es", text));
    }

    /** Spanish capitalises every significant word of a name, so the same capitals are right there. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"La Guardia Civil rescató a los ocupantes de la Agencia Espacial Europea."})
    void otherLanguagesKeepTheirCapitals(String text) {
        assertEquals(List.of(), flagged("es", "en", text));
    }
}
