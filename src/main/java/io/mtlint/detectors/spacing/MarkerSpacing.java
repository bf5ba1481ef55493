package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.format.PairedSource;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces machine translation adds at the start of a Markdown line: after a heading's or list item's marker where
 * the page writes that marker with one space elsewhere ("##  Motivation" beside "# Title"), and before a line
 * of a paragraph ("␣I want to measure…"). Markdown renders them the same, but they show the line was rewritten; a
 * page that aligns its list text with several spaces throughout keeps its style.
 */
final class MarkerSpacing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "after-marker", Category.SPACING, Severity.ERROR,
            "A space added after a heading or list marker, or before a paragraph",
            "Two or more spaces after a heading's \"#\" or a list item's marker where the page writes the same "
                    + "marker with one space elsewhere, and a paragraph line that starts with one space: the first, "
                    + "or a later one where the first starts at the margin. "
                    + "A page that writes a marker with several spaces throughout (\"-   item\") is left alone, and so "
                    + "is an ordered list's text aligned past its number (\"2.  Step\", \"10. Step\"): that is an "
                    + "author's style, reported only when the page's original writes its numbered items with one space. "
                    + "Fix (safe): remove the added spaces.",
            Example.bad("# Setup\n\n## <marker> </marker>Usage\n\nRun it.", "# Setup\n\n## Usage\n\nRun it.")
                    .asMarkdown(),
            Example.bad("# Setup\n\n<marker> </marker>Run the server first.", "# Setup\n\nRun the server first.")
                    .asMarkdown(),
            Example.good("# Setup\n\n-   Run the server.\n-   Open the page.").asMarkdown(),
            Example.good("# Setup\n\n1. Unpack the archive.\n\n2.  Run the server.").asMarkdown());

    private static final Pattern HEADING = Pattern.compile("#{1,6}( +)");
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*([-*+]|\\d{1,9}[.)])( +)");

    /**
     * Where a block's line starts with a marker: its kind ("#", "-", "1." for any number), or "" for none, the
     * marker as written ("10."), and its spaces.
     */
    private record Marker(String kind, String written, int spaceStart, int spaceEnd) {
        int spaces() {
            return spaceEnd - spaceStart;
        }
    }

    private record Styles(Set<String> singleSpaced) {
    }

    private MarkerSpacing() {
    }

    /** {@code configuredSource}: the source language the checker was given, which finds the page's original. */
    static void check(ProseBlock block, Document document, String configuredSource, BlockReporter out) {
        String text = document.text();
        Marker marker = marker(block, text);
        if (marker == null) {
            if (block.kind() == ProseBlock.Kind.PARAGRAPH && block.docStart() == lineStart(text, block.docStart())) {
                indentedContinuations(block, text, out);
            }
            return;
        }
        if (marker.kind().isEmpty()) {
            int lineStart = marker.spaceStart();
            if (marker.spaces() == 1 && startsParagraph(text, lineStart)) {
                report(out, marker, "Space before the paragraph");
            }
            return;
        }
        if (marker.spaces() > 1 && styles(document).singleSpaced().contains(marker.kind())
                && (!ordered(marker) || originalSingleSpacesOrderedItems(document, configuredSource))) {
            report(out, marker, "Extra space after the \u201c" + marker.written() + "\u201d marker");
        }
    }

    /**
     * Lines of a paragraph that starts its line, each starting with one space: the paragraph's own lines start
     * where it does.
     */
    private static void indentedContinuations(ProseBlock block, String text, BlockReporter out) {
        for (ProseBlock.Piece piece : block.pieces()) {
            int at = piece.verbatim() ? piece.docStart() : -1;
            if (at > 1 && text.charAt(at - 1) == ' ' && text.charAt(at - 2) == '\n' && at - 1 > block.docStart()
                    && !Character.isWhitespace(text.charAt(at))) {
                report(out, new Marker("", "", at - 1, at), "Space at the start of the line");
            }
        }
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static Marker marker(ProseBlock block, String text) {
        int start = block.docStart();
        int lineStart = lineStart(text, start);
        String prefix = text.substring(lineStart, start);
        if (block.kind() == ProseBlock.Kind.HEADING) {
            Matcher m = HEADING.matcher(prefix);
            return m.matches() ? new Marker("#", text.substring(lineStart, lineStart + m.start(1)).strip(),
                    lineStart + m.start(1), lineStart + m.end(1)) : null;
        }
        if (block.kind() != ProseBlock.Kind.PARAGRAPH) {
            return null;
        }
        if (!prefix.isEmpty() && prefix.isBlank() && prefix.indexOf('\t') < 0) {
            return new Marker("", "", lineStart, start);
        }
        Matcher m = LIST_ITEM.matcher(prefix);
        if (!m.matches()) {
            return null;
        }
        String kind = Character.isDigit(m.group(1).charAt(0)) ? "1" + m.group(1).charAt(m.group(1).length() - 1)
                : m.group(1);
        return new Marker(kind, m.group(1), lineStart + m.start(2), lineStart + m.end(2));
    }

    private static boolean ordered(Marker marker) {
        return Character.isDigit(marker.kind().charAt(0));
    }

    /**
     * Whether the original the page was translated from has numbered items, each with one space after its
     * number: then the added spaces are the translation's, not the author's alignment.
     */
    private static boolean originalSingleSpacesOrderedItems(Document document, String configuredSource) {
        Document original = PairedSource.of(document, configuredSource);
        if (original == null) {
            return false;
        }
        boolean any = false;
        for (ProseBlock b : original.blocks()) {
            Marker m = marker(b, original.text());
            if (m != null && !m.kind().isEmpty() && ordered(m)) {
                if (m.spaces() > 1) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The line starts a paragraph at the top level: first in the page, or after a blank line. */
    private static boolean startsParagraph(String text, int lineStart) {
        if (lineStart == 0) {
            return true;
        }
        int previousEnd = lineStart - 1;
        int previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
        return text.substring(previousStart, previousEnd).isBlank();
    }

    /** The markers the page writes with one space after them, read once per document. */
    private static Styles styles(Document document) {
        return document.derived(Styles.class, () -> {
            Set<String> single = new HashSet<>();
            for (ProseBlock b : document.blocks()) {
                Marker m = marker(b, document.text());
                if (m != null && !m.kind().isEmpty() && m.spaces() == 1) {
                    single.add(m.kind());
                }
            }
            return new Styles(Set.copyOf(single));
        });
    }

    private static void report(BlockReporter out, Marker marker, String message) {
        int keep = marker.kind().isEmpty() ? 0 : 1;
        out.forward(new Finding(CHECK.id(), CHECK.category(), CHECK.severity(), marker.spaceStart() + keep,
                marker.spaceEnd(), message,
                List.of(Fix.replace(marker.spaceStart() + keep, marker.spaceEnd(), "", true,
                        "remove the added space"))));
    }
}
