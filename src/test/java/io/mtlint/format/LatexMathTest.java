package io.mtlint.format;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Formulas in plain text and Markdown are no prose; the prose around them, and amounts in dollars, still are. */
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

    @Test
    void aFormulaInMarkdownIsNotCheckedButTheSentenceAroundItIs() {
        String markdown = "# Leyes\n\nSegún la regla $$ \\neg (A \\lor B) = \\neg A \\land \\neg B $$ para todo conjunto , "
                + "y \\( x_1 , x_2 \\) cumple $f(x) = x^2 , x > 0$ también .\n";
        assertEquals(List.of(" ,", " ."), Checkers.flaggedInMarkdown("es", "en", markdown, "mt.punctuation"));
    }

    @Test
    void formulasInsideCodeStayCode() {
        String markdown = "Run `echo $A$B` when $x$ holds.\n\n```sh\nexport P=$HOME$PATH\n```\n\n    y = $a$\n";
        String prepared = DocsSiteMarkup.prepare(markdown).text();
        assertEquals(markdown.replace("$x$", "   "), prepared);
    }
}
