package io.mtlint.fix;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code fix --diff} prints a patch that {@code git apply} and {@code patch} accept, and that turns the file into
 * exactly what {@code fix} writes, whatever its line endings, byte-order mark or last line.
 */
class DiffAppliesTest {
    @TempDir
    Path dir;

    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lf.md", "Talks in kyiv ended .\nA quiet line.\nAnother.\nAnd one more.\nThe end in kharkiv .\n");
        FILES.put("crlf.md", "Talks in kyiv ended .\r\nA quiet line.\r\nThe end in kharkiv .\r\n");
        FILES.put("bom.md", "\uFEFFTalks in kyiv ended .\nA quiet line.\n");
        FILES.put("no-final-newline.md", "A quiet line.\nTalks in kyiv ended .");
        FILES.put("no-final-newline-unchanged.md", "Talks in kyiv ended .\nA quiet line.\nAnother.\nLast, untouched.");
        FILES.put("cr-only.md", "Talks in kyiv ended .\rA quiet line.\rThe end in kharkiv .\r");
        FILES.put("bom-crlf-no-final-newline.md", "\uFEFFTalks in kyiv ended .\r\nThe end in kharkiv .");
        FILES.put("one-line.txt", "kyiv");
    }

    @Test
    void everyDiffAppliesWithGitAndPatchAndGivesWhatFixWrites() throws Exception {
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            assertDiffApplies(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Seeded random documents of fixable lines, with every kind of line ending, BOM or none. */
    @Test
    void randomDocumentsToo() throws Exception {
        Random random = new Random(35);
        String[] lines = {"Talks in kyiv ended .", "A quiet line.", "", "They flew to kharkiv .", "Fine.",
                "In kyiv , kharkiv and odesa ."};
        String[] endings = {"\n", "\r\n", "\r"};
        for (int n = 0; n < 12; n++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            int count = 1 + random.nextInt(14);
            for (int i = 0; i < count; i++) {
                sb.append(lines[random.nextInt(lines.length)]);
                if (i < count - 1 || random.nextBoolean()) {
                    sb.append(endings[random.nextInt(endings.length)]);
                }
            }
            assertDiffApplies("random-" + n + ".md", sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void assertDiffApplies(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Path expected = Files.write(dir.resolve("fixed-" + name), content);
        Cli.Result diff = Cli.run("fix", "--diff", "--no-languagetool", file.toString());
        Cli.Result fix = Cli.run("fix", "--no-languagetool", expected.toString());
        assertEquals(0, fix.exitCode(), fix.err());
        Path patch = Files.writeString(dir.resolve(name + ".patch"), diff.out(), StandardCharsets.UTF_8);
        // The patch names the file by its absolute path without the leading slash, so both tools run from /.
        run(name, patch, "git", "apply", "--check", "-p1", patch.toString());
        run(name, patch, "patch", "--dry-run", "-p1", "-i", patch.toString());
        run(name, patch, "git", "apply", "-p1", patch.toString());
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(file), name + ": " + diff.out());
        Files.delete(file);
        Files.delete(expected);
    }

    private static void run(String name, Path patch, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(args).directory(new File("/")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), name + ": " + String.join(" ", command) + " refused the patch:\n" + output
                + "\n" + Files.readString(patch));
    }
}
