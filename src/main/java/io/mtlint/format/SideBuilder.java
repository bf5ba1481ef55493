package io.mtlint.format;

import io.mtlint.model.InlineCode;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Placeholders;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one side of a segment (its source or its target) from document ranges in order: text written as
 * itself, escapes that read as other characters, inline codes, and hidden markup. Placeholders and HTML tags in
 * the decoded text become codes too. The result is the side's prose block, its codes, and the ranges an edit of
 * the side must leave alone.
 */
final class SideBuilder {
    /** What a standalone code reads as in the prose: a noun every dictionary knows, so the sentence stays whole. */
    static final String PLACEHOLDER = Placeholder.WORD;

    private sealed interface Atom permits Text, Escape, Code, Hidden {
        int start();

        int end();
    }

    private record Text(int start, int end) implements Atom {
    }

    private record Escape(int start, int end, String reads) implements Atom {
    }

    private record Code(int start, int end, InlineCode.Kind kind, String type, String id, String reads)
            implements Atom {
    }

    private record Hidden(int start, int end) implements Atom {
    }

    /** One built side. {@code block} is null when the side has no prose and no codes. */
    record Side(ProseBlock block, List<InlineCode> codes, List<int[]> locked, List<int[]> literal) {
        boolean isEmpty() {
            return block == null;
        }
    }

    private final String documentText;
    private final Placeholders.Printf printf;
    private final List<Atom> atoms = new ArrayList<>();
    private final List<int[]> literal = new ArrayList<>();

    SideBuilder(String documentText, Placeholders.Printf printf) {
        this.documentText = documentText;
        this.printf = printf;
    }

    SideBuilder text(int start, int end) {
        if (end > start) {
            atoms.add(new Text(start, end));
        }
        return this;
    }

    SideBuilder escape(int start, int end, String reads) {
        atoms.add(new Escape(start, end, reads));
        return this;
    }

    SideBuilder code(int start, int end, InlineCode.Kind kind, String type, String id, String reads) {
        atoms.add(new Code(start, end, kind, type, id, reads));
        return this;
    }

    SideBuilder hidden(int start, int end) {
        if (end > start) {
            atoms.add(new Hidden(start, end));
        }
        return this;
    }

    /** A range written without escapes (a CDATA section's content). */
    SideBuilder literal(int start, int end) {
        literal.add(new int[] {start, end});
        return this;
    }

    Side build() {
        List<Atom> resolved = withTextCodes();
        ProseBlock.Builder block = ProseBlock.builder(ProseBlock.Kind.SEGMENT, documentText);
        List<InlineCode> codes = new ArrayList<>();
        List<int[]> locked = new ArrayList<>();
        int view = 0;
        boolean any = false;
        int first = 0;
        int last = resolved.size();
        // Markup before the first and after the last piece of text is no part of the block (a PO entry's empty first string).
        while (first < last && resolved.get(first) instanceof Hidden h) {
            locked.add(new int[] {h.start(), h.end()});
            first++;
        }
        while (last > first && resolved.get(last - 1) instanceof Hidden h) {
            locked.add(new int[] {h.start(), h.end()});
            last--;
        }
        for (Atom a : resolved.subList(first, last)) {
            if (a instanceof Text t) {
                block.text(t.start(), t.end());
                view += t.end() - t.start();
                any = true;
            } else if (a instanceof Escape e) {
                block.markup(e.start(), e.end(), e.reads());
                view += e.reads().length();
                any |= !e.reads().isEmpty();
            } else if (a instanceof Code c) {
                codes.add(new InlineCode(c.kind(), c.type(), c.id(), documentText.substring(c.start(), c.end()),
                        c.start(), c.end(), view));
                block.markup(c.start(), c.end(), c.reads());
                view += c.reads().length();
                locked.add(new int[] {c.start(), c.end()});
                any = true;
            } else {
                block.markup(a.start(), a.end(), "");
                locked.add(new int[] {a.start(), a.end()});
            }
        }
        ProseBlock built = any ? block.build() : null;
        if (built != null && built.text().isEmpty() && codes.isEmpty()) {
            built = null;
        }
        return new Side(built, codes, locked, literal);
    }

