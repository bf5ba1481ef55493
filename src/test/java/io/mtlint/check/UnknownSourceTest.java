package io.mtlint.check;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run whose source is detected per document ({@code auto}) keeps the packs for its sources: packs shared by several
 * sources run on a document whose source is not detected, and a pack for one source runs where that source is given
 * or detected. A run whose source is unknown ({@code none}) runs only the packs for any source.
 */
class UnknownSourceTest {
    /** The ids of the pack rules (not the built-in detectors) that fire on {@code text}. */
    private static List<String> packRules(String source, String text) {
        return Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings().stream()
                .map(f -> f.ruleId()).filter(id -> !id.startsWith("mt.")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // romance-calques.yaml, for es, ca, pt, it and fr
            "auto | In this sense, the council rejected the offer. | en.in-this-sense",
            "es | In this sense, the council rejected the offer. | en.in-this-sense",
            // ru-en/calques.yaml, for ru and uk
            "auto | Shelling hit a school on the territory of the district. | ru-en.on-the-territory-of",
            "uk | Shelling hit a school on the territory of the district. | ru-en.on-the-territory-of",
    })
    void packsSharedBySeveralSourcesRunWithoutEvidence(String source, String text, String rule) {
        assertEquals(List.of(rule), packRules(source, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In this sense, the council rejected the offer.",
            "Shelling hit a school on the territory of the district.",
    })
    void anUnknownSourceRunsOnlyPacksForAnySource(String text) {
        assertEquals(List.of(), packRules("none", text));
    }

    @Test
    void aPackForOneSourceWaitsForItsSource() {
        String text = "The central bank kept the types of interest unchanged.";
        assertEquals(List.of(), packRules("none", text), "es-en alone: no evidence the text is from Spanish");
        assertEquals(List.of(), packRules("auto", text));
        assertEquals(List.of("es-en.types-of-interest"), packRules("es", text));
        assertEquals(List.of(), packRules("fr", text));
    }

    @Test
    void aDetectedSourceRunsItsOwnPackAndNotAnother() {
        String spanish = "The central bank kept the types of interest unchanged, según fuentes del banco y del "
                + "mercado.";
        assertTrue(packRules("auto", spanish).contains("es-en.types-of-interest"), packRules("auto", spanish).toString());
        String french = "The central bank kept the types of interest unchanged, selon les syndicats et les "
                + "banques.";
        assertFalse(packRules("auto", french).contains("es-en.types-of-interest"), packRules("auto", french).toString());
        String hexagon = "Throughout the Hexagon, schools closed, selon les syndicats et les parents.";
        assertTrue(packRules("auto", hexagon).contains("fr-en.the-hexagon"), packRules("auto", hexagon).toString());
        assertFalse(packRules("none", hexagon).contains("fr-en.the-hexagon"));
    }

    @Test
    void aBoundRuleRunsForItsSourcesOrWhenSharedAndUnknown() {
        SourceBoundRule shared = new SourceBoundRule(null, List.of("es", "pt"), d -> null);
        SourceBoundRule single = new SourceBoundRule(null, List.of("es"), d -> null);
        assertTrue(shared.runsFor(null));
        assertTrue(shared.runsFor("pt-BR"));
        assertFalse(shared.runsFor("fr"));
        assertFalse(single.runsFor(null));
        assertTrue(single.runsFor("es"));
    }
}
