package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad input gives one clear line naming the file and the reason, exit 3, and the other files are checked. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path good() throws Exception {
        return Files.writeString(dir.resolve("good.txt"), "Officials met in kyiv on Friday.\n");
    }

    private static void assertOneLineProblem(Cli.Result r, String path, String reason) {
        assertEquals(3, r.exitCode(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.contains(path)).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains(reason), lines.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    private static void assertOtherFileChecked(Cli.Result r) {
        assertTrue(r.out().contains("good.txt:1:18"), "the good file is still checked: " + r.out());
    }

    @Test
    void missingPath() throws Exception {
        String missing = dir.resolve("nope.md").toString();
        Cli.Result r = Cli.run("check", "--no-languagetool", missing, good().toString());
        assertOneLineProblem(r, missing, "no such file or directory");
        assertOtherFileChecked(r);
    }

    @Test
    void directoryWithoutMatchingFiles() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("images"));
        Files.write(empty.resolve("photo.jpg"), new byte[] {1, 2, 3});
        Cli.Result r = Cli.run("check", "--no-languagetool", empty.toString(), good().toString());
        assertOneLineProblem(r, empty.toString(), "no files to check");
        assertOtherFileChecked(r);
    }

    @Test
    void binaryFile() throws Exception {
        Path bin = Files.write(dir.resolve("data.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Cli.Result r = Cli.run("check", "--no-languagetool", bin.toString(), good().toString());
        assertOneLineProblem(r, bin.toString(), "binary file");
        assertOtherFileChecked(r);
    }

    @Test
    void invalidUtf8() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.md"), "Canci\u00f3n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("check", "--no-languagetool", latin1.toString(), good().toString());
        assertOneLineProblem(r, latin1.toString(), "invalid UTF-8 at byte 5");
        assertOtherFileChecked(r);
    }

    /** An empty index.md in a content repository made the whole run exit 3; it is a file with nothing to report. */
    @Test
    void anEmptyFileIsNotBadInput() throws Exception {
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        Path bomOnly = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Cli.Result r = Cli.run("check", "--no-languagetool", empty.toString(), bomOnly.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("No problems found in 2 files."), r.out());
        Cli.Result withGood = Cli.run("check", "--no-languagetool", empty.toString(), good().toString());
        assertEquals(1, withGood.exitCode(), withGood.err());
        assertOtherFileChecked(withGood);
        Cli.Result fix = Cli.run("fix", "--no-languagetool", empty.toString(), bomOnly.toString());
        assertEquals(0, fix.exitCode(), fix.err());
        assertEquals(0, Files.size(empty));
        assertEquals(0, Cli.run("fix", "-").exitCode());
    }

    /**
     * chmod 000 does not stop root, so as root the check runs in a child JVM without the capabilities that
     * bypass file permissions.
     */
    @Test
    void fileWithoutPermission() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.md"), "Hidden text.\n");
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        Path good = good();
        Cli.Result r;
        if (isRoot()) {
            r = runWithoutDacOverride("check", "--no-languagetool", "--no-color", secret.toString(), good.toString());
        } else {
            r = Cli.run("check", "--no-languagetool", secret.toString(), good.toString());
        }
        assertOneLineProblem(r, secret.toString(), "permission denied");
        assertOtherFileChecked(r);
    }

    /** 10,000 levels of "> - " overflowed the parser's stack and stopped the run with a stack trace. */
    @Test
    void deeplyNestedMarkdownIsCheckedAndFixedLikeAnyFile() throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.md"), "> - ".repeat(10_000) + "text in kyiv\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--no-color", deep.toString(), good().toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("deep.md:1:40009: error [mt.proper-noun-case.known-name]"), r.out());
        assertOtherFileChecked(r);
        assertEquals("", r.err());
        Cli.Result fix = Cli.run("fix", "--no-languagetool", deep.toString(), good().toString());
        assertEquals(0, fix.exitCode(), fix.err());
        assertEquals("> - ".repeat(10_000) + "text in Kyiv\n", Files.readString(deep));
        assertTrue(fix.out().contains("Fixed 2 problems in 2 files."), fix.out());
    }

    @Test
    void badConfigurationIsAUsageError() {
        Cli.Result r = Cli.run("check", "--lang", "xx-YY", "--no-languagetool", ".");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("mtlint: unsupported target language 'xx-YY'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Cli.Result bad = Cli.run("check", "--fail-on", "sometimes", ".");
        assertEquals(2, bad.exitCode());
        assertFalse(bad.err().contains("\tat "), bad.err());
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0");
    }

    private static Cli.Result runWithoutDacOverride(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new Cli.Result(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
