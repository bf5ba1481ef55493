package io.mtlint.detectors.leftover;

import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Markup tags, link anchors and cashtags quoted in prose ("<section>", "(#contact)", "$cheap") are code, kept in English on purpose,
 * and no name in lowercase; an English aside in brackets is still a leftover.
 */
class MarkupIsNoLeftoverTest {
    private static List<String> flagged(String text) {
        return Checkers.flagged("de", "en", text, SourceLeftoverRule.ID, ProperNounCaseRule.ID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Schreibe jeden Abschnitt in ein eigenes <section> und setze <summary data=kurz> davor.|",
            "Der Link springt zum Abschnitt (#contact) oder zur Seite (siehe about.html#team).|",
            "Danach folgt <inhalt für=teil2> und das schließende </inhalt>.|",
            "Ich kaufe $cheap erst, wenn der Kurs unter 3,20 fällt.|",
            "Der Autor schrieb, dass er sich (heavily delayed) verspätet habe.|(heavily delayed)",
    })
    void markupIsCode(String text, String expected) {
        assertEquals(Checkers.spans(expected), flagged(text));
    }
}
