package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Extracts the prose of a Markdown file with CommonMark (GFM tables, autolinks, YAML front matter): paragraphs,
 * headings, table cells, link text and image alt text. Code, URLs, link destinations, HTML, front matter and the
 * syntax documentation sites add ({@link DocsSiteMarkup}) are not prose; inline code, URLs and inline tags read as
 * a neutral placeholder word so the sentence around them stays grammatical.
 */
final class MarkdownParser {
    /** What inline code and bare URLs read as: a capitalised noun every dictionary knows. */
    static final String PLACEHOLDER = Placeholder.WORD;
    /** A file name with a build's content hash: "globe.59f26379ceb40428.jpg". */
    private static final Pattern HASHED_FILE = Pattern.compile("\\.[0-9a-f]{8,}\\.");
    private static final Pattern SELF_CLOSED_COMPONENT =
            Pattern.compile("<[A-Z][\\w.]*\\b[^<>]*/>", Pattern.DOTALL);

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    /**
     * The stack a document too deep for an ordinary thread is parsed again with: reserved, not committed, so it
     * costs memory only as deep as the document goes (100,000 levels of "> - " parse in about a second).
     */
    static final long DEEP_STACK_BYTES = 1L << 30;
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /**
     * For a document that opens with YAML front matter. The extension reads an unclosed block as front matter to the
     * end, hiding the whole page; without a closing line, "---" is a thematic break and the rest is the page.
     */
    private static final Parser FRONT_MATTER_PARSER = Parser.builder()
            .extensions(Stream.concat(Stream.of(YamlFrontMatterExtension.create()), EXTENSIONS.stream())
                    .toList())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownParser() {
    }

    static Document.Structure parse(String text) {
        return parse(text, DEEP_STACK_BYTES);
    }

    /**
     * Parses on the calling thread, and a document nested too deeply for its stack (CommonMark's parser recurses
     * once per level) again on a thread with {@code deepStackBytes} of stack; one too deep for that is a
     * {@link DocumentStructureException}.
     */
    static Document.Structure parse(String text, long deepStackBytes) {
        try {
            return parseHere(text);
        } catch (StackOverflowError e) {
            return parseOnDeepStack(text, deepStackBytes);
        }
    }

    private static Document.Structure parseHere(String text) {
        DocsSiteMarkup.Prepared prepared = DocsSiteMarkup.prepare(text);
        Node root = (opensClosedFrontMatter(prepared.text()) ? FRONT_MATTER_PARSER : PARSER).parse(prepared.text());
        List<ProseBlock> blocks = new ArrayList<>();
        List<Node> htmlNodes = new ArrayList<>();
        collect(root, text, prepared, blocks, htmlNodes);
        List<int[]> htmlRanges = new ArrayList<>();
        List<int[]> htmlBlockLines = new ArrayList<>();
        List<int[]> htmlBlocks = new ArrayList<>();
        for (Node node : htmlNodes) {
            int first = -1;
            int last = -1;
            for (SourceSpan span : node.getSourceSpans()) {
                int from = span.getInputIndex();
                int to = from + span.getLength();
                int[] range = {prepared.start(from), prepared.end(from, to)};
                htmlRanges.add(range);
                if (node instanceof HtmlBlock) {
                    htmlBlockLines.add(range);
                    first = first < 0 ? range[0] : first;
                    last = range[1];
                }
            }
            if (first >= 0) {
                htmlBlocks.add(new int[] {first, last});
            }
        }
        if (!htmlBlocks.isEmpty()) {
            blocks.addAll(withinOneHtmlBlock(htmlBlockProse(text, prepared, htmlBlockLines), htmlBlocks, blocks));
            blocks.sort(java.util.Comparator.comparingInt(ProseBlock::docStart));
        }
        return new Document.Structure(blocks, SuppressionParser.parse(text, htmlRanges));
    }

