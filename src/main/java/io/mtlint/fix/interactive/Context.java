package io.mtlint.fix.interactive;

import io.mtlint.model.LineMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The text around a finding, wrapped to the terminal width with the span highlighted (reverse video on a
 * terminal, ⟦…⟧ otherwise). Long paragraphs are cut to a window around the span.
 */
final class Context {
    private static final int WINDOW = 240;

    private Context() {
    }

    static List<String> around(String text, LineMap lines, int start, int end, int width, boolean ansi) {
        int line = lines.lineIndex(start);
        int from = lines.lineStart(Math.max(0, line - 1));
        int to = lines.lineContentEnd(Math.min(lines.lineCount() - 1, lines.lineIndex(end) + 1));
        from = Math.max(from, start - WINDOW);
        to = Math.min(to, Math.max(end, start) + WINDOW);
        String before = text.substring(from, start).replace("\r", "");
        String span = text.substring(start, Math.max(start, end)).replace("\r", "");
        String after = text.substring(Math.max(start, end), to).replace("\r", "");
        String open = ansi ? "\u001b[7m" : "\u27e6";
        String close = ansi ? "\u001b[0m" : "\u27e7";
        String marked = (from > lines.lineStart(Math.max(0, line - 1)) ? "\u2026" : "") + before + open
                + (span.isEmpty() ? " " : span) + close + after + (to < lines.lineContentEnd(Math.min(lines.lineCount() - 1,
                lines.lineIndex(end) + 1)) ? "\u2026" : "");
        List<String> out = new ArrayList<>();
        for (String paragraph : marked.split("\n", -1)) {
            wrap(paragraph, width, out);
        }
        while (out.size() > 1 && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Word-wraps one line, not counting escape sequences towards the width. */
    private static void wrap(String line, int width, List<String> out) {
        StringBuilder current = new StringBuilder();
        int visible = 0;
        for (String word : line.split(" ", -1)) {
            int w = visibleLength(word);
            if (visible > 0 && visible + 1 + w > width) {
                out.add(current.toString());
                current.setLength(0);
                visible = 0;
            }
            if (visible > 0) {
                current.append(' ');
                visible++;
            }
            current.append(word);
            visible += w;
        }
        out.add(current.toString());
    }

    private static int visibleLength(String s) {
        String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.codePointCount(0, plain.length());
    }
}
