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
 * Common words capitalised in running Spanish and French as English capitalises them, against the capitals
 * these languages keep: names, institutions, generic nouns before a name, titles and quotations.
 */
class CalquedCapitalsTest {
    private static final List<String> CHECKS = List.of(ProperNounCaseRule.ID + ".capitalised-title",
            ProperNounCaseRule.ID + ".capitalised-adjective", ProperNounCaseRule.ID + ".capitalised-expansion");

    private static List<String> flagged(String target, String text, Format format) {
        return Checkers.check(Checkers.get(target, "en", false), text, format).findings().stream()
                .filter(f -> CHECKS.stream().anyMatch(id -> RuleIds.selects(id, f.ruleId())))
                .map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "es|El castillo fue cedido al Conde de Barcelona tras la guerra.|Conde",
            "es|Los viñedos pertenecen a la antigua Duquesa de Medina, según el registro.|Duquesa",
            "fr|Le domaine fut vendu au Marquis de Lafayette en 1790.|Marquis",
            "es|La inversión en el sector Energético creció un diez por ciento.|Energético",
            "es|Los precios del mercado Bursátil se desplomaron el jueves.|Bursátil",
            "es|Revise el consumo Energético cada mes antes de pagar.|Energético",
            "fr|Les tarifs du transport Ferroviaire ont augmenté cet hiver.|Ferroviaire",
            "es|Creció la venta de Discos duros externos (HDD) este trimestre.|Discos duros externos",
            "fr|Le coût des Pompes à chaleur (HP) a baissé depuis janvier.|Pompes à chaleur",
            "es|Los jardines fueron inaugurados por la Reina Victoria en 1861.|Reina",
            "fr|Une lettre du Prince William est arrivée à la mairie lundi.|Prince",
            "pt|O retrato da Rainha Elizabeth foi restaurado no museu.|Rainha",
    })
    void calquedCapitalsAreFound(String target, String text, String expected) {
        assertEquals(List.of(expected), flagged(target, text, Format.TEXT));
    }

    /** A title after a noun is a surname in apposition; one the document writes after a given name, too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "El delantero Conde marcó dos goles en la segunda parte.",
            "Mario Conde dio una charla. Más tarde, el Conde firmó libros.",
            "Al Barón Rojo lo derribaron en 1918 cerca de Amiens.",
            "El Rey inauguró la feria; después llegó el Príncipe Azul del cuento y la Reina Eirwen del libro.",
            "Viven en el condado de Prince William, cerca de la isla del Príncipe Eduardo.",
    })
    void titlesThatAreNamesStay(String text) {
        assertEquals(List.of(), flagged("es", text, Format.TEXT));
    }

    /** The specific name after a generic noun keeps its capital; so do quoted words and institutions. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Los barcos cruzaron el océano Pacífico y luego el golfo Pérsico sin escalas.",
            "El artículo se titula «La tasa Mínima» y critica al Banco Central Europeo.",
            "El Tribunal Supremo y la Audiencia Nacional revisarán el caso la semana próxima.",
            "La subida del impuesto sobre el valor añadido (IVA) preocupa a los comercios.",
            "El proyecto depende de la Ley de costas marítimas (LCM) aprobada en marzo.",
    })
    void legitimateCapitalsInSpanishStay(String text) {
        assertEquals(List.of(), flagged("es", text, Format.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Les pétroliers ont traversé la mer Baltique puis le golfe Persique en dix jours.",
            "Un site Social-News a repris la rumeur de Schitt's Creek sans la vérifier.",
            "Le projet attend le feu vert du Parlement européen et de la Cour des comptes.",
    })
    void legitimateCapitalsInFrenchStay(String text) {
        assertEquals(List.of(), flagged("fr", text, Format.TEXT));
    }

    /** Headings belong to the title-case rule; emphasis and links mark labels that keep their capitals. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "# Guía del sector Energético\n\nEl sector creció.\n",
            "| Campo | Valor |\n|---|---|\n| mercado Bursátil | 3 |\n",
            "- **Revise el consumo Energético**: el sistema lo mide cada hora.\n",
            "Consulte [el consumo Energético](https://example.org/consumo) del mes.\n",
    })
    void headingsTablesAndLabelsAreLeftAlone(String text) {
        assertEquals(List.of(), flagged("es", text, Format.MARKDOWN));
    }
}
