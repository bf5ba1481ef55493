package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --timing} adds a table of rule times on standard error and changes nothing else. */
class TimingOptionTest {
    @TempDir
    Path dir;

    @Test
    void printsEachRulesTimeSlowestFirstAndLeavesTheReportAlone() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "Officials in kyiv met [de estas medidas] today .\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "For his part, the minister said 3,5 % . . rose.\n");
        Cli.Result plain = Cli.run("check", "--no-languagetool", "--jobs", "2", a.toString(), b.toString());
        Cli.Result timed = Cli.run("check", "--no-languagetool", "--jobs", "2", "--timing", a.toString(), b.toString());
        assertEquals(plain.exitCode(), timed.exitCode());
        assertEquals(plain.out(), timed.out());
        // Notes about the machine (Apertium missing, say) may come before the table.
        List<String> all = timed.err().lines().toList();
        int header = 0;
        while (header < all.size() && !all.get(header).startsWith("mtlint: time per rule")) header++;
        assertTrue(header < all.size(), timed.err());
        List<String> lines = all.subList(header, all.size());
        assertTrue(lines.get(0).startsWith("mtlint: time per rule over 2 checked files"), timed.err());
        List<String> rows = lines.subList(2, lines.size() - 1);
        assertTrue(rows.stream().anyMatch(l -> l.endsWith("  mt.source-leftover")), timed.err());
        assertTrue(rows.stream().anyMatch(l -> l.endsWith("  en.for-his-part")), timed.err());
        assertTrue(lines.get(lines.size() - 1).endsWith("100.0%  all rules"), timed.err());
        double previous = Double.MAX_VALUE;
        for (String row : rows) {
            double ms = Double.parseDouble(row.trim().split("\\s+")[0]);
            assertTrue(ms <= previous, "slowest first: " + timed.err());
            previous = ms;
        }
        assertTrue(!plain.err().contains("time per rule"), plain.err());
    }

    @Test
    void saysSoWhenEveryFileCameFromTheCache() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "Officials in kyiv met.\n");
        Path cache = dir.resolve("cache");
        Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(), a.toString());
        Cli.Result again = Cli.run("check", "--no-languagetool", "--cache-dir", cache.toString(), "--timing", a.toString());
        assertTrue(again.err().contains("no file was checked"), again.err());
    }
}
