package io.mtlint.format;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Formulas in plain text are no prose; the prose around them, and amounts in dollars, still are. */
class LatexMathTest {
    @Test
    void aFormulaIsNotCheckedButTheSentenceAroundItIs() {
        String text = "Según la regla \\[ \\neg (A \\lor B) = \\neg A \\land \\neg B \\] para todo conjunto , "
                + "y \\( x_1 , x_2 \\) cumple $f(x) = x^2 , x > 0$ también .\n";
        assertEquals(List.of(" ,", " ."), Checkers.flagged("es", "en", text, "mt.punctuation"));
    }

    @Test
    void amountsInDollarsStayProse() {
        String text = "Tickets cost $5 and $10 , and a pass costs $25 .\n";
        assertEquals(List.of(" ,", " ."), Checkers.flagged("en", "es", text, "mt.punctuation"));
    }
}
