package io.mtlint.detectors;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Number and quotation conventions read from the target's region: what one region writes is clean there and still
 * flagged where the language's other regions write otherwise. The sentences were written for this test.
 */
class RegionalConventionsTest {
    private static final String NUMBERS = "mt.number-format";
    private static final String QUOTES = "mt.quotes";

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // Mexico and Latin America write English's marks; Spain and Argentina do not.
            "es-MX|en|La alcaldía invertirá 48,500.75 pesos en la biblioteca del barrio.|",
            "es|en|La alcaldía invertirá 48,500.75 pesos en la biblioteca del barrio.|48,500.75",
            "es-AR|en|La alcaldía invertirá 48,500.75 pesos en la biblioteca del barrio.|48,500.75",
            "es-419|en|Los productores vendieron 12,300 toneladas de café en la temporada.|",
            "es|en|Los productores vendieron 12,300 toneladas de café en la temporada.|12,300",
            "es_mx|en|El desempleo bajó a 3.2 por ciento en el trimestre.|",
            "es|en|El desempleo bajó a 3.2 por ciento en el trimestre.|3.2",
            "es-CO|en|El desempleo bajó a 3.2 por ciento en el trimestre.|3.2",
            // From a source with a decimal comma, Mexico's target flags what Spain's accepts.
            "es-MX|de|Las exportaciones de acero crecieron un 4,7 % en el año.|4,7 %",
            "es|de|Las exportaciones de acero crecieron un 4,7 % en el año.|",
            // Switzerland groups with an apostrophe, typographic or typed, and keeps the decimal comma in text.
            "de-CH|en|Die Sanierung kostet 1’250 Franken pro Meter und 2'400 Franken für das Geländer.|",
            "de|en|Die Sanierung kostet 1’250 Franken pro Meter und 2'400 Franken für das Geländer.|",
            "de-CH|en|Die Teuerung lag im Herbst bei 1,9 Prozent.|",
            "de-CH|en|Die Teuerung lag im Herbst bei 1.9 Prozent.|1.9",
            "de-CH|en|Knapp 4,800 Pendler nutzen die neue Linie.|4,800",
            // South Africa's press writes a decimal point, whatever CLDR's official comma.
            "en-ZA|es|The rand lost 2,5 % against the dollar in a week.|2,5 %",
            "en-ZA|es-MX|The rand lost 2.5% against the dollar in a week.|",
    })
    void numbersFollowTheTargetsRegion(String target, String source, String text, String flagged) {
        assertEquals(Checkers.spans(flagged), Checkers.flagged(target, source, text, NUMBERS));
    }

    @Test
    void theSourcesRegionDecidesWhatItsMarksMean() {
        String text = "Officials counted 1.250 new cases in the northern districts.";
        assertEquals(List.of("1.250"), Checkers.flagged("en", "es", text, NUMBERS));
        assertEquals(List.of(), Checkers.flagged("en", "es-MX", text, NUMBERS), "Mexico's 1.250 is a decimal");
    }

    @Test
    void aFixWritesTheRegionsGrouping() {
        String text = "Knapp 4,800 Pendler nutzen die neue Linie.";
        assertEquals("4\u2019800", fix("de-CH", text));
        assertEquals("4.800", fix("de", text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Outward guillemets are Swiss and agency copy's (dpa); Germany's books turn them inwards. Both pass in
            // German; French writes them outwards only.
            "de-CH|«Wir bauen die Brücke fertig», sagte die Gemeindepräsidentin.|",
            "de|«Wir bauen die Brücke fertig», sagte die Gemeindepräsidentin.|",
            "de|»Wir bauen die Brücke fertig«, sagte die Bürgermeisterin.|",
            "fr|»Nous finirons le pont«, a dit la maire.|»",
            "de-CH|«Er nannte den Entscheid „voreilig“», sagte sie.|",
            "de-AT|„Wir bauen die Brücke fertig“, sagte die Bürgermeisterin.|",
            // Latin America and Spain both write curly and straight quotes; a foreign pair is converted to each one's own.
            "es-MX|El vocero aseguró que “no habrá retrasos” en la obra.|",
            "es|El vocero aseguró que “no habrá retrasos” en la obra.|",
            "es-MX|El vocero aseguró que „no habrá retrasos“ en la obra.|„",
            "pt-BR|O porta-voz garantiu que „não haverá atrasos“ na obra.|„",
    })
    void quotationMarksFollowTheTargetsRegion(String target, String text, String flagged) {
        assertEquals(Checkers.spans(flagged), Checkers.flagged(target, "en", text, QUOTES));
    }

    @Test
    void aForeignPairBecomesTheRegionsOwnMarks() {
        String text = "El vocero aseguró que „no habrá retrasos“ en la obra.";
        assertEquals("\u201cno habrá retrasos\u201d", applied("es-MX", text));
        assertEquals("\u00abno habrá retrasos\u00bb", applied("es", text));
        assertEquals("\u201cnão haverá atrasos\u201d",
                applied("pt-BR", "O porta-voz garantiu que „não haverá atrasos“ na obra."));
    }

    private static String fix(String target, String text) {
        Finding f = Checkers.check(Checkers.get(target, "en", false), text, Format.TEXT).findings().stream()
                .filter(x -> x.ruleId().startsWith(NUMBERS)).findFirst().orElseThrow();
        return f.fixes().get(0).edits().get(0).replacement();
    }

    /** The text between the first and last edit of the first quotation fix, once applied. */
    private static String applied(String target, String text) {
        Finding f = Checkers.check(Checkers.get(target, "en", false), text, Format.TEXT).findings().stream()
                .filter(x -> x.ruleId().startsWith(QUOTES)).findFirst().orElseThrow();
        var edits = f.fixes().get(0).edits();
        var first = edits.get(0);
        var last = edits.get(edits.size() - 1);
        return first.replacement() + text.substring(first.end(), last.start()) + last.replacement();
    }
}
