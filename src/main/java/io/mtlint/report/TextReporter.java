package io.mtlint.report;

import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.LineMap;
import io.mtlint.model.Severity;
import io.mtlint.check.CheckResult;
import io.mtlint.run.RunResult;
import io.mtlint.text.ControlCharacters;

import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text: {@code path:line:col: severity [rule] message}, then the source line with the span
 * underlined and the suggested fixes, then a summary. Long lines are shown as a window around the span.
 */
public final class TextReporter implements Reporter {
    private static final int CONTEXT = 50;

    private final Ansi ansi;
    private final boolean showSource;

    public TextReporter(boolean color, boolean showSource) {
        this.ansi = new Ansi(color);
        this.showSource = showSource;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (CheckResult r : result.results()) {
            for (Finding f : r.findings()) {
                writeFinding(r.document(), f, out);
            }
        }
        out.write(Summaries.oneLine(result, ansi));
        out.write(System.lineSeparator());
        out.flush();
    }

    private void writeFinding(Document doc, Finding f, Writer out) throws IOException {
        Span span = Span.of(doc, f);
        String severity = switch (f.severity()) {
            case ERROR -> ansi.red("error");
            case WARNING -> ansi.yellow("warning");
            case INFO -> ansi.blue("info");
        };
        out.write(ansi.bold(ControlCharacters.visible(doc.path()) + ":" + span.start().line() + ":"
                + span.start().column() + ":") + " " + severity + " " + ansi.dim("[" + ControlCharacters.visible(
                f.ruleId()) + "]") + " " + ControlCharacters.visible(f.message()) + System.lineSeparator());
        if (showSource) {
            writeSource(doc, f, out);
            for (Fix fix : f.fixes()) {
                String replacement = fix.preview(doc.text(), f.start(), f.end());
                out.write("    " + ansi.green("fix" + (fix.safe() ? " (safe)" : "")) + ": "
                        + (replacement.isEmpty() ? "(remove)" : "\u201c" + visible(replacement) + "\u201d")
                        + (fix.description().isEmpty() ? "" : ansi.dim("  " + ControlCharacters.visible(fix.description())))
                        + System.lineSeparator());
            }
        }
    }

    private void writeSource(Document doc, Finding f, Writer out) throws IOException {
        LineMap lines = doc.lines();
        int lineIndex = lines.lineIndex(f.start());
        int lineStart = lines.lineStart(lineIndex);
        // A span may start inside a CRLF, past the end of its line's content.
        int lineEnd = Math.max(f.start(), lines.lineContentEnd(lineIndex));
        String text = doc.text();
        int spanEnd = Math.min(Math.max(f.end(), f.start()), lineEnd);
        int from = Math.max(lineStart, f.start() - CONTEXT);
        int to = Math.min(lineEnd, Math.max(spanEnd, f.start()) + CONTEXT);
        from = wordBoundary(text, from, lineStart, -1);
        to = wordBoundary(text, to, lineEnd, 1);
        String prefix = from > lineStart ? "\u2026" : "";
        String suffix = to < lineEnd ? "\u2026" : "";
        String before = text.substring(from, f.start());
        String flagged = text.substring(f.start(), Math.max(f.start(), spanEnd));
        String after = text.substring(Math.max(f.start(), spanEnd), to);
        out.write("    " + prefix + visible(before) + ansi.underline(visible(flagged)) + visible(after) + suffix
                + System.lineSeparator());
        String pad = " ".repeat(prefix.length() + columns(visible(before)));
        int width = Math.max(1, columns(visible(flagged)));
        out.write("    " + pad + ansi.red("^".repeat(width)) + System.lineSeparator());
    }

    /** The terminal columns {@code s} takes: two for a wide character (CJK, most emoji), none for a combining mark. */
    private static int columns(String s) {
        return s.codePoints().map(cp -> Math.max(0, org.jline.utils.WCWidth.wcwidth(cp))).sum();
    }

    private static int wordBoundary(String text, int at, int limit, int direction) {
        int i = at;
        int steps = 0;
        while (i != limit && steps < 15 && !Character.isWhitespace(text.charAt(direction < 0 ? i : i - 1))) {
            i += direction;
            steps++;
        }
        return steps < 15 ? i : at;
    }

    /**
     * Tabs and odd whitespace shown as single visible characters so the caret line stays aligned, and control
     * characters from the article (escape sequences among them) as symbols, so they never act on the terminal.
     */
    private static String visible(String s) {
        return ControlCharacters.visible(s.replace('\t', ' ').replace('\u00A0', '\u2423').replace("\r", "")
                .replace('\n', '\u21b5'));
    }

}
