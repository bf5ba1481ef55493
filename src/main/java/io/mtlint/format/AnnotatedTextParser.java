package io.mtlint.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.ProseBlock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads LanguageTool's annotated text, the {@code data} parameter of its HTTP API:
 * {@code {"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "word"}, {"markup": "<p>", "interpretAs": "\n\n"}]}}.
 * The document's text is every item's text and markup in order, so offsets count markup as LanguageTool's do;
 * the prose is the text items with each markup item read as its {@code interpretAs} (nothing by default).
 */
public final class AnnotatedTextParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item: its range of the document and what it reads as; only text items can be edited. */
    private record Item(int docStart, int docEnd, int viewStart, String view, boolean text) {
        int viewEnd() {
            return viewStart + view.length();
        }
    }

    private AnnotatedTextParser() {
    }

    public static Document parse(String displayPath, String json) throws DocumentException {
        JsonNode annotation;
        try {
            annotation = JSON.readTree(json).path("annotation");
        } catch (JsonProcessingException e) {
            // Jackson's message quotes its own source location; the client needs only the line and column.
            String reason = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                    .lines().findFirst().orElse("");
            throw new DocumentException(displayPath, "not JSON: " + reason + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
        if (!annotation.isArray()) {
            throw new DocumentException(displayPath, "expected an object with an 'annotation' array");
        }
        StringBuilder doc = new StringBuilder();
        StringBuilder view = new StringBuilder();
        List<Item> items = new ArrayList<>();
        for (JsonNode node : annotation) {
            JsonNode text = node.get("text");
            JsonNode markup = node.get("markup");
            if (!node.isObject() || (text == null) == (markup == null)) {
                throw new DocumentException(displayPath, "each annotation item needs either 'text' or 'markup': " + node);
            }
            String original = (text != null ? text : markup).asText();
            String reads = text != null ? original : node.path("interpretAs").asText("");
            items.add(new Item(doc.length(), doc.length() + original.length(), view.length(), reads, text != null));
            doc.append(original);
            view.append(reads);
        }
        String documentText = doc.toString();
        Document.Structure paragraphs = PlainTextParser.parse(view.toString());
        List<ProseBlock> blocks = new ArrayList<>();
        int used = 0; // document offset up to which items belong to earlier blocks
        for (ProseBlock paragraph : paragraphs.blocks()) {
            int from = paragraph.docStart();
            int to = paragraph.docEnd();
            ProseBlock.Builder block = ProseBlock.builder(ProseBlock.Kind.PARAGRAPH, documentText);
            for (Item item : items) {
                if (item.viewEnd() <= from || item.viewStart() >= to) {
                    continue;
                }
                int start = Math.max(from, item.viewStart());
                int end = Math.min(to, item.viewEnd());
                int docFrom = item.text() ? item.docStart() + start - item.viewStart() : item.docStart();
                // A markup item read as text that spans a paragraph break belongs to the first paragraph only.
                if (docFrom < used) {
                    continue;
                }
                if (item.text()) {
                    block.text(docFrom, item.docStart() + end - item.viewStart());
                } else {
                    block.markup(item.docStart(), item.docEnd(),
                            item.view().substring(start - item.viewStart(), end - item.viewStart()));
                }
            }
            if (!block.isEmpty()) {
                ProseBlock built = block.build();
                blocks.add(built);
                used = built.docEnd();
            }
        }
        return new Document(displayPath, Format.TEXT, documentText.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, false, documentText, blocks, List.of());
    }
}
