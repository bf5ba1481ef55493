package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words of markup written out in prose (a tag, an attribute, a link anchor in brackets) and stock tickers are
 * not English left in the translation; an English word in the same sentence still is.
 */
class MarkupAndTickersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "El servidor envía cada <summary> dentro de su <details> sin esperar al resto.|",
            "Basta con escribir <figure align=left> antes de la imagen.|",
            "Quiero que el apartado enlazado (#chapter4) se cargue primero.|",
            "Hoy compré más $spy y vendí todo lo que tenía de $bank antes del cierre.|",
            "El servidor envía cada <summary> dentro de su <details> sin esperar, which is weird.|which is weird",
    })
    void markupAndTickersAreNoLeftovers(String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged("es", "en", text, SourceLeftoverRule.ID));
    }
}
