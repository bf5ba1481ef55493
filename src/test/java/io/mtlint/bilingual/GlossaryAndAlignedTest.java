package io.mtlint.bilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.format.GlossaryReader;
import io.mtlint.lang.Glossary;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glossaries (TBX, CSV) for the terminology rule, and the two-file aligned mode. */
class GlossaryAndAlignedTest {
    @TempDir
    Path dir;

    private static final String PO = "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
            + "msgid \"Delete the file\"\nmsgstr \"Effacer le document\"\n\n"
            + "msgid \"Open the file\"\nmsgstr \"Ouvrir le fichier\"\n";

    private List<String> rulesOf(Cli.Result r) throws Exception {
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> out = new ArrayList<>();
        for (JsonNode f : root.path("files").get(0).path("findings")) {
            out.add(f.path("rule").asText() + "@" + f.path("line").asInt());
        }
        return out;
    }

    @Test
    void readsTbxAndCsvGlossaries() throws Exception {
        Path tbx = dir.resolve("terms.tbx");
        Files.writeString(tbx, "<martif type=\"TBX\"><text><body><termEntry id=\"1\">"
                + "<langSet xml:lang=\"en\"><tig><term>file</term></tig></langSet>"
                + "<langSet xml:lang=\"fr-FR\"><tig><term>fichier</term></tig><ntig><termGrp><term>document</term>"
                + "</termGrp></ntig></langSet></termEntry></body></text></martif>");
        Glossary g = GlossaryReader.read(tbx);
        assertEquals(List.of(new Glossary.Entry(List.of("file"), List.of("fichier", "document"))),
                g.entries("en-US", "fr"));
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "en,fr\n\"file, data\",fichier|document\n");
        assertEquals(List.of(new Glossary.Entry(List.of("file, data"), List.of("fichier", "document"))),
                GlossaryReader.read(csv).entries("en", "fr"));
        Path plain = dir.resolve("terms.tsv");
        Files.writeString(plain, "file\tfichier\n");
        assertEquals(1, GlossaryReader.read(plain).entries("en", "de").size(), "unnamed columns fit any pair");
    }

    @Test
    void aTermTranslatedOtherwiseIsReported() throws Exception {
        Path po = dir.resolve("fr.po");
        Files.writeString(po, PO);
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "en,fr\nfile,fichier\n");
        Cli.Result r = Cli.run("check", "-f", "json", "--no-languagetool", "--glossary", csv.toString(), po.toString());
        assertEquals(List.of("mt.terminology@5"), rulesOf(r));
        Cli.Result without = Cli.run("check", "-f", "json", "--no-languagetool", po.toString());
        assertEquals(List.of(), rulesOf(without));
    }

    @Test
    void aMissingGlossaryIsAUsageError() throws Exception {
        Path po = dir.resolve("fr.po");
        Files.writeString(po, PO);
        Cli.Result r = Cli.run("check", "--no-languagetool", "--glossary", dir.resolve("none.csv").toString(),
                po.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("none.csv: glossary not found"), r.err());
    }

    @Test
    void alignedModeChecksATranslationLineByLineAndFixesOnlyIt() throws Exception {
        Path source = dir.resolve("source.txt");
        Files.writeString(source, "Las conversaciones en Kiev terminaron.\r\n\r\nEl coste es de 1.500 euros.\r\n");
        Path target = dir.resolve("target.txt");
        String text = "The talks in kyiv ended.\r\n\r\nThe cost is 1,600 euros.\r\n";
        Files.writeString(target, text);
        Cli.Result r = Cli.run("check", "-f", "json", "--no-languagetool", "--lang", "en-US", "--source", "es",
                "--aligned-source", source.toString(), target.toString());
        assertEquals(List.of("mt.proper-noun-case.known-name@1", "mt.number-mismatch@3"), rulesOf(r));
        JsonNode unit = new ObjectMapper().readTree(r.out()).path("files").get(0).path("findings").get(1).path("unit");
        assertEquals("3", unit.asText());
        Cli.Result fixed = Cli.run("fix", "--no-languagetool", "--lang", "en-US", "--source", "es",
                "--aligned-source", source.toString(), target.toString());
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertEquals(text.replace("kyiv", "Kyiv"), Files.readString(target));
    }
}
