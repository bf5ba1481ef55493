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

    /**
     * Recorded as {@code content} from the directory above, the baseline still matches when the directory is
     * checked as {@code ./content}, by its absolute path, through a symbolic link to the file, or from inside it.
     */
    @Test
    void theBaselineMatchesHoweverThePathIsTyped() throws Exception {
        Path content = Files.createDirectory(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "Officials in kyiv met.\n\nThe talks ended .\n");
        Path here = Path.of("").toAbsolutePath();
        String typed = here.relativize(content).toString();
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, Cli.run("baseline", "--no-languagetool", baseline.toString(), typed).exitCode());
        assertTrue(Files.readString(baseline).contains("\"path\" : \"content/a.md\""), Files.readString(baseline));
        Path link = Files.createSymbolicLink(dir.resolve("linked.md"), content.resolve("a.md"));
        for (String path : new String[] {typed, "./" + typed, content.toString(), content + "/../content/",
                link.toString()}) {
            Cli.Result r = Cli.run("check", "--no-languagetool", "--baseline", baseline.toString(), path);
            assertEquals(0, r.exitCode(), path + ": " + r.out());
            assertTrue(r.err().contains("2 findings in the baseline not reported"), path + ": " + r.err());
        }
        Cli.Result inside = Cli.runIn(content, "check", "--no-languagetool", "--baseline", "../baseline.json", ".");
        assertEquals(0, inside.exitCode(), inside.out() + inside.err());
        assertTrue(inside.err().contains("2 findings in the baseline not reported"), inside.err());
    }

    @Test
    void aBaselineOfTheFirstVersionStillMatchesPathsAsTyped() throws Exception {
        Path article = Files.writeString(dir.resolve("a.md"), "Officials in kyiv met.\n");
        Path baseline = dir.resolve("old.json");
        Cli.run("baseline", "--no-languagetool", baseline.toString(), article.toString());
        // What the first version wrote: the fingerprint of the path as typed.
        io.mtlint.model.Document doc = io.mtlint.format.DocumentLoader.load(article, article.toString(), null);
        io.mtlint.model.Finding f = io.mtlint.testing.Checkers.structural().check(doc).findings().get(0);
        Files.writeString(baseline, "{\"format\": \"mtlint-baseline\", \"version\": 1, \"findings\": [{\"fingerprint\": \""
                + Baselines.fingerprint(doc, f, article.toString()) + "\"}]}");
        assertEquals(0, Cli.run("check", "--no-languagetool", "--baseline", baseline.toString(), article.toString())
                .exitCode());
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

    /**
     * Cached results are found before the rules are built: an edited rule pack is a new key, a broken one still
     * stops the run in one line, and the warnings about the configuration's rule ids are still printed.
     */
    @Test
    void aCachedRunNoticesEditedAndBrokenRulePacks() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "The army utilized drones.\n");
        Path cache = dir.resolve("cache");
        Path english = Files.createDirectories(dir.resolve("house").resolve("en"));
        Path pack = english.resolve("style.yaml");
        Files.writeString(pack, housePack("leverage"));
        String[] check = {"check", "--no-languagetool", "--rules", english.getParent().toString(), "--disable",
                "es-en.question-of", "--cache-dir", cache.toString(), article.toString()};
        Cli.Result first = Cli.run(check);
        assertTrue(!first.out().contains("house.plain") && first.err().contains("es-en.question-of"), first.err());
        Cli.Result cached = Cli.run(check);
        assertEquals(first.out(), cached.out());
        assertEquals(first.err(), cached.err());

        Files.writeString(pack, housePack("utilize"));
        Cli.Result edited = Cli.run(check);
        assertTrue(edited.out().contains("house.plain"), edited.out());
        String[] sarif = {"check", "--no-languagetool", "--rules", english.getParent().toString(), "--format",
                "sarif", "--cache-dir", cache.toString(), article.toString()};
        Cli.Result described = Cli.run(sarif);
        assertTrue(described.out().contains("\"id\" : \"house.plain\""), described.out());
        assertEquals(described.out(), Cli.run(sarif).out(), "the rules are described when served from the cache");

        Files.writeString(pack, housePack("utilize") + "  - id: [broken\n");
        Cli.Result broken = Cli.run(check);
        assertEquals(2, broken.exitCode(), broken.out() + broken.err());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
        assertTrue(broken.err().startsWith("mtlint: ") && broken.err().contains("style.yaml"), broken.err());
        assertEquals("", broken.out());
    }

    private static String housePack(String word) {
        return """
                pack: house
                rules:
                  - id: house.plain
                    kind: phrase
                    phrases: [%s]
                    inflect: true
                    category: style
                    severity: warning
                    message: "Say “use”, not “{match}”."
                    examples:
                      - bad: "They <marker>%s</marker> drones."
                      - good: "They use drones."
                """.formatted(word, word);
    }
}
