package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** English words a Spanish, French or German document shows to be its terms are no leftovers. */
class DocumentTermLeftoversTest {
    private static List<String> leftovers(String target, String markdown) {
        return Checkers.check(Checkers.get(target, "en", false), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().startsWith("mt.source-leftover"))
                .map(f -> markdown.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void aWordTheDocumentShowsInCodeIsATerm() {
        String prose = "Si el rollout falla, revise el registro del clúster.\n";
        assertEquals(List.of("rollout"), leftovers("es", prose));
        assertEquals(List.of(), leftovers("es", prose + """

                Para seguirlo, ejecute:

                ```sh
                kubectl rollout status deploy/web
                ```
                """));
    }

    @Test
    void aDefinedWordIsATerm() {
        assertEquals(List.of("shim"), leftovers("fr", "Chaque appel passe par le shim de la bibliothèque.\n"));
        assertEquals(List.of(), leftovers("fr", """
                Chaque appel passe par le shim de la bibliothèque.

                Un adaptateur (en anglais : shim) traduit les anciens appels.
                """));
    }

    @Test
    void aWordATechnicalDocumentUsesAloneInSeveralSentencesIsATerm() {
        String text = """
                El servidor comprueba cada rollout. Un rollout vacío es válido.

                Envíe el rollout con `curl`.
                """;
        assertEquals(List.of(), leftovers("es", text));
        assertEquals(List.of("rollout", "rollout", "rollout"), leftovers("es", text.replace("`curl`", "la consola")),
                "without code the text shows no subject that has terms");
    }

    @Test
    void aSentenceLeftInEnglishIsStillALeftover() {
        String text = """
                Ejecute `kubectl rollout status` para seguir el despliegue.

                The rollout status command waits until every replica is ready.
                """;
        assertEquals(List.of("The rollout status command waits until every replica is ready"),
                leftovers("es", text));
    }
}
