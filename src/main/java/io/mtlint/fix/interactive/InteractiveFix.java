package io.mtlint.fix.interactive;

import io.mtlint.model.Document;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.model.LineMap;
import io.mtlint.model.Position;
import io.mtlint.model.TextEdit;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.format.DocumentStructureException;
import io.mtlint.check.Checker;
import io.mtlint.run.CachedChecks;
import io.mtlint.run.CheckerProvider;
import io.mtlint.run.ResultCache;
import io.mtlint.config.ConfigException;
import io.mtlint.fix.AtomicWriter;
import io.mtlint.fix.FixWriteException;
import io.mtlint.fix.UnifiedDiff;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The interactive fixer: walks through the findings file by file and asks, for each, what to do with single
 * keystrokes. Each file is written once, atomically, when the session leaves it; quitting without writing or an
 * interrupted terminal (Ctrl-C) leaves it untouched, while input that ends keeps the decisions made, as {@code q}
 * does: a script with fewer answers than findings loses none of them. A preview session writes nothing: it lists
 * the files it would write, or prints the diff of every decision at the end.
 */
public final class InteractiveFix {
    public static final int OK = 0;
    /** With {@link Mode#DIFF}: the decisions would change a file. */
    public static final int CHANGES = 1;
    public static final int NO_INPUT = 2;
    public static final int UNREADABLE = 3;

    /** What happens to a file the session leaves with changes. */
    public enum Mode {
        /** Written in place. */
        WRITE,
        /** Nothing written; the session says what it would write. */
        DRY_RUN,
        /** Nothing written; a unified diff of every change goes to the output at the end. */
        DIFF
    }

    private static final String HELP = """
            1-9  apply that suggestion            e  edit the replacement
            s    skip (space or Enter too)        a  apply the same fix to every identical finding in this file
            i    ignore this rule for the run     u  undo the last action
            q    write this file and quit         x  quit without writing this file (asks first)
            ?    this help""";

    private final CheckerProvider checkers;
    private CachedChecks checks;
    private final Keys keys;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean ansi;
    private final int width;
    private final AtomicWriter writer = new AtomicWriter();
    private final Mode mode;
    /** Where the diffs of {@link Mode#DIFF} go: the command's output, which the prompts may not share. */
    private final PrintWriter diffOut;
    private Terminal terminal;

    InteractiveFix(CheckerProvider checkers, Keys keys, PrintWriter out, PrintWriter err, boolean ansi, int width,
                   Mode mode) {
        this.checkers = checkers;
        this.checks = new CachedChecks(checkers, null);
        this.keys = keys;
        this.out = out;
        this.err = err;
        this.ansi = ansi;
        this.width = Math.max(40, width);
        this.mode = mode;
        this.diffOut = out;
    }

    /**
     * For the command line: JLine's terminal when standard input and output are a real terminal, keys typed as
     * lines otherwise (dumb terminals, scripts). With {@link Mode#DIFF} the diff goes to {@code out}, and
     * without a terminal the prompts go to {@code err}, so that the output is the patch alone.
     */
    public InteractiveFix(CheckerProvider checkers, InputStream stdin, PrintWriter out, PrintWriter err,
                          boolean terminalAttached, Mode mode) {
        this.checkers = checkers;
        this.checks = new CachedChecks(checkers, null);
        this.err = err;
        this.mode = mode;
        this.diffOut = out;
        Terminal t = null;
        if (terminalAttached) {
            try {
                t = TerminalBuilder.builder().system(true).build();
            } catch (IOException e) {
                t = null;
            }
        }
        boolean dumb = t == null || t.getType().startsWith(Terminal.TYPE_DUMB);
        this.terminal = t;
        this.keys = dumb ? new LineKeys(stdin) : new TerminalKeys(t);
        this.out = !dumb ? t.writer() : mode == Mode.DIFF ? err : out;
        this.ansi = !dumb && System.getenv("NO_COLOR") == null;
        this.width = Math.max(40, t == null || t.getWidth() <= 0 ? 100 : t.getWidth());
    }

    /** A session on a given JLine terminal (a real one, or one on streams in tests). */
    public static InteractiveFix onTerminal(Checker checker, Terminal terminal, PrintWriter err) {
        return new InteractiveFix(fixed(checker), new TerminalKeys(terminal), terminal.writer(), err,
                !terminal.getType().startsWith(Terminal.TYPE_DUMB), terminal.getWidth() > 0 ? terminal.getWidth() : 100,
                Mode.WRITE);
    }

