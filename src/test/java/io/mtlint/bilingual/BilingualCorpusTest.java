package io.mtlint.bilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real and injected bilingual files of test-corpus/bilingual: each reports exactly the findings its table
 * lists (line and rule), so a clean unit that gains a finding fails as surely as a missed error.
 */
class BilingualCorpusTest {
    private static final Path ROOT = Path.of("test-corpus", "bilingual");
    private static final String TABLE = ".findings.tsv";

    @TestFactory
    List<DynamicTest> everyFileReportsExactlyItsTable() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path table : walk.filter(p -> p.toString().endsWith(TABLE)).sorted().toList()) {
                Path file = table.resolveSibling(table.getFileName().toString().replace(TABLE, ""));
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () ->
                        assertEquals(expected(table), reported(file))));
            }
        }
        assertTrue(tests.size() >= 7, "the corpus has its tables");
        return tests;
    }

    private static List<String> expected(Path table) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                rows.add(f[0] + " " + f[1]);
            }
        }
        return rows.stream().sorted().toList();
    }

    private static List<String> reported(Path file) throws Exception {
        Cli.Result r = Cli.run("check", "-f", "json", "--no-languagetool", "--no-translate", file.toString());
        assertEquals("", r.err().replaceAll("(?m)^mtlint: note: .*\\R?", ""));
        List<String> rows = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).path("files").get(0).path("findings")) {
            rows.add(f.path("line").asInt() + " " + f.path("rule").asText());
        }
        return rows.stream().sorted().toList();
    }
}
