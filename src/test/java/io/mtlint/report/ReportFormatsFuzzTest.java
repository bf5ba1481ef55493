package io.mtlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mtlint.check.CheckResult;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;
import io.mtlint.model.TextEdit;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.RunResult;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.RandomText;
import io.mtlint.testing.TimeBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every report format stays valid whatever the articles hold: runs of hostile documents with findings whose
 * messages, paths and fixes carry control characters, escape sequences, XML and JSON metacharacters and duplicate
 * fixes, written by each reporter and validated (JSON parsers, the SARIF 2.1.0 schema, an XML parser, GitHub's
 * one-command-per-line format, and no control character on a terminal). Seeded and time-boxed.
 */
class ReportFormatsFuzzTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261205L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE = List.of("\u0007", "\u000B", "\u001b[31m", "\u001b]0;title\u0007",
            "\r", "\n", "\r\n", "\t", "\u0000", "\u007F", "\u0085", "\u009B", "<", ">", "&", "&amp;", "\"", "'",
            "]]>", "<!--", "%", "%0A", ":", ",", "::", "\\", "\u201ckyiv\u201d", "😀", "\uD800", "\uDC00",
            "\uFFFE", "\uFFFF", "\u202E", "word", " ", "Kyiv", "é");
    private static final List<String> RULES = List.of("mt.proper-noun-case", "mt.quotes", "mt.punctuation",
            "lt.MORFOLOGIK_RULE_EN_US", "lt.EN_A_VS_AN", "house.rule-1", "es-en.for-his-part");

    private static JsonSchema sarifSchema;
    private static RuleCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReportFormatsFuzzTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        catalog = new RuleCatalog(Checkers.structural().rules());
    }

    @Test
    void everyReporterWritesValidOutputForHostileRuns() {
        TimeBox.run("report formats", 35, SEED, seed -> {
            RunResult run = randomRun(new Random(seed));
            String where = "seed " + seed + " (-Dmtlint.seed=" + seed + " -Dmtlint.fuzz.scale=0 reruns it alone)";
            try {
                checkText(run, false, where);
                checkText(run, true, where);
                checkJson(run, where);
                checkSarif(run, where);
                checkGithub(run, where);
                checkCheckstyle(run, where);
                checkRdjson(run, where);
            } catch (Exception e) {
                throw new AssertionError(where + ": " + e, e);
            }
        });
    }

    /**
     * A bell and a vertical tab from a Word paste, a raw CR, an escape sequence, and one repair proposed twice:
     * checkstyle XML did not parse, SARIF failed uniqueItems, the text report sent the escape to the terminal.
     */
    @Test
    void controlCharactersAndDuplicateFixesFromOneArticle() throws Exception {
        String text = "Officials met in kyiv\u000B on Friday\u0007 .\r\nThe \u001b[2Jend.\n";
        Document doc = DocumentLoader.fromBytes("a.md", text.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
        Fix capitalise = Fix.replace(17, 21, "Kyiv", true, "capitalise");
        List<Finding> findings = List.of(
                new Finding("mt.proper-noun-case", Category.PROPER_NOUN_CASE, Severity.ERROR, 17, 21,
                        "\u201ckyiv\u000B\u201d near \u201cFriday\u0007\u201d\r", List.of(capitalise, capitalise)),
                new Finding("mt.punctuation", Category.PUNCTUATION, Severity.WARNING, 41, 48,
                        "\u201c\u001b[2Jend\u201d", List.of(Fix.replace(41, 45, "", true, "remove \u001b[2J"))));
        RunResult run = new RunResult(List.of(new FileOutcome("a.md",
                new CheckResult(doc, "en-US", findings, 0, List.of(), "es"), null)));
        checkText(run, false, "fixed run");
        checkText(run, true, "fixed run");
        checkSarif(run, "fixed run");
        checkCheckstyle(run, "fixed run");
        checkJson(run, "fixed run");
        checkGithub(run, "fixed run");
        checkRdjson(run, "fixed run");
        String shown = new String(write(new TextReporter(false, true), run), StandardCharsets.UTF_8);
        assertTrue(shown.contains("[mt.proper-noun-case] \u201ckyiv\u240B\u201d near \u201cFriday\u2407\u201d\u240D"), shown);
        assertTrue(shown.contains("The \u241B[2Jend."), shown);
        assertEquals(1, shown.lines().filter(l -> l.contains("fix (safe): \u201cKyiv\u201d")).count(), shown);
    }

    private static RunResult randomRun(Random random) {
        List<FileOutcome> outcomes = new ArrayList<>();
        int files = 1 + random.nextInt(3);
        for (int i = 0; i < files; i++) {
            String path = "dir " + i + "/" + hostile(random, 3) + ".md";
            String text = RandomText.document(random);
            Format format = random.nextBoolean() ? Format.MARKDOWN : Format.TEXT;
            Document doc;
            try {
                doc = DocumentLoader.fromBytes(path, text.getBytes(StandardCharsets.UTF_8), format);
            } catch (DocumentException e) {
                outcomes.add(new FileOutcome(path, null, e.getMessage() + hostile(random, 2)));
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                findings.addAll(Checkers.structural().check(doc).findings());
            }
            int synthetic = random.nextInt(12);
            for (int k = 0; k < synthetic; k++) {
                findings.add(randomFinding(random, doc.text()));
            }
            findings.sort(null);
            outcomes.add(new FileOutcome(path, new CheckResult(doc, "en-US", findings, random.nextInt(3), List.of(),
                    random.nextBoolean() ? "es" : null), null));
        }
        if (random.nextInt(3) == 0) {
            outcomes.add(new FileOutcome(hostile(random, 3), null, hostile(random, 6)));
        }
        return new RunResult(outcomes);
    }

    private static Finding randomFinding(Random random, String text) {
        int a = random.nextInt(text.length() + 1);
        int b = random.nextInt(text.length() + 1);
        int start = Math.min(a, b);
        int end = Math.max(a, b);
        List<Fix> fixes = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Fix fix = Fix.replace(start, end, hostile(random, 3), random.nextBoolean(), hostile(random, 2));
            fixes.add(fix);
            if (random.nextBoolean()) {
                fixes.add(fix); // the same repair proposed twice
            }
        }
        if (random.nextInt(4) == 0 && end > start + 1) {
            fixes.add(new Fix(List.of(new TextEdit(start, start + 1, "A"), new TextEdit(end, end, "\u0007")),
                    false, ""));
        }
        return new Finding(RULES.get(random.nextInt(RULES.size())),
                Category.values()[random.nextInt(Category.values().length)],
                Severity.values()[random.nextInt(Severity.values().length)], start, end, hostile(random, 8), fixes);
    }

    private static String hostile(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(pieces);
        for (int i = 0; i < n; i++) {
            sb.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
        }
        return sb.toString();
    }

    /** What the command line does: a PrintWriter over a UTF-8 PrintStream. */
    private static byte[] write(Reporter reporter, RunResult run) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        reporter.write(run, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static void checkText(RunResult run, boolean color, String where) throws Exception {
        String text = new String(write(new TextReporter(color, true), run), StandardCharsets.UTF_8);
        String plain = color ? text.replaceAll("\u001b\\[[0-9;]*m", "") : text;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F) {
                fail(where + ": text report (colour " + color + ") has U+" + String.format("%04X", (int) c)
                        + " at " + i + ":\n" + plain);
            }
        }
        int findingLines = (int) plain.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info) \\[.*"))
                .count();
        assertEquals(run.findings(), findingLines, where + ": one line per finding\n" + plain);
    }

    private static void checkJson(RunResult run, String where) throws Exception {
        JsonNode json = JSON.readTree(write(new JsonReporter(), run));
        assertEquals(run.findings(), json.get("summary").get("findings").asInt(), where);
        int listed = 0;
        for (JsonNode file : json.get("files")) {
            listed += file.get("findings").size();
        }
        assertEquals(run.findings(), listed, where);
        assertEquals(run.problems().size(), json.get("problems").size(), where);
    }

    private static void checkSarif(RunResult run, String where) throws Exception {
        JsonNode sarif = JSON.readTree(write(new SarifReporter(catalog), run));
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertEquals(Set.of(), errors, where + ": SARIF 2.1.0 schema\n" + sarif.toPrettyString());
        assertEquals(run.findings(), sarif.get("runs").get(0).get("results").size(), where);
    }

    private static void checkGithub(RunResult run, String where) throws Exception {
        String out = new String(write(new GithubReporter(), run), StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();
        assertEquals(run.findings() + run.problems().size(), lines.size(), where + ": one command per line\n" + out);
        for (String line : lines) {
            assertTrue(line.matches("::(error|warning|notice) file=[^\\r\\n]*::[^\\r\\n]*"), where + ": " + line);
        }
    }

    private static void checkCheckstyle(RunResult run, String where) throws Exception {
        byte[] xml = write(new CheckstyleReporter(), run);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(null);
        org.w3c.dom.Document dom;
        try {
            dom = parser.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(where + ": checkstyle XML does not parse: " + e.getMessage() + "\n"
                    + new String(xml, StandardCharsets.UTF_8), e);
        }
        NodeList errors = dom.getElementsByTagName("error");
        assertEquals(run.findings() + run.problems().size(), errors.getLength(), where);
        for (int i = 0; i < errors.getLength(); i++) {
            String message = ((org.w3c.dom.Element) errors.item(i)).getAttribute("message");
            assertTrue(message.chars().noneMatch(c -> c < 0x20), where + ": " + message);
        }
    }

    private static void checkRdjson(RunResult run, String where) throws Exception {
        JsonNode rd = JSON.readTree(write(new RdjsonReporter(), run));
        assertEquals(run.findings() + run.problems().size(), rd.get("diagnostics").size(), where);
    }
}