    /** A first line "---" and, further down, a line "---" or "..." that closes it. */
    private static boolean opensClosedFrontMatter(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || !text.substring(0, end).strip().equals("---")) {
            return false;
        }
        for (int start = end + 1; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The prose inside the page's HTML blocks ({@code <p align="center">…</p>}, a {@code <div>} or
     * {@code <details>} without blank lines), read as an HTML page is: the rest of the text is blanked, so the HTML
     * reader's offsets are the document's.
     */
    private static List<ProseBlock> htmlBlockProse(String text, DocsSiteMarkup.Prepared prepared, List<int[]> lines) {
        char[] masked = new char[text.length()];
        for (int i = 0; i < masked.length; i++) {
            char c = text.charAt(i);
            masked[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        for (int[] r : lines) {
            text.getChars(r[0], r[1], masked, r[0]);
        }
        // Docs-site markup inside the HTML ({props.name}, a shortcode) stays hidden.
        for (int i = prepared.hidden().nextSetBit(0); i >= 0; i = prepared.hidden().nextSetBit(i + 1)) {
            int at = prepared.start(i);
            if (at < masked.length && masked[at] != '\n' && masked[at] != '\r') {
                masked[at] = ' ';
            }
        }
        return HtmlParser.parse(new String(masked), null).blocks();
    }

    /**
     * The HTML-read blocks that lie within one HTML block and overlap no Markdown block: text an unclosed tag carries
     * from one HTML block into the next is no one block of the page. Both lists are in document order.
     */
    private static List<ProseBlock> withinOneHtmlBlock(List<ProseBlock> read, List<int[]> htmlBlocks,
                                                       List<ProseBlock> markdown) {
        List<ProseBlock> kept = new ArrayList<>();
        int h = 0;
        int m = 0;
        for (ProseBlock b : read) {
            while (h < htmlBlocks.size() && htmlBlocks.get(h)[1] < b.docEnd()) {
                h++;
            }
            while (m < markdown.size() && markdown.get(m).docEnd() <= b.docStart()) {
                m++;
            }
            boolean inBlock = h < htmlBlocks.size() && htmlBlocks.get(h)[0] <= b.docStart();
            boolean overlaps = m < markdown.size() && markdown.get(m).docStart() < b.docEnd();
            if (inBlock && !overlaps) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static Document.Structure parseOnDeepStack(String text, long stackBytes) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(parseHere(text));
            } catch (StackOverflowError e) {
                outcome.set(e);
            }
        }, "mtlint-deep-markdown", stackBytes);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentStructureException("interrupted while parsing deeply nested Markdown");
        }
        if (outcome.get() instanceof Document.Structure structure) {
            return structure;
        }
        throw new DocumentStructureException("Markdown nested too deeply to parse (quotes and lists "
                + "thousands of levels deep)");
    }

    /** Every prose block under {@code root}, in document order; iterative, since nesting has no bound. */
    private static void collect(Node root, String text, DocsSiteMarkup.Prepared prepared, List<ProseBlock> blocks,
                                List<Node> htmlNodes) {
        Deque<Node> resume = new ArrayDeque<>();
        Node child = root.getFirstChild();
        while (child != null || !resume.isEmpty()) {
            if (child == null) {
                child = resume.pop();
                continue;
            }
            Node next = child.getNext();
            if (child instanceof HtmlBlock || child instanceof HtmlInline) {
                htmlNodes.add(child);
            }
            ProseBlock.Kind kind = child instanceof Paragraph ? ProseBlock.Kind.PARAGRAPH
                    : child instanceof Heading ? ProseBlock.Kind.HEADING
                    : child instanceof TableCell ? ProseBlock.Kind.TABLE_CELL : null;
            if (kind == ProseBlock.Kind.PARAGRAPH && isBadgeRow(child)) {
                child = next;
            } else if (kind != null) {
                ProseBlock.Builder builder = ProseBlock.builder(kind, text);
                new InlineWalker(prepared, builder, htmlNodes).walkChildren(child);
                if (!builder.isEmpty()) {
                    ProseBlock block = builder.build();
                    // A paragraph of an ideographic space alone is the page's spacer, as an empty line would be.
                    if (!block.text().isBlank()) {
                        blocks.add(block);
                    }
                }
                child = next;
            } else {
                if (next != null) {
                    resume.push(next);
                }
                child = child.getFirstChild();
            }
        }
    }

    /**
     * A paragraph of linked images or badge images and nothing else: a row of badges or logos, whose alt texts are labels
     * ("License: MIT", "build: passing") kept as the badge service writes them, not sentences of the page.
     */
    private static boolean isBadgeRow(Node paragraph) {
        boolean any = false;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof Text t && t.getLiteral().isBlank()) {
                continue;
            }
            boolean linkedImage = n instanceof Link link && link.getFirstChild() instanceof Image
                    && link.getFirstChild().getNext() == null;
            if (!linkedImage && !(n instanceof Image image && isBadge(image.getDestination()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** An image a badge service draws ("https://img.shields.io/badge/…", "…/badge.svg"). */
    private static boolean isBadge(String destination) {
        String d = destination.toLowerCase(java.util.Locale.ROOT);
        return d.contains("shields.io/") || d.contains("badgen.net/") || d.contains("/badge/") || d.contains("/badge?")
                || d.endsWith("badge.svg") || d.contains("badge.svg?");
    }

    /**
     * Turns a block's inline nodes into prose pieces, in source order. Offsets are those of the parsed text, and
     * become the original document's as each piece is handed to the builder.
     */
    private static final class InlineWalker {
        private final String text;
        private final DocsSiteMarkup.Prepared prepared;
        private final ProseBlock.Builder builder;
        private final List<Node> htmlNodes;
        private int cursor = -1;
        private String pendingBreak;
        /** How many HTML code elements ({@code <code>}, {@code <kbd>}, ...) the walk is inside. */
        private int codeDepth;
        /** Whether the current code element has shown its placeholder word yet. */
        private boolean codeShown;

        InlineWalker(DocsSiteMarkup.Prepared prepared, ProseBlock.Builder builder, List<Node> htmlNodes) {
            this.text = prepared.text();
            this.prepared = prepared;
            this.builder = builder;
            this.htmlNodes = htmlNodes;
        }

        private void markup(int from, int to, String interpretAs) {
            builder.markup(prepared.start(from), prepared.end(from, to), interpretAs);
        }

        /**
         * A run of prose less the inline tags blanked inside it: a tag standing after a space reads as the
         * placeholder, one attached to a word ({@code note[^1]}) or opening the run as nothing.
         */
        private void prose(int from, int to) {
            int at = from;
            while (at < to) {
                int hiddenFrom = prepared.hidden().nextSetBit(at);
                if (hiddenFrom < 0 || hiddenFrom >= to) {
                    builder.text(prepared.start(at), prepared.end(at, to));
                    return;
                }
                if (hiddenFrom > at) {
                    builder.text(prepared.start(at), prepared.end(at, hiddenFrom));
                }
                int hiddenTo = Math.min(to, prepared.hidden().nextClearBit(hiddenFrom));
                boolean standsAlone = hiddenFrom > from && Character.isWhitespace(text.charAt(hiddenFrom - 1))
                        && (hiddenTo == to || !Character.isLetterOrDigit(text.charAt(hiddenTo)));
                markup(hiddenFrom, hiddenTo, standsAlone && !prepared.isComment(hiddenFrom) ? PLACEHOLDER : "");
                at = hiddenTo;
            }
        }

        /** The inline nodes under {@code parent} in source order; iterative, like {@link #collect}. */
        void walkChildren(Node parent) {
            Deque<Node> resume = new ArrayDeque<>();
            Node node = parent.getFirstChild();
            while (node != null || !resume.isEmpty()) {
                if (node == null) {
                    node = resume.pop();
                    continue;
                }
                Node next = node.getNext();
                if (visit(node)) {
                    node = next;
                } else {
                    if (next != null) {
                        resume.push(next);
                    }
                    node = node.getFirstChild();
                }
            }
        }

        /** Takes in a node that is a piece of prose or markup; false for a container, whose children are. */
        private boolean visit(Node node) {
            if (codeDepth > 0 && !(node instanceof HtmlInline)) {
                addMarkup(node, codeShown ? "" : PLACEHOLDER);
                codeShown = true;
            } else if (node instanceof Text t) {
                addText(t);
            } else if (node instanceof SoftLineBreak) {
                // A wrapped line reads on as the page shows it: "met on Friday.\nmost of them" is a sentence
                // restarted in lowercase, and a leftover phrase goes on past the wrap. A line that opens with a
                // capital may be a line of its own, as docs write lists and notes, and stays one.
                pendingBreak = node.getNext() instanceof Text next && !next.getLiteral().isEmpty()
                        && Character.isUpperCase(next.getLiteral().codePointAt(0)) ? "\n" : " ";
            } else if (node instanceof HardLineBreak) {
                pendingBreak = "\n";
            } else if (node instanceof Code) {
                addMarkup(node, PLACEHOLDER);
            } else if (node instanceof HtmlInline html) {
                htmlNodes.add(node);
                // A component such as <Version /> or <Badge text="…" /> renders as a word of the sentence; at the
                // end of a line it is an ornament, and the spaces before it are not the sentence's.
                boolean inSentence = SELF_CLOSED_COMPONENT.matcher(html.getLiteral()).matches()
                        && node.getNext() != null && !(node.getNext() instanceof SoftLineBreak)
                        && !(node.getNext() instanceof HardLineBreak);
                addMarkup(node, inSentence ? PLACEHOLDER : "");
                int change = HtmlCodeTags.depthChange(html.getLiteral());
                codeDepth = Math.max(0, codeDepth + change);
                if (change > 0 && codeDepth == 1) {
                    codeShown = false;
                }
            } else if (node instanceof Link link && isBareUrl(link)
                    || node instanceof Image image && altIsFileName(image)) {
                addMarkup(node, PLACEHOLDER);
            } else {
                return false;
            }
            return true;
        }

        private static boolean isBareUrl(Link link) {
            if (!(link.getFirstChild() instanceof Text t) || t.getNext() != null) {
                return false;
            }
            String d = link.getDestination();
            String literal = t.getLiteral();
            return d.equals(literal) || d.equals("mailto:" + literal) || d.equals("http://" + literal)
                    || d.equals("https://" + literal);
        }

        /**
         * An image whose alt text is its file's own name, one word ("![globe](images/globe.png)") or a file a build
         * named with a content hash ("globe.59f26379ceb40428.jpg"): a label a tool copied from the file, which
         * translation leaves as it is. Alt text of several words that its file repeats ("![Architecture
         * overview](architecture-overview.png)") is still the page's prose.
         */
        private static boolean altIsFileName(Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof Text t)) {
                    return false;
                }
                alt.append(t.getLiteral());
            }
            String path = image.getDestination();
            int query = path.indexOf('?');
            path = query >= 0 ? path.substring(0, query) : path;
            String file = path.substring(path.lastIndexOf('/') + 1);
            int dot = file.indexOf('.');
            String stem = dot > 0 ? file.substring(0, dot) : file;
            boolean label = alt.chars().noneMatch(Character::isWhitespace) || HASHED_FILE.matcher(file).find();
            return label && !stem.isEmpty() && comparable(alt).equals(comparable(stem));
        }

        /** Lowercase letters and digits only: "Site map" is "site-map" and "site_map". */
        private static String comparable(CharSequence name) {
            StringBuilder out = new StringBuilder(name.length());
            name.codePoints().filter(Character::isLetterOrDigit)
                    .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
            return out.toString();
        }

        private void addMarkup(Node node, String interpretAs) {
            int[] range = MarkdownParts.range(node);
            if (range != null) {
                flushGap(range[0]);
                markup(range[0], range[1], interpretAs);
                cursor = range[1];
            }
        }

        private void addText(Text node) {
            int[] range = MarkdownParts.range(node);
            if (range == null) {
                return;
            }
            flushGap(range[0]);
            alignLiteral(node.getLiteral(), range[0], range[1]);
            cursor = range[1];
        }

        /**
         * Whether the "&" at {@code s} opens a reference the parser read ("&amp;amp;quot;" reads as "&amp;quot;"), which
         * the literal then holds as its meaning, not as written.
         */
        private boolean isReadReference(String literal, int l, int s, int end) {
            int semi = text.indexOf(';', s);
            if (semi < s + 2 || semi >= end) {
                return false;
            }
            for (int i = s + 1; i < semi; i++) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '#') {
                    return false;
                }
            }
            return !literal.startsWith(text.substring(s, semi + 1), l);
        }

        /** Hidden document text between two pieces: a line break reads as one, anything else as nothing. */
        private void flushGap(int next) {
            if (cursor >= 0 && next > cursor) {
                markup(cursor, next, pendingBreak != null ? pendingBreak : "");
            } else if (pendingBreak != null && cursor >= 0) {
                markup(cursor, cursor, pendingBreak);
            }
            pendingBreak = null;
        }

        /**
         * Matches the parsed literal against its source, so characters that are written as themselves map
         * exactly and escapes or entities become markup that reads as the character they stand for.
         */
        private void alignLiteral(String literal, int start, int end) {
            int s = start;
            int l = 0;
            int runStart = start;
            while (s < end && l < literal.length()) {
                char sc = text.charAt(s);
                char lc = literal.charAt(l);
                if (sc == lc && (sc == '\u00AD' || sc == '\u2060')) {
                    // A soft hyphen or word joiner written as itself is as invisible as its entity.
                    if (s > runStart) {
                        prose(runStart, s);
                    }
                    markup(s, s + 1, "");
                    s++;
                    l++;
                    runStart = s;
                    continue;
                }
                if (sc == lc && (sc != '&' || !isReadReference(literal, l, s, end))) {
                    s++;
                    l++;
                    continue;
                }
                if (s > runStart) {
                    prose(runStart, s);
                }
                if (sc == '\\' && s + 1 < end && text.charAt(s + 1) == lc) {
                    markup(s, s + 2, String.valueOf(lc));
                    s += 2;
                    l++;
                } else if (sc == '&' && text.indexOf(';', s) > s && text.indexOf(';', s) < end) {
                    int semi = text.indexOf(';', s);
                    int width = Character.isHighSurrogate(lc) && l + 1 < literal.length() ? 2 : 1;
                    // A soft hyphen or word joiner ("Konfigurations&shy;optionen") is invisible inside a word.
                    boolean joiner = lc == '\u00AD' || lc == '\u2060';
                    markup(s, semi + 1, joiner ? "" : literal.substring(l, l + width));
                    s = semi + 1;
                    l += width;
                } else {
                    markup(s, end, literal.substring(l));
                    s = end;
                    l = literal.length();
                }
                runStart = s;
            }
            if (s > runStart) {
                prose(runStart, s);
            }
            if (s < end) {
                markup(s, end, "");
            }
        }
    }
}