    /** A session reading one key per line from {@code in}. */
    public static InteractiveFix onLines(Checker checker, InputStream in, PrintWriter out, PrintWriter err) {
        return new InteractiveFix(fixed(checker), new LineKeys(in), out, err, false, 100, Mode.WRITE);
    }

    private static CheckerProvider fixed(Checker checker) {
        return CheckerProvider.of(checker);
    }

    /** Reads each file's findings from {@code cache} when it holds them, and stores them there (null: none). */
    public InteractiveFix withCache(ResultCache cache) {
        this.checks = new CachedChecks(checkers, cache);
        return this;
    }

    public int run(List<Path> files, Format format) {
        if (files == null) {
            return UNREADABLE;
        }
        Set<String> ignored = new HashSet<>();
        int applied = 0;
        int skipped = 0;
        int discarded = 0;
        int written = 0;
        boolean problems = false;
        StringBuilder diffs = new StringBuilder();
        try {
            for (Path file : files) {
                Document doc;
                String alignedSource;
                try {
                    Path source = checkers.optionsFor(file).alignedSource();
                    doc = DocumentLoader.load(file, file.toString(), format, source);
                    alignedSource = source == null ? null : DocumentLoader.load(source, source.toString(), Format.TEXT).text();
                } catch (ConfigException e) {
                    err.println("mtlint: " + e.getMessage());
                    return NO_INPUT;
                } catch (DocumentException e) {
                    err.println("mtlint: " + e.getMessage());
                    problems = true;
                    continue;
                }
                FileSession session;
                try {
                    session = new FileSession(doc.text(), checks.check(file, doc).findings(), ignored);
                } catch (ConfigException e) {
                    err.println("mtlint: " + e.getMessage());
                    return NO_INPUT;
                } catch (DocumentStructureException e) {
                    err.println("mtlint: " + e.forFile(doc.path()).getMessage());
                    problems = true;
                    continue;
                }
                Outcome outcome = walk(doc, session, alignedSource);
                out.println();
                if (outcome == Outcome.DISCARD) {
                    discarded += session.applied();
                } else {
                    applied += session.applied();
                    skipped += session.skipped();
                }
                if (outcome == Outcome.INPUT_ENDED) {
                    out.println("Input ended: keeping the decisions made so far.");
                }
                if (outcome == Outcome.NO_INPUT) {
                    err.println("mtlint: interactive mode needs a terminal, or keys on standard input (one per line)");
                    return NO_INPUT;
                }
                String changes = session.applied() + " change" + (session.applied() == 1 ? "" : "s");
                if (outcome != Outcome.DISCARD && session.changed(doc.text()) && mode != Mode.WRITE) {
                    written++;
                    diffs.append(UnifiedDiff.of(doc, session.text()));
                    out.println("Would write " + file + " (" + changes + ").");
                } else if (outcome != Outcome.DISCARD && session.changed(doc.text())) {
                    try {
                        writer.write(file, doc, session.text());
                        written++;
                        out.println("Wrote " + file + " (" + changes + ").");
                    } catch (FixWriteException e) {
                        err.println("mtlint: " + e.getMessage());
                        problems = true;
                    }
                } else if (outcome == Outcome.DISCARD) {
                    out.println("Left " + file + " unchanged.");
                }
                if (outcome != Outcome.DONE) {
                    break;
                }
            }
        } catch (IOException e) {
            err.println("mtlint: interactive input failed: " + e.getMessage());
            return UNREADABLE;
        } finally {
            out.println("Applied " + applied + ", skipped " + skipped
                    + (discarded > 0 ? ", discarded " + discarded : "") + "; " + (mode == Mode.WRITE ? "wrote "
                    : "would write ") + written + " file" + (written == 1 ? "" : "s")
                    + (mode == Mode.WRITE ? "." : " (nothing written: " + (mode == Mode.DIFF ? "--diff" : "--dry-run")
                    + ")."));
            out.flush();
            keys.close();
            if (terminal != null) {
                try {
                    terminal.close();
                } catch (IOException ignored2) {
                    // Closing restores the terminal; there is nothing more to do if it fails.
                }
            }
            if (mode == Mode.DIFF) {
                diffOut.print(diffs);
                diffOut.flush();
            }
        }
        return problems ? UNREADABLE : mode == Mode.DIFF && written > 0 ? CHANGES : OK;
    }

    private enum Outcome { DONE, QUIT, INPUT_ENDED, DISCARD, NO_INPUT }

    /** Whether any key was read in this run: input that ends after one is the end of the answers, not their lack. */
    private boolean askedAnything;

