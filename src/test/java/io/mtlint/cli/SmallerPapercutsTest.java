package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's destination, files named twice, and the launcher's size estimate. */
class SmallerPapercutsTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.md"), "Officials met in kyiv on Friday.\n");
    }

    @Test
    void outputInAMissingDirectoryIsRefusedBeforeTheRun() throws Exception {
        Path out = dir.resolve("no/such/dir/report.json");
        Cli.Result r = Cli.run("check", "--no-languagetool", "-o", out.toString(), article().toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void outputThatNamesAnInputIsRefusedAndTheInputKept() throws Exception {
        Path a = article();
        Cli.Result r = Cli.run("check", "--no-languagetool", "--format", "json", "-o", a.toString(), a.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is also an input"), r.err());
        assertEquals("Officials met in kyiv on Friday.\n", Files.readString(a));
    }

    @Test
    void outputThatIsADirectoryIsRefused() throws Exception {
        Cli.Result r = Cli.run("check", "--no-languagetool", "-o", dir.toString(), article().toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void aLinkBesideItsTargetIsReportedOnce() throws Exception {
        Path a = article();
        Files.createSymbolicLink(dir.resolve("z-link.md"), a.getFileName());
        Cli.Result r = Cli.run("check", "--no-languagetool", "--format", "json", dir.toString());
        assertEquals(1, r.out().split("\"rule\"\\s*:\\s*\"mt.proper-noun-case", -1).length - 1, r.out());
        Cli.Result twice = Cli.run("check", "--no-languagetool", "--format", "json", a.toString(),
                dir.resolve("z-link.md").toString());
        assertEquals(1, twice.out().split("\"rule\"\\s*:\\s*\"mt.proper-noun-case", -1).length - 1, twice.out());
    }

    @Test
    void aLinkToAFileOutsideTheTreeIsChecked() throws Exception {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("b.md"), "Talks in kharkiv.\n");
        Path tree = Files.createDirectory(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("b.md"), outside.resolve("b.md"));
        Cli.Result r = Cli.run("check", "--no-languagetool", tree.toString());
        assertTrue(r.out().contains("b.md:1:10"), r.out());
    }

    /** The launcher sums input sizes with du, which fails on an unreadable subdirectory; that must not stop it. */
    @Test
    void theLauncherGoesOnPastAnUnreadableSubdirectory() throws Exception {
        Path shipped = Path.of("mtlint").toAbsolutePath(); // tests run in the project's root
        assertTrue(Files.isRegularFile(shipped), shipped.toString());
        // A copy beside a stand-in jar and a stand-in java: only the launcher's own logic runs, never a build.
        Path home = Files.createDirectory(dir.resolve("home"));
        Path launcher = Files.copy(shipped, home.resolve("mtlint"));
        Files.createDirectory(home.resolve("target"));
        Files.writeString(home.resolve("target/mtlint.jar"), "stand-in");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho launched\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        // du as it behaves on a tree with an unreadable subdirectory (also for root, who reads everything).
        Path du = Files.writeString(bin.resolve("du"), "#!/bin/sh\necho 'du: cannot read directory' >&2\n"
                + "printf '4096\\t%s\\n' \"$2\"\nexit 1\n");
        Files.setPosixFilePermissions(du, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tree = Files.createDirectory(dir.resolve("content"));
        Files.writeString(tree.resolve("ok.md"), "Fine.\n");
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "check", tree.toString());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("launched"), out);
    }

    /** A pack of one's own is explained, tested and documented as the shipped ones are. */
    @Test
    void aHousePackIsExplainedOnceTestedByColumnAndDocumented() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pk/en"));
        Files.writeString(pack.resolve("house.yaml"), """
                rules:
                  - id: house.email
                    kind: phrase
                    category: calque
                    severity: warning
                    message: Write email, not e-mail.
                    phrases: ["e-mail"]
                    suggestions: [email]
                    examples:
                      - bad: "Send an <marker>e-mail</marker> today."
                      - good: "An e-mail went out."
                """);
        String rules = dir.resolve("pk").toString();
        Cli.Result explained = Cli.run("rules", "explain", "house.email", "--rules", rules);
        assertEquals(1, explained.out().split("Write email, not e-mail\\.", -1).length - 1, explained.out());
        Cli.Result tested = Cli.run("rules", "test", rules);
        assertTrue(tested.out().contains("good example flagged: \u201ce-mail\u201d at column 4"), tested.out());
        Cli.Result docs = Cli.run("rules", "docs", "--rules", rules);
        assertEquals(0, docs.exitCode(), docs.err());
        assertTrue(docs.out().contains("#### house.email"), docs.out().length() + " characters");
    }
}
