package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bracketed asides glued to the words around them, from any source, on sentences written for it. */
class BracketGluingTest {
    private static final String CHECK = "mt.spacing.outside-bracket";

    private static List<String> flagged(String source, String target, String text, Format format) {
        return Checkers.check(Checkers.get(target, source, false), text, format).findings().stream()
                .filter(f -> f.ruleId().equals(CHECK)).map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aWordGluedAfterAnInitialismInBracketsLostItsSpace() {
        assertEquals(List.of("(SPD)leader"), flagged("de", "en", "The party (SPD)leader spoke on Friday.", Format.TEXT));
        assertEquals(List.of("(R-TX)said"), flagged("es", "en", "Senator Cruz (R-TX)said no.", Format.TEXT));
    }

    @Test
    void aWordGluedToAnAsideThatHoldsAPhraseLostItsSpace() {
        assertEquals(List.of("Ethereum("), flagged("en", "es", "Ethereum(conocido como ETH) subió ayer.", Format.TEXT));
        assertEquals(List.of("(en el norte del país)donde"),
                flagged("en", "es", "Viven en Salta (en el norte del país)donde nació.", Format.TEXT));
    }

    @Test
    void anInitialismAListOrAYearGluedToItsBracketLostTheSpace() {
        assertEquals(List.of("Fund("), flagged("es", "en", "The Monetary Fund(IMF) cut its forecast.", Format.TEXT));
        assertEquals(List.of("(Ana, Luis and Eva)took"),
                flagged("es", "en", "The winners (Ana, Luis and Eva)took the stage.", Format.TEXT));
        assertEquals(List.of("(2018)showed"), flagged("es", "en", "A study by Ortiz (2018)showed the gap.", Format.TEXT));
        assertEquals(List.of("(OTAN)a"), flagged("en", "fr", "L'Alliance atlantique (OTAN)a répondu.", Format.TEXT));
        assertEquals(List.of("usine("), flagged("en", "fr", "L'usine(ouverte en 2001) ferme.", Format.TEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Choose the option(s) you need and call max(a, b) once.",
            "They (re)built the bridge that (s)he designed.",
            "The formula \\neg(A \\land B) is false, and f(x)=2 too.",
            "The plan (see below) works, and the annex (2023) too.",
            "Windows(R) and Acme(TM) ship today, and f(ID) returns g(x, y).",
    })
    void callsEndingsAndNotationsStayClean(String text) {
        assertEquals(List.of(), flagged("es", "en", text, Format.TEXT));
    }

    @Test
    void codeStaysClean() {
        String page = "Run `cache(more data)here` and keep it.\n\n```\nprint(the value)now\n```\n";
        assertEquals(List.of(), flagged("es", "en", page, Format.MARKDOWN));
    }
}
