package io.mtlint.fix;

import io.mtlint.fix.interactive.InteractiveFix;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.Cli;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the interactive fixer end to end with scripted keystrokes and checks the files byte for byte. */
class InteractiveFixTest {
    private static final String TEXT = "In kyiv and kyiv , the mayor said. the vote [de estas medidas] passed.\r\n"
            + "Officials in kyiv agreed .\r\n";

    @TempDir
    Path dir;

    /**
     * Keystrokes for a terminal on streams. JLine's pseudo-terminal closes when its input ends, so after the
     * script the stream waits (bounded) instead of ending, as a user at a keyboard would; and it starts only
     * when the session is ready, as the terminal would line-edit keys typed before raw mode.
     */
    private static final class Keystrokes extends InputStream {
        private final byte[] bytes;
        private int next;
        private final CountDownLatch finished = new CountDownLatch(1);
        private final CountDownLatch started = new CountDownLatch(1);

        Keystrokes(String keys) {
            this.bytes = keys.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized int read() {
            try {
                started.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (next < bytes.length) {
                return bytes[next++] & 0xFF;
            }
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }

        /** Typing starts once the session has the terminal in raw mode, as it would for a person. */
        void start() {
            started.countDown();
        }

        void end() {
            finished.countDown();
        }
    }

    private static int session(Path file, String keys, ByteArrayOutputStream screen, StringWriter err) throws Exception {
        Keystrokes in = new Keystrokes(keys);
        try (Terminal t = TerminalBuilder.builder().system(false).type("xterm-256color").size(new Size(100, 40))
                .streams(in, screen).build()) {
            InteractiveFix session = InteractiveFix.onTerminal(Checkers.structural(), t, new PrintWriter(err, true));
            in.start();
            int code = session.run(List.of(file), null);
            screenWhenItShows(screen, "; wrote ");
            return code;
        } finally {
            in.end();
        }
    }

    /**
     * JLine copies terminal output to the stream on its own thread and stops when the terminal closes: wait
     * (bounded) until the session's last line is there before closing.
     */
    private static String screenWhenItShows(ByteArrayOutputStream screen, String last) throws InterruptedException {
        for (int i = 0; i < 100 && !screen.toString(StandardCharsets.UTF_8).contains(last); i++) {
            Thread.sleep(20);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void acceptEditSkipUndoIgnoreApplyAllAndQuitOnAJLineTerminal() throws Exception {
        Path file = Files.write(dir.resolve("a.txt"), TEXT.getBytes(StandardCharsets.UTF_8));
        String keys = "1"                        // kyiv → Kyiv
                + "e\u007f\u007f\u007f\u007fKyiv city\r" // edit the second kyiv on the prefilled line
                + "s"                            // skip " ,"
                + "u"                            // undo that skip: " ," comes back
                + "1"                            // and is fixed this time
                + "i"                            // ignore mt.sentence-case for the rest of the run
                + "s"                            // skip the Spanish insertion
                + "a"                            // apply Kyiv to every identical finding
                + "q";                           // write and quit, leaving " ." of line 2 alone
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = session(file, keys, screen, err);
        assertEquals(0, code, err + "\n" + screen.toString(StandardCharsets.UTF_8));
        String shownFirst = screen.toString(StandardCharsets.UTF_8);
        assertEquals("In Kyiv and Kyiv city, the mayor said. the vote [de estas medidas] passed.\r\n"
                + "Officials in Kyiv agreed .\r\n", Files.readString(file, StandardCharsets.UTF_8), shownFirst);
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("[mt.proper-noun-case.known-name]"), shown);
        assertTrue(shown.contains("Undone."), shown);
        assertTrue(shown.contains("Applied 4, skipped 2; wrote 1 file."), shown);
        assertTrue(shown.lastIndexOf("\u001b[?1l") > shown.lastIndexOf("\u001b[?1h"), "the keypad mode is reset");
        assertTrue(!shown.contains("\u001b[?2004h"), "no bracketed paste");
    }

    @Test
    void quittingWithoutWritingLeavesTheFileUntouched() throws Exception {
        Path file = Files.write(dir.resolve("b.txt"), TEXT.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        session(file, "11xy", screen, new StringWriter());
        assertEquals(TEXT, Files.readString(file, StandardCharsets.UTF_8));
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Left " + file + " unchanged."), shown);
        assertTrue(shown.contains("Applied 0, skipped 0, discarded 2; wrote 0 files."), shown);
    }

    /** {@code fix -i} on {@code files} without a terminal, answered by {@code keys}, one per line. */
    private static Cli.Result piped(String keys, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("fix", "-i", "--no-languagetool"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return Cli.runWithInput(keys.getBytes(StandardCharsets.UTF_8), args.toArray(new String[0]));
    }

    @Test
    void withoutATerminalKeysComeOneLinePerKey() throws Exception {
        Path first = Files.writeString(dir.resolve("c.txt"), "In kyiv today.\n");
        Path second = Files.writeString(dir.resolve("d.txt"), "Back to kharkiv now .\n");
        Cli.Result r = piped("1\n\ns\n", first, second);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("In Kyiv today.\n", Files.readString(first));
        assertEquals("Back to kharkiv now .\n", Files.readString(second), "Enter and s skip");
        assertTrue(r.out().contains("(key + Enter)"), r.out());
    }

    @Test
    void inputThatEndsKeepsTheDecisionsMadeAsQuittingDoes() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "In kyiv and in kharkiv , the mayor said.\n");
        Path untouched = Files.writeString(dir.resolve("g.txt"), "Back to kharkiv now .\n");
        Cli.Result r = piped("1\n", file, untouched);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(file).startsWith("In Kyiv and in kharkiv ,"), Files.readString(file));
        assertEquals("Back to kharkiv now .\n", Files.readString(untouched), "the walk stops where input ends");
        assertTrue(r.out().contains("Input ended: keeping the decisions made so far."), r.out());
        assertTrue(r.out().contains("Applied 1, skipped 0; wrote 1 file."), r.out());
    }

    @Test
    void inputThatEndsBetweenFilesLeavesTheNextOneUnvisited() throws Exception {
        Path done = Files.writeString(dir.resolve("i.txt"), "In kyiv today.\n");
        Path next = Files.writeString(dir.resolve("j.txt"), "Back to kharkiv now .\n");
        Cli.Result r = piped("1\n", done, next);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("In Kyiv today.\n", Files.readString(done));
        assertEquals("Back to kharkiv now .\n", Files.readString(next));
        assertTrue(r.out().contains("Input ended: keeping the decisions made so far."), r.out());
    }

    @Test
    void withNoTerminalAndNoInputItExitsWithAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("e.txt"), "In kyiv today.\n");
        Cli.Result r = Cli.run("fix", "--interactive", "--no-languagetool", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("interactive mode needs a terminal, or keys on standard input"), r.err());
        assertEquals("In kyiv today.\n", Files.readString(file));
    }

