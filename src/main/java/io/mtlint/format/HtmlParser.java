package io.mtlint.format;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts the prose of an HTML page with jsoup, as a browser shows it: each block element (paragraph, heading,
 * list item, table cell, caption, quotation) is a block, with inline tags hidden, character references read as
 * the characters they stand for and runs of white space as one space. Scripts, styles, code, preformatted text,
 * form fields, text kept as it is ({@code translate="no"}, another {@code lang} than the page's) and the tags of
 * template languages ({@link TemplateTags}) are not prose; inline code, kept text and template expressions read
 * as a neutral placeholder word so the sentence around them stays grammatical. The page's title, its meta
 * description and the alt text of images are prose too. Positions map back to the characters of the file.
 */
final class HtmlParser {
    /** Block elements whose text is not prose: preformatted text and the document's head. */
    private static final Set<String> HIDDEN_BLOCKS = Set.of("pre", "xmp", "listing", "plaintext", "head");
    /** Embedded content, scripts and form controls: nothing a sentence reads, wherever they stand. */
    private static final Set<String> SILENT = Set.of("script", "style", "svg", "math", "template", "noscript",
            "iframe", "object", "canvas", "select", "option", "datalist", "textarea");
    /** Inline elements of code and machine text: a word stands for them in the sentence. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "tt");
    /** Phrasing elements: their tags sit inside a block's text without ending it. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite",
            "data", "del", "dfn", "em", "font", "i", "ins", "label", "mark", "q", "rb", "rp", "rt", "rtc", "ruby",
            "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "wbr", "nobr", "img", "output",
            "meter", "progress");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "title");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** Meta tags whose content readers see: in search results and link previews. */
    private static final Set<String> READER_META = Set.of("description", "og:title", "og:description",
            "twitter:title", "twitter:description");

    /** The root element's language, as the page's first characters declare it. */
    private static final java.util.regex.Pattern ROOT_LANGUAGE = java.util.regex.Pattern.compile(
            "<html\\b[^>]*?\\s(?:xml:)?lang\\s*=\\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    static final int ROOT_PREFIX = 8192;

    private HtmlParser() {
    }

    /** The language the page's {@code <html lang>} declares, or null. */
    static String declaredLanguage(String text) {
        java.util.regex.Matcher m = ROOT_LANGUAGE.matcher(text).region(0, Math.min(text.length(), ROOT_PREFIX));
        return m.find() ? m.group(1).replace('_', '-') : null;
    }

    /** The prose of the page {@code text}, which declares {@code language} ({@link #declaredLanguage}; null: none). */
    static Document.Structure parse(String text, String language) {
        org.jsoup.nodes.Document page;
        try {
            page = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        } catch (RuntimeException e) {
            // jsoup's tree builder can fail on pathological nesting of formatting tags; the file gets one line.
            throw new DocumentStructureException("HTML the parser cannot read (" + e.getClass().getSimpleName()
                    + " in jsoup's tree builder)");
        }
        Collector collector = new Collector(text, LanguageCodes.base(language));
        NodeTraversor.traverse(collector, page);
        collector.flush();
        List<ProseBlock> blocks = new ArrayList<>(collector.blocks);
        for (Element title : page.select("head > title")) {
            textBlock(text, ProseBlock.Kind.HEADING, title).ifPresent(blocks::add);
        }
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (READER_META.contains(name.toLowerCase(Locale.ROOT))) {
                attributeBlock(text, meta, "content").ifPresent(blocks::add);
            }
        }
        return new Document.Structure(inFileOrder(blocks), SuppressionParser.parse(text, collector.comments));
    }

    /**
     * The blocks sorted by where they start, without one that overlaps the block before it: the parser rebuilds
     * misnested markup in another order than it was written, and rules read blocks as the file holds them.
     */
    private static List<ProseBlock> inFileOrder(List<ProseBlock> blocks) {
        blocks.sort(java.util.Comparator.comparingInt(ProseBlock::docStart));
        List<ProseBlock> ordered = new ArrayList<>(blocks.size());
        int end = 0;
        for (ProseBlock block : blocks) {
            if (block.docStart() >= end) {
                ordered.add(block);
                end = block.docEnd();
            }
        }
        return ordered;
    }

    /** The text of an element without markup inside (a title): its text nodes, wherever its tags end. */
    private static java.util.Optional<ProseBlock> textBlock(String text, ProseBlock.Kind kind, Element element) {
        HtmlText block = new HtmlText(text, kind);
        for (TextNode node : element.textNodes()) {
            Range r = node.sourceRange();
            if (r.isTracked()) {
                block.text(r.startPos(), r.endPos());
            }
        }
        return block.build();
    }

    private static java.util.Optional<ProseBlock> attributeBlock(String text, Element element, String key) {
        Range value = valueRange(element, key);
        if (value == null) {
            return java.util.Optional.empty();
        }
        HtmlText block = new HtmlText(text, ProseBlock.Kind.PARAGRAPH);
        block.text(value.startPos(), value.endPos());
        return block.build();
    }

    /** Where the value of an element's attribute stands in the file, or null when it has none with text. */
    private static Range valueRange(Element element, String key) {
        Attribute attribute = element.attribute(key);
        Range value = attribute == null ? null : attribute.sourceRange().valueRange();
        return value == null || !value.isTracked() || attribute.getValue().isBlank() ? null : value;
    }

    /** Walks the body, gathering the text of each block element into one block. */
    private static final class Collector implements NodeVisitor {
        private final String text;
        private final List<ProseBlock> blocks = new ArrayList<>();
        private final List<int[]> comments = new ArrayList<>();
        private HtmlText current;
        /** Depth inside an element whose text is not prose, or 0. */
        private int hidden;

        /** The language the page declares, without region, or null. */
        private final String pageLanguage;

        Collector(String text, String pageLanguage) {
            this.text = text;
            this.pageLanguage = pageLanguage;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Comment comment) {
                Range r = comment.sourceRange();
                if (r.isTracked()) {
                    comments.add(new int[] {r.startPos(), r.endPos()});
                }
                return;
            }
            if (node instanceof Element element) {
                String name = element.normalName();
                if (hidden > 0 || isHidden(element)) {
                    if (hidden == 0) {
                        hide(element, name);
                    }
                    hidden++;
                    return;
                }
                if ("br".equals(name)) {
                    if (current != null) {
                        current.lineBreak(element);
                    }
                } else if ("img".equals(name)) {
                    altText(element);
                } else if (!INLINE.contains(name)) {
                    flush();
                    current = new HtmlText(text, kindOf(name));
                }
                return;
            }
            // White space between inline elements is a word space; before a block's first word it is nothing.
            if (hidden == 0 && node instanceof TextNode textNode && (current != null || !textNode.isBlank())) {
                Range r = textNode.sourceRange();
                if (r.isTracked()) {
                    currentBlock().text(r.startPos(), r.endPos());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (hidden > 0) {
                hidden--;
                return;
            }
            String name = element.normalName();
            if (!INLINE.contains(name) && !"br".equals(name)) {
                flush();
            }
        }

        /** An image's alt text reads where the image stands, as Markdown's does: blocks never overlap. */
        private void altText(Element image) {
            Range value = valueRange(image, "alt");
            if (value != null) {
                currentBlock().text(value.startPos(), value.endPos());
            }
        }

        /** The block text goes into: the open one, or a paragraph of text outside any block element. */
        private HtmlText currentBlock() {
            if (current == null) {
                current = new HtmlText(text, ProseBlock.Kind.PARAGRAPH);
            }
            return current;
        }

        void flush() {
            if (current != null) {
                current.build().ifPresent(blocks::add);
                current = null;
            }
        }

        private boolean isHidden(Element element) {
            String name = element.normalName();
            return HIDDEN_BLOCKS.contains(name) || SILENT.contains(name) || CODE.contains(name) || isKept(element)
                    || element.hasAttr("hidden");
        }

        /**
         * Text the page keeps as it is: marked not to be translated, or marked as another language than the page's
         * ({@code <i lang="fr">Au revoir les enfants</i>} in an English page).
         */
        private boolean isKept(Element element) {
            if ("no".equalsIgnoreCase(element.attr("translate")) || element.hasClass("notranslate")) {
                return true;
            }
            String lang = element.hasAttr("lang") ? element.attr("lang") : element.attr("xml:lang");
            return pageLanguage != null && !lang.isBlank() && !pageLanguage.equals(LanguageCodes.base(lang));
        }

        /**
         * Code and kept text inside a sentence read as a word; embedded content and hidden phrasing as nothing;
         * a hidden block ends the block before it.
         */
        private void hide(Element element, String name) {
            boolean phrasing = INLINE.contains(name) || CODE.contains(name) || SILENT.contains(name);
            if (!phrasing) {
                flush();
            } else if ((CODE.contains(name) || isKept(element)) && !element.hasAttr("hidden") && isInline(element)) {
                currentBlock().placeholder(element);
            }
        }

        /** Code inside a sentence, not a block of its own. */
        private static boolean isInline(Element element) {
            Element parent = element.parent();
            return parent != null && !"pre".equals(parent.normalName());
        }

        private static ProseBlock.Kind kindOf(String name) {
            return HEADINGS.contains(name) ? ProseBlock.Kind.HEADING
                    : CELLS.contains(name) ? ProseBlock.Kind.TABLE_CELL : ProseBlock.Kind.PARAGRAPH;
        }
    }
}