    /** Replaces the placeholders and tags found in each run of text by code atoms. */
    private List<Atom> withTextCodes() {
        List<Atom> out = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            if (!(atoms.get(i) instanceof Text) && !(atoms.get(i) instanceof Escape)) {
                out.add(atoms.get(i++));
                continue;
            }
            int j = i;
            while (j < atoms.size() && (atoms.get(j) instanceof Text || atoms.get(j) instanceof Escape)) {
                j++;
            }
            out.addAll(resolveRun(atoms.subList(i, j)));
            i = j;
        }
        return out;
    }

    private List<Atom> resolveRun(List<Atom> run) {
        StringBuilder decoded = new StringBuilder();
        List<Integer> atomStarts = new ArrayList<>();
        for (Atom a : run) {
            atomStarts.add(decoded.length());
            decoded.append(a instanceof Text t ? documentText.substring(t.start(), t.end()) : ((Escape) a).reads());
        }
        List<Placeholders.Match> matches = Placeholders.find(decoded, printf);
        if (matches.isEmpty()) {
            return run;
        }
        List<Atom> out = new ArrayList<>();
        int cursor = 0; // decoded offset consumed so far
        for (Placeholders.Match m : matches) {
            int rawStart = rawOffset(run, atomStarts, m.start(), true);
            int rawEnd = rawOffset(run, atomStarts, m.end(), false);
            if (rawStart < 0 || rawEnd < 0) {
                continue; // the match splits an escape: leave it as text
            }
            copy(run, atomStarts, cursor, m.start(), out);
            InlineCode.Kind kind = switch (m.kind()) {
                case PLACEHOLDER -> InlineCode.Kind.PLACEHOLDER;
                case OPENING -> InlineCode.Kind.OPENING;
                case CLOSING -> InlineCode.Kind.CLOSING;
                case STANDALONE -> InlineCode.Kind.STANDALONE;
            };
            String reads = m.kind() == Placeholders.Kind.PLACEHOLDER ? PLACEHOLDER
                    : Placeholders.breaksLine(m.form()) ? "\n" : "";
            out.add(new Code(rawStart, rawEnd, kind, m.form(), null, reads));
            cursor = m.end();
        }
        copy(run, atomStarts, cursor, decoded.length(), out);
        return out;
    }

    /** The atoms (or parts of text atoms) of the run between two decoded offsets. */
    private static void copy(List<Atom> run, List<Integer> atomStarts, int from, int to, List<Atom> out) {
        for (int k = 0; k < run.size(); k++) {
            Atom a = run.get(k);
            int ds = atomStarts.get(k);
            int de = k + 1 < run.size() ? atomStarts.get(k + 1) : Integer.MAX_VALUE;
            if (a instanceof Escape e) {
                de = ds + e.reads().length();
                if (ds >= from && de <= to && de > ds) {
                    out.add(a);
                }
            } else {
                Text t = (Text) a;
                de = ds + (t.end() - t.start());
                int s = Math.max(from, ds);
                int e = Math.min(to, de);
                if (s < e) {
                    out.add(new Text(t.start() + s - ds, t.start() + e - ds));
                }
            }
        }
    }

    /**
     * The document offset of a decoded offset that starts ({@code start}) or ends a match, or -1 when it falls
     * inside an escape.
     */
    private static int rawOffset(List<Atom> run, List<Integer> atomStarts, int decodedOffset, boolean start) {
        for (int k = 0; k < run.size(); k++) {
            Atom a = run.get(k);
            int ds = atomStarts.get(k);
            int len = a instanceof Text t ? t.end() - t.start() : ((Escape) a).reads().length();
            boolean here = start ? decodedOffset >= ds && decodedOffset < ds + len
                    : decodedOffset > ds && decodedOffset <= ds + len;
            if (!here) {
                continue;
            }
            if (a instanceof Text t) {
                return t.start() + decodedOffset - ds;
            }
            return start ? (decodedOffset == ds ? a.start() : -1) : (decodedOffset == ds + len ? a.end() : -1);
        }
        return -1;
    }
}
