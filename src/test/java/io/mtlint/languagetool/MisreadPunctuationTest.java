package io.mtlint.languagetool;

import io.mtlint.model.Category;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LanguageTool's punctuation advice that misreads a face as punctuation is dropped; the rest stays. */
class MisreadPunctuationTest {
    private static List<Finding> spanish(String text) {
        return Checkers.check(Checkers.get("es", "en", true), text, Format.TEXT).findings();
    }

    @Test
    void theSpaceBeforeAFaceIsNoStraySpace() {
        List<Finding> findings = spanish("Hoy se ha vuelto a estropear la lavadora :(\n\nMañana llamo al técnico :)\n");
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().startsWith("lt.") && f.category() != Category.SPELLING),
                findings.toString());
    }

    @Test
    void aSpaceBeforeAColonOfAListIsStillReported() {
        List<Finding> findings = spanish("Compramos tres cosas : pan, leche y huevos.\n");
        int space = "Compramos tres cosas".length();
        assertTrue(findings.stream().anyMatch(f -> f.start() <= space && space < f.end()), findings.toString());
    }

    @Test
    void anEditorialExclamationOrQuestionNeedsNoOpeningMark() {
        List<Finding> findings = spanish("Hicimos dos despegues, tres aterrizajes sin ayuda (!) y una vuelta completa.\n\n"
                + "El pintor nació en 1790 (?) en un pueblo de la costa.\n");
        assertTrue(findings.stream().noneMatch(f -> f.category() == Category.TYPOGRAPHY), findings.toString());
    }

    @Test
    void theStopsOfADottedNamespaceNeedNoSpace() {
        String text = "La biblioteca Contoso.Extensions.Billing genera las facturas del mes.\n";
        List<Finding> findings = spanish(text);
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().startsWith("lt.")
                && text.substring(f.start(), f.end()).contains(".")), findings.toString());
        String glued = "El puerto cerró a las diez.Los barcos esperaron fuera toda la noche.\n";
        assertFalse(spanish(glued).stream().noneMatch(f -> glued.substring(f.start(), f.end()).contains(".")));
    }

    @Test
    void anOpeningMarkBeforeAnAsideOnlyCountsForTheMarkItOpens() {
        String text = "Llegamos tarde (!) y cansados.";
        assertTrue(MisreadPunctuation.opensBeforeAside(text, 0, 8, List.of("\u00a1Llegamos")));
        assertFalse(MisreadPunctuation.opensBeforeAside(text, 0, 8, List.of("\u00bfLlegamos")));
        assertFalse(MisreadPunctuation.opensBeforeAside("Llegamos tarde y cansados!", 0, 8, List.of("\u00a1Llegamos")));
        assertFalse(MisreadPunctuation.opensBeforeAside(text, 0, 8, List.of("Llegaremos")));
    }

    @Test
    void aFaceIsFoundInsideTheMatchedSpan() {
        assertTrue(MisreadPunctuation.coversFace("qué pena :(", 8, 10));
        assertTrue(MisreadPunctuation.coversFace("qué pena :-D hoy", 4, 10));
        assertFalse(MisreadPunctuation.coversFace("qué pena : dos", 8, 10));
        assertFalse(MisreadPunctuation.coversFace("hora: 10:30", 0, 11));
    }
}
