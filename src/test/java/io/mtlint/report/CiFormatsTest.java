package io.mtlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mtlint.testing.Cli;
import io.mtlint.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI report formats: SARIF against the official schema, GitHub annotations, checkstyle XML, rdjson. */
class CiFormatsTest {
    @TempDir
    Path dir;

    private static final String SEED = Corpus.file("es-en/ukraine-allies-1000-days.txt").toString();

    @Test
    void sarifWithAnInputThatCouldNotBeCheckedValidates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path binary = java.nio.file.Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 0});
        Cli.Result r = Cli.run("check", "--format", "sarif", "--no-languagetool", "--no-translate", SEED,
                binary.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(sarif));
        JsonNode invocation = sarif.get("runs").get(0).get("invocations").get(0);
        assertEquals(false, invocation.get("executionSuccessful").asBoolean());
        assertEquals(1, invocation.get("toolExecutionNotifications").size());
        String text = invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText();
        assertTrue(text.startsWith(binary + ": ") && !text.startsWith(binary + ": " + binary), text);
        JsonNode rdjson = new ObjectMapper().readTree(Cli.run("check", "--format", "rdjson", "--no-languagetool",
                "--no-translate", binary.toString()).out());
        JsonNode unchecked = rdjson.get("diagnostics").get(0);
        assertEquals("ERROR", unchecked.get("severity").asText());
        assertEquals(binary.toString(), unchecked.get("location").get("path").asText());
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchemaAndCarriesRulesAndFixes() throws Exception {
        Cli.Result r = Cli.run("check", "--format", "sarif", "--no-languagetool", "--no-translate", SEED);
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertEquals(Set.of(), errors);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertTrue(rules.size() >= 6);
        JsonNode first = run.get("results").get(0);
        assertEquals("mt.proper-noun-case.known-name", first.get("ruleId").asText());
        assertEquals("mt.proper-noun-case.known-name", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
        JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(1, region.get("startLine").asInt());
        assertEquals(50, region.get("startColumn").asInt());
        assertEquals("Kyiv", first.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0)
                .get("insertedContent").get("text").asText());
        assertTrue(rules.get(first.get("ruleIndex").asInt()).get("help").get("text").asText().contains("Bad:"));
        boolean renamedCarriesItsOldIds = false;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("en.for-his-part")) {
                renamedCarriesItsOldIds = rule.get("deprecatedIds").toString().contains("es-en.for-his-part");
            }
        }
        assertTrue(renamedCarriesItsOldIds, "a renamed rule lists its former ids as SARIF deprecatedIds");
    }

    @Test
    void githubAnnotationsAreWorkflowCommands() {
        Cli.Result r = Cli.run("check", "--format", "github", "--no-languagetool", SEED);
        String first = r.out().lines().findFirst().orElseThrow();
        assertEquals("::error file=" + SEED + ",line=1,col=50,endLine=1,endColumn=54,title=mtlint mt.proper-noun-case.known-name::"
                + "Proper noun in lowercase: \u201ckyiv\u201d should be \u201cKyiv\u201d", first);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::warning ")), r.out());
    }

    @Test
    void checkstyleXmlParses() throws Exception {
        Path out = dir.resolve("report.xml");
        Cli.Result r = Cli.run("check", "--format", "checkstyle", "--output", out.toString(), "--no-languagetool", SEED);
        assertTrue(r.out().contains("problems"), "the summary still goes to the terminal: " + r.out());
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        NodeList errors = xml.getElementsByTagName("error");
        assertTrue(errors.getLength() >= 20);
        Element e = (Element) errors.item(0);
        assertEquals("1", e.getAttribute("line"));
        assertEquals("50", e.getAttribute("column"));
        assertEquals("mtlint.mt.proper-noun-case.known-name", e.getAttribute("source"));
    }

    @Test
    void rdjsonCountsUtf8BytesForColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("u.txt"), "Café owners said kyiv won.\n");
        JsonNode rd = new ObjectMapper().readTree(Cli.run("check", "--format", "rdjson", "--no-languagetool",
                "--rule", "mt.proper-noun-case", file.toString()).out());
        JsonNode d = rd.get("diagnostics").get(0);
        assertEquals("mt.proper-noun-case.known-name", d.get("code").get("value").asText());
        assertEquals(19, d.get("location").get("range").get("start").get("column").asInt(), "é is two bytes");
        assertEquals("Kyiv", d.get("suggestions").get(0).get("text").asText());
    }
}
