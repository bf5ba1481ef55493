package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Initialisms in another language's form, on sentences written for this test. Each row is target | source |
 * text | the flagged initialisms, separated by semicolons (empty: none).
 */
class ForeignInitialismsTest {
    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "es | en | El FMI y la NATO discutieron el presupuesto de defensa. | NATO",
            "fr | en | Le WHO a publié un rapport sur la grippe aviaire. | WHO",
            "en-US | fr | The country's PIB fell again while the TVA rose. | PIB;TVA",
            "de | ru | Einheiten der VSU zogen sich aus dem Dorf zurück. | VSU",
            "en-US | ru | The PVO shot down four drones over the city overnight. | PVO",
            "en-US | de | Engineers at the firm trained a new KI model for hospitals. | KI",
            "it | en | Il GDP della regione è cresciuto, secondo la BCE. | GDP",
            // Shared forms, forms the document introduces, names, capitals, code and currency signs.
            "de | en | Die NATO und die EU beraten mit der WHO über die Impfstoffe. |",
            "en-US | es | The UN and NATO met officials of the WHO in Geneva. |",
            "es | en | El Partido Comunista de China (CPC) celebró su congreso; el CPC eligió a su líder. |",
            "es | en | ÚLTIMA HORA: NATO REUNIDA EN BRUSELAS |",
            "fr | en | Elle utilise Meta AI et Google AI chaque jour pour écrire. |",
            "fr | en | Nous branchons Azure AI sur le serveur de fichiers. |",
            "de | en | Der Dienst Azure AI Speech wandelt Sprache in Text um. |",
            "es | en | El panel de Vertex AI muestra cada modelo. |",
            "fr | en | Le modèle AI reconnaît les visages sur chaque photo. | AI",
            "de | en | Die Verwendung von AI spart den Teams viel Zeit. | AI",
            "fr | en | Vision AI pour les photos de vacances. | AI",
            "es | en | La obra costó US$ 5 millones y el gobierno de EU impuso aranceles. |",
    })
    void initialisms(String target, String source, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).toList();
        List<String> found = Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals(ForeignInitialisms.INITIALISM.id()))
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(want, found);
    }

    @Test
    void aNameTheSourcePageWritesTheSameWayIsKept(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("README.md"), """
                # Team Radar AI

                Ask the AI about a photo, or open [AI Atlas](https://example.org/play).
                """);
        Files.writeString(repo.resolve("README.de.md"), """
                # Team Radar AI

                Frag die AI nach einem Foto, oder öffne [AI Atlas](https://example.org/play).
                """);
        Cli.Result r = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--no-cache", "README.de.md");
        assertEquals(1, r.out().split("mt.source-leftover.initialism", -1).length - 1, r.out());
        assertTrue(r.out().contains("README.de.md:3:10: "), r.out());
    }

    @ParameterizedTest(name = "markdown code: {0}")
    @CsvSource(delimiter = '|', value = {"Ejecute `NATO --list` para ver la OTAN."})
    void codeIsNotProse(String text) {
        assertEquals(List.of(), Checkers.check(Checkers.get("es", "en", false), text, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals(ForeignInitialisms.INITIALISM.id())).toList());
    }
}