    @Test
    void dryRunDecidesButWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "In kyiv today .\n");
        Cli.Result r = Cli.runWithInput("1\n1\n".getBytes(StandardCharsets.UTF_8), "fix", "-i", "--dry-run",
                "--no-languagetool", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("In kyiv today .\n", Files.readString(file));
        assertTrue(r.out().contains("Would write " + file + " (2 changes)."), r.out());
        assertTrue(r.out().contains("would write 1 file (nothing written: --dry-run)."), r.out());
    }

    /** The prompts go to standard error, so standard output is a patch of the decisions, and exit 1 says so. */
    @Test
    void diffPrintsThePatchOfTheDecisionsAndWritesNothing() throws Exception {
        Path first = Files.writeString(dir.resolve("g.txt"), "In kyiv today .\n");
        Path second = Files.writeString(dir.resolve("h.txt"), "Back to kharkiv now .\n");
        Cli.Result r = Cli.runWithInput("1\ns\ns\n1\n".getBytes(StandardCharsets.UTF_8), "fix", "-i", "--diff",
                "--no-languagetool", first.toString(), second.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("In kyiv today .\n", Files.readString(first));
        assertEquals("Back to kharkiv now .\n", Files.readString(second));
        String a = first.toString().substring(1);
        String b = second.toString().substring(1);
        assertEquals("--- a/" + a + "\n+++ b/" + a + "\n@@ -1 +1 @@\n-In kyiv today .\n+In Kyiv today .\n"
                + "--- a/" + b + "\n+++ b/" + b + "\n@@ -1 +1 @@\n-Back to kharkiv now .\n+Back to kharkiv now.\n",
                r.out());
        assertTrue(r.err().contains("[mt.proper-noun-case.known-name]"), r.err());
    }

    @Test
    void standardInputCannotBeBothTheDocumentAndTheAnswers() {
        Cli.Result r = Cli.runWithInput("In kyiv today.\n".getBytes(StandardCharsets.UTF_8), "fix", "-i", "-");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("mtlint: fix -i reads your answers from standard input"), r.err());
    }
}
