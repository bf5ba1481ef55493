package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a first run meets: odd files in a tree, a starter configuration, footnotes, bad globs and counts. */
class FirstRunInputsTest {
    @TempDir
    Path dir;

    private Path article(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "Officials met in kyiv on Friday.\n");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void aPipeInAWalkedDirectoryIsSkippedNotRead() throws Exception {
        article("a.txt");
        Path pipe = dir.resolve("p.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo is not available");
        Cli.Result r = Cli.run("check", "--no-languagetool", dir.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("in 1 file"), r.out());
    }

    @Test
    void theStarterConfigurationKeepsEveryFormatChecked() throws Exception {
        assertEquals(0, Cli.run("init", "--dir", dir.toString()).exitCode());
        Files.writeString(dir.resolve("page.html"), "<html lang=\"en\"><body><p>Talks in kyiv.</p></body></html>\n");
        article("a.txt");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--format", "json", dir.toString());
        assertTrue(r.out().contains("page.html"), r.out());
        assertTrue(r.out().contains("a.txt"), r.out());
    }

    @Test
    void aFootnoteIsProse() throws Exception {
        Path md = Files.writeString(dir.resolve("n.md"), "Hi.\n\n[^1]: The talks in kyiv went on.\n\n"
                + "{{< icon \"x\" >}} Officials met in kyiv.\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", md.toString());
        assertTrue(r.out().contains("n.md:3:20:"), r.out());
        assertTrue(r.out().contains("n.md:5:35:"), r.out());
    }

    @Test
    void aBadGlobIsOneLineNamingWhereItCameFrom() throws Exception {
        article("a.txt");
        Cli.Result cli = Cli.run("check", "--no-languagetool", "--exclude", "[", dir.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("not a valid --include or --exclude glob: \"[\""), cli.err());
        Path config = Files.writeString(dir.resolve("bad.yaml"), "target: en\nexclude: [\"[\"]\n");
        Cli.Result file = Cli.run("check", "--no-languagetool", "--config", config.toString(), dir.toString());
        assertEquals(2, file.exitCode(), file.err());
        assertTrue(file.err().contains("bad.yaml:2: not a valid glob: \"[\""), file.err());
    }

    @Test
    void nothingIsCheckedWithNoJobs() throws Exception {
        Cli.Result r = Cli.run("check", "--no-languagetool", "--jobs", "0", article("a.txt").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("mtlint: --jobs 0: give at least 1", r.err().strip());
    }

    @Test
    void errorsAboutFilesNameTheProblem() throws Exception {
        Cli.Result eval = Cli.run("eval", dir.resolve("no-corpus").toString());
        assertEquals(2, eval.exitCode(), eval.err());
        assertTrue(eval.err().contains("no-corpus: no such directory"), eval.err());
        Cli.Result baseline = Cli.run("check", "--no-languagetool", "--baseline", dir.resolve("nope.json").toString(),
                article("a.txt").toString());
        assertTrue(baseline.err().contains("nope.json: no such baseline file"), baseline.err());
        Cli.Result config = Cli.run("check", "--no-languagetool", "--config", dir.toString(), article("b.txt").toString());
        assertTrue(config.err().contains("is a directory; --config names a file"), config.err());
        Cli.Result severity = Cli.run("check", "--severity", "bogus", article("c.txt").toString());
        assertFalse(severity.err().contains("option option"), severity.err());
        assertFalse((eval.err() + baseline.err() + config.err()).contains("Exception"));
    }

    @Test
    void sarifNamesAnAbsolutePathAsAFileUri() throws Exception {
        Path a = article("a b.txt").toAbsolutePath();
        Cli.Result r = Cli.run("check", "--no-languagetool", "--format", "sarif", a.toString());
        assertTrue(r.out().contains("\"uri\" : \"file://" + a.getParent().toString().replace(" ", "%20") + "/a%20b.txt\""),
                r.out());
    }

    @Test
    void sarifTellsOfAnInputThatCouldNotBeChecked() throws Exception {
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        Cli.Result r = Cli.run("check", "--no-languagetool", "--format", "sarif", article("a.txt").toString(),
                binary.toString());
        assertTrue(r.out().contains("\"executionSuccessful\" : false"), r.out());
        assertTrue(r.out().contains("\"toolExecutionNotifications\""), r.out());
        assertTrue(r.out().contains("b.txt"), r.out());
        Cli.Result clean = Cli.run("check", "--no-languagetool", "--format", "sarif", dir.resolve("a.txt").toString());
        assertTrue(clean.out().contains("\"executionSuccessful\" : true"), clean.out());
    }

    @Test
    void theCaretSitsUnderTheWordAfterWideCharacters() throws Exception {
        Path a = Files.writeString(dir.resolve("w.txt"), "\u5317\u4eac\ud83d\ude00 talks in kyiv went on.\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--no-color", a.toString());
        String[] lines = r.out().lines().toArray(String[]::new);
        int source = -1;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].contains("mt.proper-noun-case")) {
                source = i + 1;
                break;
            }
        }
        assertTrue(source >= 0 && source + 1 < lines.length, r.out());
        // Three wide characters take six columns, so the caret starts three columns later than it has code points.
        String caret = lines[source + 1];
        int codePointsBefore = lines[source].codePointCount(0, lines[source].indexOf("kyiv"));
        assertEquals(codePointsBefore + 3, caret.indexOf('^'), r.out());
        assertEquals(4, count(caret, "^"), r.out());
    }

    @Test
    void aFixThatCapitalisesTheNextWordShowsTheWholeWord() throws Exception {
        Path a = Files.writeString(dir.resolve("p.txt"), "The council met. For his part, the mayor said no.\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--no-color", "--source", "es", a.toString());
        assertTrue(r.out().contains("fix: \u201cThe\u201d  remove"), r.out());
    }

    @Test
    void rulesTestReadsNoHiddenFileAsAPack() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("house"));
        Files.writeString(rules.resolve(".mtlint.yaml"), "target: en\n");
        Cli.Result r = Cli.run("rules", "test", rules.toString());
        assertEquals(0, r.exitCode(), r.err());
    }
}
