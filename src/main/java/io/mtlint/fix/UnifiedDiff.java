package io.mtlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import io.mtlint.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of a file before and after fixing, as {@code diff -u} prints it, that {@code git apply} and
 * {@code patch} accept. Lines are what those tools call lines: they end at LF, so a CRLF line keeps its CR and a
 * file with lone CRs is one line. A last line without LF is marked {@code \ No newline at end of file}, and a
 * UTF-8 byte-order mark stays at the start of the first line, as it is in the file.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** The diff of {@code document} against the fixed text, its byte-order mark on both sides. */
    public static String of(Document document, String fixedText) {
        String bom = document.hasBom() && document.charset().equals(StandardCharsets.UTF_8) ? "\uFEFF" : "";
        return of(document.path(), bom + document.text(), bom + fixedText);
    }

    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        if (deltas.isEmpty()) {
            return "";
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n');
        out.append("+++ b/").append(name).append('\n');
        int first = 0;
        while (first < deltas.size()) {
            int last = first;
            while (last + 1 < deltas.size() && start(deltas.get(last + 1).getSource())
                    - end(deltas.get(last).getSource()) <= 2 * CONTEXT) {
                last++;
            }
            hunk(deltas.subList(first, last + 1), a, b, out);
            first = last + 1;
        }
        return out.toString();
    }

    /** One hunk: the deltas, which lie close enough to share context, with context around them. */
    private static void hunk(List<AbstractDelta<String>> deltas, List<String> a, List<String> b, StringBuilder out) {
        AbstractDelta<String> firstDelta = deltas.get(0);
        AbstractDelta<String> lastDelta = deltas.get(deltas.size() - 1);
        int oldFrom = Math.max(0, start(firstDelta.getSource()) - CONTEXT);
        int oldTo = Math.min(a.size(), end(lastDelta.getSource()) + CONTEXT);
        int newFrom = start(firstDelta.getTarget()) - (start(firstDelta.getSource()) - oldFrom);
        int newTo = end(lastDelta.getTarget()) + (oldTo - end(lastDelta.getSource()));
        out.append("@@ -").append(range(oldFrom, oldTo - oldFrom)).append(" +").append(range(newFrom, newTo - newFrom))
                .append(" @@\n");
        int i = oldFrom;
        for (AbstractDelta<String> d : deltas) {
            for (; i < start(d.getSource()); i++) {
                line(' ', a.get(i), i == a.size() - 1, out);
            }
            for (int k = 0; k < d.getSource().size(); k++) {
                line('-', a.get(i + k), i + k == a.size() - 1, out);
            }
            for (int k = 0; k < d.getTarget().size(); k++) {
                int j = start(d.getTarget()) + k;
                line('+', b.get(j), j == b.size() - 1, out);
            }
            i = end(d.getSource());
        }
        for (; i < oldTo; i++) {
            line(' ', a.get(i), i == a.size() - 1, out);
        }
    }

    /** A line with its LF, or, for a last line without one, the marker that says so. */
    private static void line(char kind, String line, boolean last, StringBuilder out) {
        out.append(kind);
        if (line.endsWith("\n")) {
            out.append(line);
        } else {
            out.append(line).append('\n').append(NO_NEWLINE).append('\n');
        }
    }

    /** {@code start,count} with a 1-based start; an empty range starts at the line before it, as diff writes it. */
    private static String range(int from, int count) {
        int start = count == 0 ? from : from + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static int start(Chunk<String> chunk) {
        return chunk.getPosition();
    }

    private static int end(Chunk<String> chunk) {
        return chunk.getPosition() + chunk.size();
    }

    /** Lines with their LF, so that a last line gaining or losing its LF is a change like any other. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int lf = text.indexOf('\n', from);
            int to = lf < 0 ? text.length() : lf + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
        return lines;
    }
}
