package io.mtlint.run;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineAndCacheTest {
    @TempDir
    Path dir;

    @Test
    void onlyFindingsNewSinceTheBaselineCount() throws Exception {
        Path article = Files.writeString(dir.resolve("a.md"), "Officials in kyiv met.\n\nThe talks ended .\n");
        Path baseline = dir.resolve("baseline.json");
        Cli.Result b = Cli.run("baseline", "--no-languagetool", baseline.toString(), article.toString());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(0, Cli.run("check", "--no-languagetool", "--baseline", baseline.toString(), article.toString()).exitCode());
        // Edits elsewhere keep the old findings matched; a new artefact fails the run.
        Files.writeString(article, "# New title\n\nOfficials in kyiv met.\n\nThe talks ended .\n\nThey flew to kharkiv.\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--no-source", "--baseline", baseline.toString(),
                article.toString());
        assertEquals(1, r.exitCode());
        assertEquals(1, r.out().lines().filter(l -> l.contains("[mt.")).count(), r.out());
        assertTrue(r.out().contains("kharkiv"), r.out());
        assertTrue(r.err().contains("2 findings in the baseline not reported"), r.err());
    }

    @Test
    void unchangedFilesComeFromTheCacheAndACorruptCacheIsRebuilt() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Officials in kyiv met .\n");
        Path cache = dir.resolve("cache");
        Cli.Result first = Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(), article.toString());
        Path entry;
        try (Stream<Path> files = Files.walk(cache)) {
            entry = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Cli.Result second = Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(), article.toString());
        assertEquals(first.out(), second.out());
        Files.writeString(entry, "{\"key\": \"not this one\", \"findings\": [{\"start\": 999999}]}");
        Cli.Result afterCorruption = Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(), article.toString());
        assertEquals(first.out(), afterCorruption.out());
        assertTrue(Files.readString(entry).contains("mt.proper-noun-case"), "rebuilt");
        Files.writeString(entry, "garbage");
        assertEquals(first.out(), Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(),
                article.toString()).out());
        // A different configuration is a different key: the disabled rule is not served from the cache.
        Cli.Result other = Cli.run("check", "--no-languagetool", "--disable", "mt.punctuation", "--cache-dir",
                cache.toString(), article.toString());
        assertTrue(!other.out().contains("mt.punctuation") && other.out().contains("mt.proper-noun-case"), other.out());
    }
}
