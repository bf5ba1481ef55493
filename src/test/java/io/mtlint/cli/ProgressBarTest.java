package io.mtlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long runs showed nothing until the end. On a terminal standard error now shows a progress bar, redrawn in place
 * and cleared at the end; never when standard error is not a terminal, never with --quiet, never in the report.
 */
class ProgressBarTest {
    @TempDir
    Path dir;

    private Path articles() throws Exception {
        Files.writeString(dir.resolve("a.md"), "Officials met in kyiv.\n");
        Files.writeString(dir.resolve("b.md"), "They flew to kharkiv .\n");
        return dir;
    }

    @Test
    void onATerminalStandardErrorShowsFilesBytesAndTimeAndTheReportStaysClean() throws Exception {
        Path dir = articles();
        Cli.Result r = Cli.runWithStderrTerminal(100, "check", "--no-languagetool", "--format", "json", dir.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("\r["), r.err());
        assertTrue(r.err().contains(" files  ") && r.err().contains(" of 46 B  ") && r.err().contains(" elapsed"),
                r.err());
        assertTrue(r.err().endsWith("\r\u001b[K"), "the bar is cleared at the end: " + r.err());
        assertTrue(r.err().lines().allMatch(l -> l.length() < 100 + 16), "no frame wider than the terminal");
        assertEquals(3, new ObjectMapper().readTree(r.out()).get("summary").get("findings").asInt());
        assertFalse(r.out().contains("\r"), r.out());
    }

    @Test
    void notWhenStandardErrorIsNotATerminalNorWithQuiet() throws Exception {
        Path dir = articles();
        assertEquals("", Cli.run("check", "--no-languagetool", dir.toString()).err());
        assertEquals("", Cli.runWithStderrTerminal(100, "check", "--quiet", "--no-languagetool", dir.toString()).err());
        assertEquals("", Cli.runWithStderrTerminal(100, "check", "-q", "--no-languagetool", dir.toString()).err());
    }

    @Test
    void fixAndBaselineShowItTooWithoutBreakingTheirLines() throws Exception {
        Path dir = articles();
        Cli.Result fix = Cli.runWithStderrTerminal(100, "fix", "--no-languagetool", dir.toString());
        assertEquals(0, fix.exitCode(), fix.err());
        assertTrue(fix.err().contains("/2 files  "), fix.err());
        assertTrue(fix.out().startsWith(dir.resolve("a.md") + ": 1 fix (mt.proper-noun-case.known-name \u00d71)\n"), fix.out());
        Cli.Result baseline = Cli.runWithStderrTerminal(100, "baseline", "--no-languagetool",
                dir.resolve("baseline.json").toString(), dir.toString());
        assertTrue(baseline.err().contains("/2 files  "), baseline.err());
    }
}
