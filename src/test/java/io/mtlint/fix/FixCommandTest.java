package io.mtlint.fix;

import io.mtlint.testing.Cli;
import io.mtlint.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixCommandTest {
    @TempDir
    Path dir;

    private Path seedCopy() throws Exception {
        Path copy = dir.resolve("seed.txt");
        Files.copy(Corpus.file("es-en/ukraine-allies-1000-days.txt"), copy);
        copy.toFile().setWritable(true);
        return copy;
    }

    @Test
    void safeModeFixesExactlyTheUnambiguousArtefactsOfTheSeedArticle() throws Exception {
        Path file = seedCopy();
        String before = Files.readString(file);
        Cli.Result r = Cli.run("fix", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("9 fixes"), r.out());
        String expected = before.replace("kyiv", "Kyiv").replace("Ukraine. \u00bb", "Ukraine.\u201d")
                .replace("38%. . current", "38%. current").replace("operations\u201d .", "operations\u201d.");
        assertEquals(expected, Files.readString(file));
        Cli.Result again = Cli.run("fix", file.toString());
        assertEquals(expected, Files.readString(file), "a second run changes nothing");
        assertTrue(again.out().contains("Nothing to fix."), again.out());
    }

    @Test
    void theDiffIsExactlyWhatFixWrites() throws Exception {
        Path file = seedCopy();
        String before = Files.readString(file);
        Cli.Result diff = Cli.run("fix", "--diff", file.toString());
        assertEquals(1, diff.exitCode());
        assertEquals(before, Files.readString(file), "--diff writes nothing");
        Cli.run("fix", file.toString());
        assertEquals(UnifiedDiff.of(file.toString(), before, Files.readString(file)), diff.out());
        Cli.Result none = Cli.run("fix", "--diff", file.toString());
        assertEquals(0, none.exitCode());
        assertEquals("", none.out());
    }

    @Test
    void unsafeFixesAndRuleSelection() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "They met in kyiv to discuss the plan [de estas medidas] today.\n");
        Cli.run("fix", "--rule", "mt.source-leftover", file.toString());
        assertEquals("They met in kyiv to discuss the plan [de estas medidas] today.\n", Files.readString(file),
                "translation is unsafe, and proper-noun-case was not selected");
        Cli.run("fix", "--unsafe-fixes", "--rule", "mt.source-leftover", "--no-translate", file.toString());
        assertEquals("They met in kyiv to discuss the plan [of these measures] today.\n", Files.readString(file));
    }

    @Test
    void dryRunListsWithoutWriting() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "Talks in kyiv ended .\n");
        Cli.Result r = Cli.run("fix", "--dry-run", file.toString());
        assertTrue(r.out().contains("a.md:1:10: [mt.proper-noun-case.known-name] \u201ckyiv\u201d \u2192 \u201cKyiv\u201d"), r.out());
        assertEquals("Talks in kyiv ended .\n", Files.readString(file));
    }

    @Test
    void standardInputIsFixedToStandardOutput() {
        Cli.Result r = Cli.runWithInput("Talks in kyiv ended .\r\n".getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals("Talks in Kyiv ended.\r\n", r.out());
        assertEquals(0, r.exitCode());
    }

    /** The fixed text of standard input lost its byte-order mark. */
    @Test
    void standardInputKeepsItsByteOrderMark() {
        Cli.Result r = Cli.runWithInput("\uFEFFTalks in kyiv ended .\r\n".getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("\uFEFFTalks in Kyiv ended.\r\n", r.out());
        Cli.Result clean = Cli.runWithInput("\uFEFFNothing to fix.\n".getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals("\uFEFFNothing to fix.\n", clean.out());
    }

    @Test
    void bomCrlfAndPermissionsArePreserved() throws Exception {
        byte[] original = "\uFEFFIn kyiv ,\r\nnothing.\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("b.txt"), original);
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ));
        Cli.run("fix", file.toString());
        assertArrayEquals("\uFEFFIn Kyiv,\r\nnothing.\r\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ), Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftIntact() throws Exception {
        Path file = Files.writeString(dir.resolve("ro.txt"), "In kyiv today.\n");
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ));
        Cli.Result r = Cli.run("fix", file.toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("ro.txt: read-only file; not written"), r.err());
        assertEquals("1 fix in 1 file not written.", r.out().strip(), "the summary does not say nothing was to fix");
        assertEquals("In kyiv today.\n", Files.readString(file));
    }

    @Test
    void theSummaryCountsInputsThatCouldNotBeChecked() throws Exception {
        Path fixable = Files.writeString(dir.resolve("ok.txt"), "In kyiv today.\n");
        Path broken = Files.writeString(dir.resolve("bad.xlf"), "<xliff version=\"1.2\"><file>\n");
        Cli.Result both = Cli.run("fix", "--no-languagetool", fixable.toString(), broken.toString());
        assertEquals(3, both.exitCode());
        assertTrue(both.out().contains("Fixed 1 problem in 1 file. 1 input could not be checked."), both.out());
        Cli.Result alone = Cli.run("fix", "--no-languagetool", broken.toString());
        assertEquals("Nothing fixed. 1 input could not be checked.", alone.out().strip());
        Cli.Result missing = Cli.run("fix", "--no-languagetool", fixable.toString(), dir.resolve("no-such.txt").toString());
        assertEquals("Nothing fixed. 2 inputs could not be checked.", missing.out().strip(), "a missing input stops all");
    }

    /**
     * Choosing a round's fixes checked every candidate against every edit taken: 200,000 fixes in one file took
     * minutes. A guard against that order of growth, with a margin of two orders of magnitude over the time it
     * takes now (the fix speed itself is measured by bench/fix-speed).
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fixingIsNotQuadraticInTheFindingsOfAFile() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("house.yaml"), """
                pack: house
                target: en
                rules:
                  - id: house.zqx
                    kind: phrase
                    category: style
                    phrases: [zqx]
                    case-sensitive: true
                    message: "Say zqy."
                    suggestions: [zqy]
                    safe: true
                """);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 2_000; line++) {
            text.append("zqx ".repeat(100)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.txt"), text);
        Cli.Result r = Cli.run("fix", "--no-languagetool", "--rules", rules.toString(), "--rule", "house.zqx",
                file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("200000 fixes (house.zqx \u00d7200000)"), r.out());
        assertEquals(text.toString().replace("zqx", "zqy"), Files.readString(file));
    }

    /** Each cache entry by its path, with the file key that changes when {@code put} replaces it. */
    private static java.util.Map<Path, Object> entries(Path cache) throws Exception {
        java.util.Map<Path, Object> entries = new java.util.TreeMap<>();
        if (!Files.isDirectory(cache)) {
            return entries;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(cache)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                var attributes = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                entries.put(p, java.util.List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime()));
            }
        }
        return entries;
    }

    /**
     * A second fix over an unchanged tree checks no file: every result, the texts between rounds included, comes
     * from the cache, and none is stored again. A file the fix wrote is found under its new bytes, and one edited
     * afterwards is checked afresh.
     */
    @Test
    void fixAnswersAnUnchangedTreeFromTheCacheAndNeverServesAFixedFileStale() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path clean = Files.writeString(tree.resolve("clean.txt"), "The ferry to the island leaves at dawn.\n");
        Path broken = Files.writeString(tree.resolve("broken.txt"),
                "The ferry from odesa leaves at dawn .\nIts crew waited below deck .\n");
        String cache = dir.resolve("cache").toString();
        Cli.Result firstDiff = Cli.run("fix", "--diff", "--cache-dir", cache, tree.toString());
        assertEquals(1, firstDiff.exitCode(), firstDiff.err());
        var stored = entries(Path.of(cache));
        assertTrue(stored.size() >= 3, "both files and the text after a round: " + stored.keySet());
        Cli.Result secondDiff = Cli.run("fix", "--diff", "--cache-dir", cache, tree.toString());
        assertEquals(firstDiff, secondDiff);
        assertEquals(stored, entries(Path.of(cache)), "an unchanged tree is checked again");

        Cli.Result fixed = Cli.run("fix", "--cache-dir", cache, tree.toString());
        assertTrue(fixed.out().contains(broken + ": "), fixed.out());
        assertEquals("The ferry from Odesa leaves at dawn.\nIts crew waited below deck.\n", Files.readString(broken));
        var afterFix = entries(Path.of(cache));
        Cli.Result again = Cli.run("fix", "--cache-dir", cache, tree.toString());
        assertTrue(again.out().contains("Nothing to fix."), again.out());
        assertEquals(afterFix, entries(Path.of(cache)), "the fixed file's bytes were stored with the last round");
        String uncached = Cli.run("check", "--no-languagetool", "--no-cache", tree.toString()).out();
        assertEquals(uncached, Cli.run("check", "--no-languagetool", "--cache-dir", cache, tree.toString()).out(),
                "what fix stored is what check finds");

        Files.writeString(broken, "The ferry from odesa leaves at noon .\n");
        Cli.Result edited = Cli.run("fix", "--diff", "--cache-dir", cache, tree.toString());
        assertEquals(1, edited.exitCode());
        assertTrue(edited.out().contains("+The ferry from Odesa leaves at noon."), edited.out());
        assertEquals("The ferry to the island leaves at dawn.\n", Files.readString(clean));
    }

    @Test
    void fixWithoutTheCacheStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "The ferry from odesa leaves at dawn.\n");
        Path cache = dir.resolve("cache");
        Cli.Result r = Cli.run("fix", "--no-cache", "--cache-dir", cache.toString(), file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("The ferry from Odesa leaves at dawn.\n", Files.readString(file));
        assertTrue(!Files.exists(cache), "--no-cache wrote a cache");
    }
}
