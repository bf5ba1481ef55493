package io.mtlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON Lines and Parquet records: per-record languages and formats, unusable records, fixed/ in the input's format. */
class RecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KYIV = "Talks in kyiv ended . The minister said that the inflation rose a 3,5 % in 2024.";
    private static final String MARKDOWN = "# Budget\n\nFor his part, the mayor of valencia presented the accounts .\n";
    private static final String CLEAN = "A clean sentence.";

    @TempDir
    Path tmp;

    @Test
    void jsonLines() throws Exception {
        Path input = tmp.resolve("corpus.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": 1, \"text\": " + quote(KYIV) + ", \"lang\": \"en-US\", \"source\": \"es\", \"meta\": {\"url\": \"https://example.org/a\", \"n\": [1, 2.5]}}",
                "{\"id\": \"b-2\", \"text\": " + quote(MARKDOWN) + ", \"format\": \"markdown\", \"lang\": \"en-GB\", \"source\": \"fr\"}",
                "{\"id\": 3, \"text\": \"\"}",
                "this line is not JSON",
                "{\"id\": 4, \"text\": \"Bonjour\", \"lang\": \"xx\"}",
                "",
                "{\"id\": 5, \"text\": " + quote(CLEAN) + "}",
                "{\"id\": 6, \"text\": 42}",
                "{\"id\": 7, \"text\": \"x\", \"format\": \"docx\"}") + "\n");
        Path out = tmp.resolve("out");
        TestSpark.Run run = TestSpark.run("--no-languagetool", "--fix", "--input", input.toString(),
                "--output", out.toString());
        assertEquals(Main.UNREADABLE, run.code(), run.err());

        Map<String, List<String>> expected = new TreeMap<>();
        expected.putAll(cli("1", KYIV, "en-US", "es", "txt"));
        expected.putAll(cli("b-2", MARKDOWN, "en-GB", "fr", "md"));
        expected.putAll(cli("5", CLEAN, "en-US", "es", "txt"));
        assertTrue(expected.containsKey("1") && expected.containsKey("b-2"), expected.toString());
        assertEquals(expected, Findings.ofOutput(out, "id"));

        Map<String, String> errors = new TreeMap<>();
        for (JsonNode row : Findings.rows(out.resolve("errors"))) {
            errors.put(row.has("id") ? row.get("id").asText() : "-", row.get("message").asText());
        }
        assertNull(errors.get("3"), "an empty text is a document with nothing to report");
        assertTrue(errors.get("4").startsWith("4: unsupported target language 'xx'"), errors.get("4"));
        assertEquals("6: 'text' is missing or not a string", errors.get("6"));
        assertTrue(errors.get("7").startsWith("7: unknown format 'docx' (valid: text, markdown"), errors.get("7"));
        assertTrue(errors.get("-").endsWith("corpus.jsonl: not a JSON object: this line is not JSON"), errors.get("-"));

        JsonNode summary = Findings.summary(out);
        assertEquals(8, summary.get("documents").asInt());
        assertEquals(4, summary.get("checked").asInt());
        assertEquals(4, summary.get("errors").asInt());
        assertEquals(expected.values().stream().mapToInt(List::size).sum(), summary.get("findings").get("total").asInt());

        List<String> fixed = lines(out.resolve("fixed"));
        List<String> original = Files.readAllLines(input).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(original.size(), fixed.size());
        JsonNode first = JSON.readTree(fixed.stream().filter(l -> l.contains("\"id\":1")).findFirst().orElseThrow());
        assertEquals(fix(KYIV, "en-US", "es", "txt"), first.get("text").asText());
        assertEquals(JSON.readTree(original.get(0)).get("meta"), first.get("meta"));
        for (String unchanged : List.of(original.get(3), original.get(5), original.get(6))) {
            assertTrue(fixed.contains(unchanged), unchanged);
        }
    }

    @Test
    void parquetKeepsTheIdTypeAndEveryColumn() throws Exception {
        SparkSession spark = TestSpark.session();
        StructType schema = new StructType()
                .add("id", DataTypes.LongType, false)
                .add("text", DataTypes.StringType, true)
                .add("lang", DataTypes.StringType, true)
                .add("note", DataTypes.StringType, true);
        List<Row> rows = List.of(RowFactory.create(10L, KYIV, "en-US", "kept"),
                RowFactory.create(11L, CLEAN, null, "also kept"),
                RowFactory.create(12L, null, null, "no text"));
        Path input = tmp.resolve("records.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());
        Path out = tmp.resolve("out");
        TestSpark.Run run = TestSpark.run("--no-languagetool", "--fix", "--output-format", "parquet", "--source", "es",
                "--input", input.toString(), "--output", out.toString());
        assertEquals(Main.UNREADABLE, run.code(), run.err());

        Dataset<Row> findings = spark.read().parquet(out.resolve("findings").toString());
        assertEquals(DataTypes.LongType, findings.schema().apply("id").dataType());
        assertEquals(cli("10", KYIV, "en-US", "es", "txt").get("10").size(), findings.count());
        assertEquals(0, findings.filter("id <> 10").count());

        Dataset<Row> fixed = spark.read().parquet(out.resolve("fixed").toString());
        assertEquals(schema.fieldNames().length, fixed.schema().fieldNames().length);
        Map<Long, Row> byId = new TreeMap<>();
        fixed.collectAsList().forEach(r -> byId.put(r.getLong(0), r));
        assertEquals(fix(KYIV, "en-US", "es", "txt"), byId.get(10L).getString(1));
        assertEquals("kept", byId.get(10L).getString(3));
        assertEquals(CLEAN, byId.get(11L).getString(1));
        assertTrue(byId.get(12L).isNullAt(1));

        Row error = spark.read().parquet(out.resolve("errors").toString()).first();
        assertEquals("12", error.getString(0));
        assertEquals("12: 'text' is null", error.getString(1));
    }

    /** mtlint check's findings for {@code text} as a file, keyed by {@code id}. */
    private Map<String, List<String>> cli(String id, String text, String lang, String source, String extension)
            throws Exception {
        Path file = tmp.resolve("cli-" + id + "." + extension);
        Files.writeString(file, text);
        TestSpark.Run run = TestSpark.mtlint("check", "--format", "json", "--no-cache", "--no-languagetool",
                "--lang", lang, "--source", source, file.toString());
        Map<String, List<String>> byPath = Findings.ofReport(run.out());
        Map<String, List<String>> byId = new TreeMap<>();
        byId.put(id, byPath.getOrDefault(file.toString(), List.of()));
        if (byId.get(id).isEmpty()) {
            byId.remove(id);
        }
        return byId;
    }

    /** What mtlint fix makes of {@code text}. */
    private static String fix(String text, String lang, String source, String format) {
        TestSpark.Run run = TestSpark.mtlintWithInput(text, "fix", "--no-languagetool", "--lang", lang, "--source", source,
                "--input-format", format.equals("md") ? "markdown" : "text", "-");
        return run.out();
    }

    private static List<String> lines(Path directory) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var parts = Files.list(directory)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                Files.readAllLines(part).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static String quote(String s) throws Exception {
        return JSON.writeValueAsString(s);
    }
}
