package io.mtlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files: unreadable ones become error rows, fixed/ holds what mtlint fix writes (encoding, byte-order mark and
 * line endings kept), rule directories and configuration files apply, and bad requests stop with one line.
 */
class FilesTest {
    @TempDir
    Path tmp;
    Path docs;

    @BeforeEach
    void corpus() throws Exception {
        docs = tmp.resolve("docs");
        Files.createDirectories(docs.resolve("sub"));
        Files.createDirectories(docs.resolve(".hidden"));
        Files.write(docs.resolve("a.md"), ("\uFEFF# Talks\r\n\r\nTalks in kyiv ended .\r\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(docs.resolve("b.txt"), "A clean sentence.\n");
        Files.writeString(docs.resolve("sub/c.txt"), "The talks in kharkiv ended .  For his part, the mayor left.");
        Files.write(docs.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
        Files.write(docs.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, '(', '\n'});
        Files.writeString(docs.resolve(".hidden/d.txt"), "Talks in kyiv ended .");
        Files.writeString(docs.resolve("notes.csv"), "kyiv,ended");
        // A git work tree whose built site is ignored, as check ignores it.
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".gitignore"), "site/\n");
        Files.createDirectories(docs.resolve("site"));
        Files.writeString(docs.resolve("site/e.txt"), "Talks in kyiv ended .");
    }

    @Test
    void fixedFilesAreWhatMtlintFixWrites() throws Exception {
        Path out = tmp.resolve("out");
        TestSpark.Run run = TestSpark.run("--no-languagetool", "--fix", "--input", docs.toString(), "--output", out.toString());
        assertEquals(Main.UNREADABLE, run.code(), run.err());

        TestSpark.Run check = TestSpark.mtlint("check", "--format", "json", "--no-cache", "--no-languagetool", docs.toString());
        assertEquals(Findings.ofReport(check.out()), Findings.ofOutput(out, "path"));
        assertTrue(Findings.ofOutput(out, "path").containsKey(docs.resolve("sub/c.txt").toString()));
        assertFalse(Findings.ofOutput(out, "path").containsKey(docs.resolve("site/e.txt").toString()));

        Map<String, String> errors = new TreeMap<>();
        for (JsonNode row : Findings.rows(out.resolve("errors"))) {
            errors.put(row.get("path").asText(), row.get("message").asText());
        }
        assertEquals(Map.of(docs.resolve("bad.txt").toString(), docs.resolve("bad.txt") + ": invalid UTF-8 at byte 1",
                docs.resolve("bin.txt").toString(), docs.resolve("bin.txt") + ": binary file (contains NUL bytes), not text"),
                errors);
        for (String message : errors.values()) {
            assertTrue(check.err().contains("mtlint: " + message), check.err());
            assertTrue(run.err().contains("mtlint-spark: " + message), run.err());
        }

        Path copy = tmp.resolve("copy");
        copyTree(docs, copy);
        TestSpark.mtlint("fix", "--no-languagetool", copy.toString());
        Path fixed = out.resolve("fixed");
        for (String name : List.of("a.md", "b.txt", "sub/c.txt", "bin.txt", "bad.txt")) {
            assertArrayEquals(Files.readAllBytes(copy.resolve(name)), Files.readAllBytes(fixed.resolve(name)), name);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(docs.resolve("a.md")), Files.readAllBytes(fixed.resolve("a.md"))));
        assertTrue(new String(Files.readAllBytes(fixed.resolve("a.md")), StandardCharsets.UTF_8).startsWith("\uFEFF# Talks\r\n"));
        assertFalse(Files.exists(fixed.resolve(".hidden")));
        assertFalse(Files.exists(fixed.resolve("notes.csv")));

        JsonNode summary = Findings.summary(out);
        assertEquals(5, summary.get("documents").asInt());
        assertEquals(3, summary.get("checked").asInt());
        assertEquals(2, summary.get("fixed").get("documents").asInt());
        assertTrue(run.out().startsWith("3 documents checked, "), run.out());
    }

    @Test
    void ruleDirectoriesAndConfigurationFilesApply() throws Exception {
        Path rules = tmp.resolve("house/en");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("house.yaml"), """
                pack: house
                rules:
                  - id: house.ended
                    kind: phrase
                    phrases: [talks ended]
                    category: style
                    message: "Say how the talks ended."
                """);
        Files.writeString(docs.resolve("e.txt"), "The talks ended on Monday.");
        Files.writeString(docs.resolve(".mtlint.yaml"), "lang: en-GB\nsource: fr\nrules:\n  disable: [mt.spacing]\n");
        Path out = tmp.resolve("out");
        TestSpark.Run run = TestSpark.run("--no-languagetool", "--rules", tmp.resolve("house").toString(),
                "--input", docs.resolve("e.txt").toString(), "--input", docs.resolve("sub").toString(),
                "--output", out.toString(), "--output-format", "jsonl");
        assertEquals(Main.FINDINGS, run.code(), run.err());
        TestSpark.Run check = TestSpark.mtlint("check", "--format", "json", "--no-cache", "--no-languagetool", "--rules",
                tmp.resolve("house").toString(), docs.resolve("e.txt").toString(), docs.resolve("sub").toString());
        Map<String, List<String>> expected = Findings.ofReport(check.out());
        assertTrue(expected.get(docs.resolve("e.txt").toString()).toString().contains("house.ended"), expected.toString());
        assertEquals(expected, Findings.ofOutput(out, "path"));
    }

    @Test
    void badRequestsStopWithOneLine() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        TestSpark.Run exists = TestSpark.run("--input", docs.toString(), "--output", out.toString());
        assertEquals(Main.USAGE, exists.code());
        assertEquals("mtlint-spark: " + out + ": already exists (--overwrite replaces it)\n", exists.err());

        TestSpark.Run inside = TestSpark.run("--input", docs.toString(), "--output", tmp.toString(), "--overwrite");
        assertEquals(Main.USAGE, inside.code());
        assertTrue(Files.exists(docs.resolve("a.md")));

        TestSpark.Run language = TestSpark.run("--lang", "xx", "--input", docs.toString(), "--output", out.toString(), "--overwrite");
        assertEquals(Main.USAGE, language.code());
        assertTrue(language.err().startsWith("mtlint-spark: unsupported target language 'xx'"), language.err());
        assertEquals(1, language.err().lines().count());

        TestSpark.Run unsafe = TestSpark.run("--unsafe-fixes", "--input", docs.toString(), "--output", out.toString());
        assertEquals(Main.USAGE, unsafe.code());

        TestSpark.Run missing = TestSpark.run("--no-languagetool", "--input", tmp.resolve("nowhere").toString(),
                "--input", docs.resolve("b.txt").toString(), "--output", out.toString(), "--overwrite");
        assertEquals(Main.UNREADABLE, missing.code(), missing.err());
        assertTrue(missing.err().contains(tmp.resolve("nowhere") + ": no such file or directory"), missing.err());
        assertEquals(1, Findings.summary(out).get("checked").asInt());
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
