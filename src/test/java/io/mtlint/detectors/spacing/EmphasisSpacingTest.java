package io.mtlint.detectors.spacing;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spaces inside Markdown emphasis markers, on pages written for this test ("\n" separates lines). */
class EmphasisSpacingTest {
    private static List<Finding> findings(String target, String text, Format format) {
        return Checkers.check(Checkers.get(target, "en", false), text, format).findings().stream()
                .filter(f -> f.ruleId().equals(EmphasisSpacing.CHECK.id())).toList();
    }

    private static String marked(String target, String text) {
        String t = text.replace("\\n", "\n");
        return findings(target, t, Format.MARKDOWN).stream().map(f -> "[" + t.substring(f.start(), f.end()) + "]")
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es | ** Aviso:** la copia de seguridad borra los datos antiguos. | [** ]",
            "de | Öffne die Datei und wähle **Speichern unter ** im Menü. | [ **]",
            "fr | Cliquez sur * Paramètres* puis redémarrez l'application. | [* ]",
            "fr | Appuyez sur *Ctrl + C * pour copier la sélection. | [ *]",
            "es | La opción __ Modo oscuro__ cambia los colores. | [__ ]",
            "de | ** Wichtig ** ist der Schlüssel in der Datei. | [** ] [ **]",
            "en | Hold down **Shift** and press * Delete* to skip the bin. | [* ]",
    })
    void aSpaceInsideTheMarkersIsFound(String target, String text, String expected) {
        assertEquals(expected, marked(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Hold down **Shift** and press *Delete* to skip the bin.",
            "en | Multiply 3 * 4 * 5 and match files with *.md or src/**/*.java patterns.",
            "en | Set max_retry_count and the_other_value in the file; a*b is a product.",
            "en | Prices start at 20 euros* and rise in summer.\\n\\n*Taxes not included.",
            "en | Escape it: \\\\*\\\\* Note\\\\*\\\\* stays literal on purpose.",
            "en | Run `** not emphasis **` in the shell to see the stars.",
            "en | * First item\\n* Second item with a * star",
    })
    void emphasisCodeArithmeticAndListsStayClean(String target, String text) {
        assertEquals("", marked(target, text));
    }

    @Test
    void aTableCellIsProse() {
        assertEquals("[** ]", marked("es", "| Opción | Efecto |\\n|---|---|\\n| ** Caché** | Guarda las respuestas |"));
    }

    @Test
    void plainTextIsNotReadAsMarkdown() {
        assertEquals(List.of(), findings("en", "Press * Delete* to skip the bin.", Format.TEXT));
    }

    @Test
    void theFixRemovesTheSpaceAndNothingElse() {
        String text = "# Setup\r\n\r\nRestart the **computer ** now.\r\n\r\nThen open * Settings*.\r\n";
        List<Finding> found = findings("en", text, Format.MARKDOWN);
        assertEquals(2, found.size());
        String fixed = text;
        for (int i = found.size() - 1; i >= 0; i--) {
            fixed = found.get(i).fixes().get(0).applyTo(fixed);
        }
        assertEquals("# Setup\r\n\r\nRestart the **computer** now.\r\n\r\nThen open *Settings*.\r\n", fixed);
    }
}