    /** {@code alignedSource}: the text of the source a plain-text translation is aligned with, or null. */
    private Outcome walk(Document doc, FileSession session, String alignedSource) throws IOException {
        for (Pending p = session.current(); p != null; p = session.current()) {
            show(doc, session, p);
            int key = keys.readKey();
            if (key == 3) {
                return Outcome.DISCARD;
            }
            if (key == -1) {
                return askedAnything ? Outcome.INPUT_ENDED : Outcome.NO_INPUT;
            }
            askedAnything = true;
            char c = (char) key;
            if (c >= '1' && c <= '9') {
                int n = c - '1';
                if (n < p.fixes().size()) {
                    session.apply(p.fixes().get(n));
                } else {
                    out.println("No suggestion " + c + ".");
                }
            } else if (c == 'e') {
                edit(doc, session, p, alignedSource);
            } else if (c == 's' || c == ' ' || c == '\r' || c == '\n') {
                session.skip();
            } else if (c == 'a') {
                if (p.fixes().isEmpty()) {
                    out.println("This finding has no fix to apply.");
                } else {
                    out.println("Applied to " + session.applyToAllIdentical() + " identical findings.");
                }
            } else if (c == 'i') {
                session.ignoreRule();
            } else if (c == 'u') {
                out.println(session.undo() ? "Undone." : "Nothing to undo.");
            } else if (c == 'q') {
                return Outcome.QUIT;
            } else if (c == 'x') {
                out.print("Quit without writing " + doc.path() + "? (y/n) ");
                out.flush();
                int answer = keys.readKey();
                if (answer == 'y' || answer == 'Y' || answer == -1) {
                    return Outcome.DISCARD;
                }
            } else {
                out.println(HELP);
            }
        }
        return Outcome.DONE;
    }

    /**
     * Replaces the finding's span with what the user types. In a bilingual file the user edits the translation as
     * it reads and the text is escaped for the format; a span that is not translation text cannot be edited here.
     */
    private void edit(Document doc, FileSession session, Pending p, String alignedSource) throws IOException {
        Document current = null;
        if (doc.format().bilingual()) {
            current = DocumentLoader.fromText(doc.path(), session.text(), doc.format());
        } else if (alignedSource != null) {
            current = DocumentLoader.aligned(DocumentLoader.fromText(doc.path(), session.text(), doc.format()),
                    alignedSource);
        }
        if (current != null && current.writable(new TextEdit(p.start(), p.end(), "")) == null) {
            out.println("This span is not translation text; edit the file itself.");
            return;
        }
        String shown = current == null ? session.text().substring(p.start(), p.end()) : current.reading(p.start(), p.end());
        String replacement = keys.readLine("replace with: ", shown);
        if (replacement == null) {
            return;
        }
        TextEdit written = current == null ? new TextEdit(p.start(), p.end(), replacement)
                : current.writable(new TextEdit(p.start(), p.end(), replacement));
        if (written == null) {
            out.println("That text cannot be written into this file (its encoding or format does not allow it).");
            return;
        }
        session.replace(written.replacement());
    }

    private void show(Document doc, FileSession session, Pending p) {
        String text = session.text();
        LineMap lines = new LineMap(text);
        Position pos = lines.position(p.start());
        out.println();
        out.println(bold(doc.path() + ":" + pos.line() + ":" + pos.column()) + "  " + dim("[" + p.finding().ruleId()
                + "] " + p.finding().severity().id()) + "  " + dim("(" + session.remaining() + " left in this file)"));
        out.println(p.finding().message());
        out.println();
        for (String line : Context.around(text, lines, p.start(), p.end(), width - 4, ansi)) {
            out.println("  " + line);
        }
        out.println();
        int n = 1;
        for (Fix fix : p.fixes()) {
            if (n > 9) {
                break;
            }
            String replacement = fix.preview(text, p.start(), p.end());
            out.println("  " + n++ + ") " + (replacement.isEmpty() ? "(remove)" : "\u201c" + replacement + "\u201d")
                    + (fix.safe() ? "" : "  " + dim("needs review")) + (fix.description().isEmpty() ? ""
                    : "  " + dim(fix.description())));
        }
        out.print((p.fixes().isEmpty() ? "" : "[1-" + Math.min(9, p.fixes().size()) + "] apply  ")
                + "e edit  s skip  a all  i ignore rule  u undo  q quit  x discard  ? help"
                + (keys.singleKeystroke() ? " > " : " (key + Enter) > "));
        out.flush();
    }

    private String bold(String s) {
        return ansi ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String dim(String s) {
        return ansi ? "\u001b[2m" + s + "\u001b[0m" : s;
    }
}
