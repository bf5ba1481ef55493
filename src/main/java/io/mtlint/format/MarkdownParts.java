package io.mtlint.format;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a Markdown page a translation must carry over unchanged, with their places in the page: fenced and
 * indented code blocks, inline code, link and image destinations, headings. A translated page is compared with its
 * source by these, and its code tells which words are its terms.
 */
public final class MarkdownParts {
    /** One part: what it holds and the range of the page it was read from. */
    public record Part(String value, int start, int end) {
    }

    public record Parts(List<Part> fencedCode, List<Part> indentedCode, List<Part> inlineCode,
                        List<Part> destinations, List<Part> headings) {
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownParts() {
    }

    /**
     * The literal text of every code block and code span of a page, read the way its prose is
     * ({@link DocsSiteMarkup}), so the indented body of an admonition or a tab is prose, not code.
     */
    public static List<String> code(String text) {
        String prepared = DocsSiteMarkup.prepare(text).text();
        if (!CodeMarkers.mayHoldCode(prepared)) {
            return List.of();
        }
        Parts parts = of(prepared);
        List<String> code = new ArrayList<>();
        parts.fencedCode().forEach(p -> code.add(p.value()));
        parts.indentedCode().forEach(p -> code.add(p.value()));
        parts.inlineCode().forEach(p -> code.add(p.value()));
        return code;
    }

    public static Parts of(String text) {
        List<Part> fenced = new ArrayList<>();
        List<Part> indented = new ArrayList<>();
        List<Part> inline = new ArrayList<>();
        List<Part> destinations = new ArrayList<>();
        List<Part> headings = new ArrayList<>();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                int[] r = range(block);
                if (r != null) {
                    fenced.add(new Part(block.getLiteral(), r[0], r[1]));
                }
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                int[] r = range(block);
                if (r != null) {
                    indented.add(new Part(block.getLiteral(), r[0], r[1]));
                }
            }

            @Override
            public void visit(Code code) {
                int[] r = range(code);
                if (r != null) {
                    inline.add(new Part(code.getLiteral(), r[0], r[1]));
                }
            }

            @Override
            public void visit(Link link) {
                destination(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destination(image, image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(Heading heading) {
                int[] r = range(heading);
                if (r != null) {
                    headings.add(new Part("", r[0], r[1]));
                }
                visitChildren(heading);
            }

            /** The destination where it is written, or the whole link when a reference definition holds it. */
            private void destination(Node node, String destination) {
                int[] r = range(node);
                if (r == null) {
                    return;
                }
                int at = text.lastIndexOf("](" + destination, r[1]);
                if (at >= r[0] && !destination.isEmpty()) {
                    destinations.add(new Part(destination, at + 2, at + 2 + destination.length()));
                } else {
                    destinations.add(new Part(destination, r[0], r[1]));
                }
            }
        });
        return new Parts(fenced, indented, inline, destinations, headings);
    }

    /** Where a node stands in the document: its first span's start to its last span's end, or null. */
    static int[] range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }
}
