package io.mtlint.bilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance: an XLIFF 1.2 file with a lowercase name, a dropped tag, an untranslated unit and a
 * changed number reports each on its line with its category, and nothing on the clean unit or on source text; a
 * PO entry with a dropped placeholder reports a markup mismatch; fixing changes only the target span.
 */
class BilingualAcceptanceTest {
    static final String XLIFF = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
            + "  <file source-language=\"es\" target-language=\"en-US\" datatype=\"plaintext\" original=\"news.txt\">\r\n"
            + "    <body>\r\n"
            + "      <trans-unit id=\"1\">\r\n"
            + "        <source>Las conversaciones en kiev terminaron.</source>\r\n"
            + "        <target>The talks in kyiv ended.</target>\r\n"
            + "      </trans-unit>\r\n"
            + "      <trans-unit id=\"2\">\r\n"
            + "        <source>Lea el <g id=\"1\">informe completo</g> aquí.</source>\r\n"
            + "        <target>Read the full report here.</target>\r\n"
            + "      </trans-unit>\r\n"
            + "      <trans-unit id=\"3\">\r\n"
            + "        <source>Gracias por su paciencia.</source>\r\n"
            + "        <target>Gracias por su paciencia.</target>\r\n"
            + "      </trans-unit>\r\n"
            + "      <trans-unit id=\"4\">\r\n"
            + "        <source>El presupuesto es de 1.500 millones de euros.</source>\r\n"
            + "        <target>The budget is 1,600 million euros.</target>\r\n"
            + "      </trans-unit>\r\n"
            + "      <trans-unit id=\"5\">\r\n"
            + "        <source>La reunión de Bruselas empieza a las 10.30.</source>\r\n"
            + "        <target>The meeting in Brussels starts at 10.30.</target>\r\n"
            + "      </trans-unit>\r\n"
            + "    </body>\r\n"
            + "  </file>\r\n"
            + "</xliff>\r\n";

    static final String PO = "msgid \"\"\n"
            + "msgstr \"\"\n"
            + "\"Language: fr\\n\"\n"
            + "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
            + "\n"
            + "#, c-format\n"
            + "msgid \"Cannot open file %s\"\n"
            + "msgstr \"Impossible d'ouvrir le fichier\"\n"
            + "\n"
            + "msgid \"Close\"\n"
            + "msgstr \"Fermer\"\n";

    @TempDir
    Path dir;

    private record Reported(String category, int line, String unit) {
    }

    private List<Reported> check(Path file, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "-f", "json", "--no-languagetool"));
        args.addAll(List.of(options));
        args.add(file.toString());
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        assertEquals("", r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<Reported> out = new ArrayList<>();
        for (JsonNode f : root.path("files").get(0).path("findings")) {
            out.add(new Reported(f.path("category").asText(), f.path("line").asInt(), f.path("unit").asText()));
        }
        return out;
    }

    @Test
    void xliffReportsEachArtefactOnItsLineAndNothingElse() throws Exception {
        Path file = dir.resolve("news.xlf");
        Files.writeString(file, XLIFF);
        assertEquals(List.of(new Reported("proper-noun-case", 7, "1"), new Reported("markup-mismatch", 11, "2"),
                new Reported("untranslated", 15, "3"), new Reported("number-mismatch", 19, "4")), check(file));
    }

    @Test
    void poReportsADroppedPlaceholder() throws Exception {
        Path file = dir.resolve("fr.po");
        Files.writeString(file, PO);
        assertEquals(List.of(new Reported("markup-mismatch", 8, "Cannot open file %s")), check(file));
    }

    @Test
    void fixChangesOnlyTheTargetSpan() throws Exception {
        Path file = dir.resolve("news.xlf");
        Files.writeString(file, XLIFF);
        Cli.Result r = Cli.run("fix", "--no-languagetool", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] expected = XLIFF.replace("talks in kyiv", "talks in Kyiv").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, Files.readAllBytes(file));
        Cli.Result again = Cli.run("fix", "--no-languagetool", file.toString());
        assertTrue(again.out().contains("Nothing to fix."), again.out());
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void sarifNamesEachFindingsUnitAndStaysValid() throws Exception {
        Path file = dir.resolve("news.xlf");
        Files.writeString(file, XLIFF);
        Cli.Result r = Cli.run("check", "-f", "sarif", "--no-languagetool", file.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        com.networknt.schema.JsonSchema schema;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                    .getSchema(in);
        }
        assertEquals(java.util.Set.of(), schema.validate(sarif));
        List<String> units = new ArrayList<>();
        for (JsonNode result : sarif.path("runs").get(0).path("results")) {
            units.add(result.path("locations").get(0).path("logicalLocations").get(0).path("name").asText());
        }
        assertEquals(List.of("1", "2", "3", "4"), units);
    }

    @Test
    void theCacheAndBaselinesWorkOnBilingualFiles() throws Exception {
        Path file = dir.resolve("news.xlf");
        Files.writeString(file, XLIFF);
        Path cache = dir.resolve("cache");
        Cli.Result first = Cli.run("check", "-f", "json", "--no-languagetool", "--cache-dir", cache.toString(),
                file.toString());
        Cli.Result cached = Cli.run("check", "-f", "json", "--no-languagetool", "--cache-dir", cache.toString(),
                file.toString());
        assertTrue(Files.list(cache).findAny().isPresent(), "results were cached");
        assertEquals(first.out(), cached.out(), "a cached result reports the same findings and units");
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, Cli.run("baseline", "--no-languagetool", baseline.toString(), file.toString()).exitCode());
        Files.writeString(file, XLIFF.replace("Brussels starts", "Brussels begins"));
        Cli.Result r = Cli.run("check", "-f", "json", "--no-languagetool", "--baseline", baseline.toString(),
                file.toString());
        assertEquals(0, r.exitCode(), "the known findings are in the baseline: " + r.out());
    }

    @Test
    void theCommandLineLanguagesOverrideTheFilesOwn() throws Exception {
        Path file = dir.resolve("news.xlf");
        Files.writeString(file, XLIFF.replace("target-language=\"en-US\"", "target-language=\"ja\""));
        Cli.Result r = Cli.run("check", "--no-languagetool", file.toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("news.xlf: declares es\u2192ja: unsupported target language 'ja'"), r.err());
        assertEquals(4, check(file, "--lang", "en-US").size());
    }

    @Test
    void aFileThatNamesNoTargetIsNotCheckedAsItsOwnSource() throws Exception {
        Path file = dir.resolve("greeting.xlf");
        Files.writeString(file, "<xliff version=\"1.2\"><file source-language=\"en\"><body><trans-unit id=\"1\">"
                + "<source>Hi there.</source><target>Hola  amigo.</target></trans-unit></body></file></xliff>\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", file.toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("greeting.xlf: names no target language, and its source language en cannot be "
                + "its target (declare the target in the file, name it with --lang, or set lang: in .mtlint.yaml)"),
                r.err());
        assertEquals(1, check(file, "--lang", "es").size());
        Path named = Files.copy(file, dir.resolve("greeting.es.xlf"));
        assertEquals(1, check(named).size(), "the file name names the target");
        Path extracted = dir.resolve("messages.xlf");
        Files.writeString(extracted, "<xliff version=\"1.2\"><file source-language=\"en-US\"><body><trans-unit "
                + "id=\"1\"><source>Hi there.</source></trans-unit></body></file></xliff>\n");
        assertEquals(1, check(extracted).size(), "an extracted file, not yet translated, is checked: its one "
                + "finding is the missing translation");
    }
}
