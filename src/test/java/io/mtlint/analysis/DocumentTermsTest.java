package io.mtlint.analysis;

import io.mtlint.format.DocumentLoader;
import io.mtlint.lang.LanguagePair;
import io.mtlint.lang.Vocabulary;
import io.mtlint.model.Format;
import io.mtlint.translate.Translator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DocumentTermsTest {
    private static final RuleEnvironment SPANISH = environment("es");
    private static final RuleEnvironment FRENCH = environment("fr");
    private static final RuleEnvironment GERMAN = environment("de");

    private static RuleEnvironment environment(String target) {
        return new RuleEnvironment(LanguagePair.of(target, "en"), new Vocabulary(), source -> Translator.NONE);
    }

    private static DocumentTerms terms(RuleEnvironment env, String markdown) {
        return DocumentTerms.of(env, DocumentLoader.fromText("test.md", markdown, Format.MARKDOWN));
    }

    @Test
    void wordsOfInlineCodeAndCodeBlocksAreTerms() {
        DocumentTerms terms = terms(SPANISH, """
                Ejecute `kubectl rollout undo` si algo sale mal.

                ```sh
                git stash pop
                ```

                    npm run lint --fix
                """);
        assertEquals(DocumentTerms.Evidence.CODE, terms.evidence("rollout"));
        assertEquals(DocumentTerms.Evidence.CODE, terms.evidence("Stash"));
        assertEquals(DocumentTerms.Evidence.CODE, terms.evidence("lint"));
        assertNull(terms.evidence("sale"));
    }

    @Test
    void identifiersWithUnderscoresOrDigitsGiveNoWords() {
        DocumentTerms terms = terms(SPANISH, "Defina `display_name` y `utf8` en la tabla de opciones.\n");
        assertNull(terms.evidence("display"));
        assertNull(terms.evidence("name"));
        assertNull(terms.evidence("utf"));
    }

    @Test
    void theIndentedBodyOfAnAdmonitionIsProseNotCode() {
        DocumentTerms terms = terms(SPANISH, """
                !!! note "Nota"

                    Después del rollout, compruebe el estado.
                """);
        assertNull(terms.evidence("rollout"));
    }

    @Test
    void aBracketNamingTheSourceLanguageDefinesItsWords() {
        assertEquals(DocumentTerms.Evidence.DEFINED,
                terms(SPANISH, "El adaptador (en inglés, *shim*) traduce las llamadas.\n").evidence("shim"));
        assertEquals(DocumentTerms.Evidence.DEFINED,
                terms(SPANISH, "La carga útil (del inglés payload) viaja cifrada.\n").evidence("payload"));
        assertEquals(DocumentTerms.Evidence.DEFINED,
                terms(GERMAN, "Die Nutzlast (engl. Payload) wird verschlüsselt.\n").evidence("payload"));
        assertEquals(DocumentTerms.Evidence.DEFINED,
                terms(FRENCH, "Le correctif (en anglais : hotfix) part le soir même.\n").evidence("hotfix"));
        assertEquals(DocumentTerms.Evidence.DEFINED,
                terms(GERMAN, "Der Rollout (aus dem Englischen) dauert zwei Tage.\n").evidence("rollout"));
        assertNull(terms(SPANISH, "El adaptador (véase abajo) traduce las llamadas.\n").evidence("adaptador"));
    }

    @Test
    void aTechnicalDocumentGlossesTermsInBracketsAfterTheirTranslation() {
        String gloss = "La carga útil (payload) viaja cifrada.\n";
        assertEquals(DocumentTerms.Evidence.DEFINED, terms(SPANISH, gloss + "\nUse `curl` para enviarla.\n")
                .evidence("payload"));
        assertNull(terms(SPANISH, gloss).evidence("payload"), "prose without code: a bracket may be a leftover");
        assertNull(terms(SPANISH, "La carga útil (see below) viaja cifrada.\n\nUse `curl`.\n").evidence("below"));
    }

    @Test
    void aTechnicalDocumentUsingAWordAloneInThreeSentencesHasItAsATerm() {
        String three = """
                El payload nunca pasa de un megabyte. Un payload vacío es válido.

                Compruebe el payload antes de enviarlo con `curl`.
                """;
        assertEquals(DocumentTerms.Evidence.RECURRING, terms(SPANISH, three).evidence("payload"));
        assertNull(terms(SPANISH, three.replace("`curl`", "la consola")).evidence("payload"),
                "a news text repeating a leftover shows no term");
        assertNull(terms(SPANISH, """
                El payload nunca pasa de un megabyte. Un payload vacío es válido.

                Use `curl` para enviarlo.
                """).evidence("payload"), "two sentences are not enough");
    }

    @Test
    void usesInsideALongerSourceLanguageRunDoNotCount() {
        DocumentTerms terms = terms(SPANISH, """
                El payload nunca pasa de un megabyte.

                The payload must never be sent without a valid signature.

                Always check the payload before you send it to the server.

                Use `curl` para enviarlo.
                """);
        assertNull(terms.evidence("payload"));
    }

    @Test
    void formsOfOneLemmaCountTogetherAndAFormOfACodeWordIsATerm() {
        String snapshots = """
                El snapshot tarda un minuto. Los snapshots quedan en el historial.

                Borre los snapshots viejos con `restic forget`.
                """;
        DocumentTerms terms = terms(SPANISH, snapshots);
        assertEquals(DocumentTerms.Evidence.RECURRING, terms.evidence("snapshot"));
        assertEquals(DocumentTerms.Evidence.RECURRING, terms.evidence("snapshots"));
        assertNull(terms(SPANISH, snapshots.replace("El snapshot tarda", "La copia tarda")).evidence("snapshots"),
                "two sentences are not enough");
        assertEquals(DocumentTerms.Evidence.CODE, terms(FRENCH, """
                Donnez un `id` unique à chaque champ, puis regroupez les ids dans une liste.
                """).evidence("ids"));
    }
}
