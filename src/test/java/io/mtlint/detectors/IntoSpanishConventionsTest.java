package io.mtlint.detectors;

import io.mtlint.check.CheckResult;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.detectors.numbers.NumberFormatRule;
import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * English conventions left in Spanish translations, on sentences written for this test: an amount with its
 * currency sign and English marks is one finding, a range of figures is one, offices are lowercase, and a closed
 * quotation takes a comma before its reporting verb. Native Spanish that shares the words stays clean.
 */
class IntoSpanishConventionsTest {
    private static List<String> found(String rule, String text) {
        CheckResult result = Checkers.check(Checkers.get("es", "en", false), text, Format.TEXT);
        return result.findings().stream().filter(f -> RuleIds.selects(rule, f.ruleId()))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    /** A German or French "Trillion" is a Spanish "trillón": only a short-scale source makes it a false friend. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Los bancos centrales compraron bonos por 4 trillones de dólares. | trillones",
            "de | Los bancos centrales compraron bonos por 4 trillones de dólares. |",
            "fr | Los bancos centrales compraron bonos por 4 trillones de dólares. |",
    })
    void trillonesIsAFalseFriendOnlyFromAShortScale(String source, String text, String expected) {
        CheckResult result = Checkers.check(Checkers.get("es", source, false), text, Format.TEXT);
        assertEquals(Checkers.spans(expected), result.findings().stream()
                .filter(f -> RuleIds.selects(NumberFormatRule.ID + ".calqued-magnitude", f.ruleId()))
                .map(f -> text.substring(f.start(), f.end())).toList());
    }

    @ParameterizedTest(name = "number: {0}")
    @CsvSource(delimiter = '|', value = {
            "El oro cerró la semana en $2,415 la onza. | $2,415",
            "La empresa pagó $3,250.50 por acción a sus socios. | $3,250.50",
            "El barril costó entre 71,250-73,900 pesos en la subasta. | 71,250-73,900",
            "Se vendieron 12,400 entradas y 3,100 abonos. | 12,400;3,100",
            "El gasto militar mundial rozó los 2,7 trillones de dólares. | trillones",
    })
    void oneFindingForEachEnglishFigure(String text, String expected) {
        assertEquals(List.of(expected.split(";")), found(NumberFormatRule.ID, text));
    }

    @ParameterizedTest(name = "number fix: {0}")
    @CsvSource(delimiter = '|', value = {
            "El oro cerró la semana en $2,415 la onza. | 2.415\u00a0$",
            "La empresa pagó $3,250.50 por acción. | 3.250,50\u00a0$",
            "El café subió a $4.75 la libra. | 4,75\u00a0$",
    })
    void theCurrencyFixConvertsTheMarks(String text, String expected) {
        CheckResult result = Checkers.check(Checkers.get("es", "en", false), text, Format.TEXT);
        String replacement = result.findings().stream().filter(f -> RuleIds.selects(NumberFormatRule.ID, f.ruleId()))
                .findFirst().orElseThrow().fixes().get(0).edits().get(0).replacement();
        assertEquals(expected, replacement);
    }

    @ParameterizedTest(name = "office: {0}")
    @CsvSource(delimiter = '|', value = {
            "La junta escuchó al Director Ejecutivo durante una hora. | Director Ejecutivo",
            "El informe del Secretario General llegó tarde al pleno. | Secretario General",
    })
    void officesCapitalisedAsInEnglishAreFound(String text, String expected) {
        assertEquals(List.of(expected), found(ProperNounCaseRule.ID, text));
    }

    @ParameterizedTest(name = "comma: {0}")
    @CsvSource(delimiter = '|', value = {
            "\u201c\u00a1Se acab\u00f3 la paciencia!\u201d clam\u00f3 la portavoz vecinal. | \u201d",
            "\u00ab\u00bfY qui\u00e9n paga la factura?\u00bb ella replic\u00f3 sin esperar. | \u00bb",
    })
    void aClosedQuotationNeedsACommaBeforeItsVerb(String text, String expected) {
        assertEquals(List.of(expected), found("es.comma-after-quotation", text));
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(strings = {
            "El oro cerró en 2.415 dólares la onza; el 2,5 % de los lingotes se vendió y la deuda roza el billón.",
            "El director ejecutivo y la secretaria general firmaron el acuerdo.",
            "\u00ab\u00a1Se acab\u00f3!\u00bb, clam\u00f3 la portavoz. La novela \u00abNada\u00bb cuenta una posguerra.",
    })
    void nativeSpanishStaysClean(String text) {
        assertEquals(List.of(), found(NumberFormatRule.ID, text));
        assertEquals(List.of(), found(ProperNounCaseRule.ID, text));
        assertEquals(List.of(), found("es.comma-after-quotation", text));
    }
}
