package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedTextParserTest {
    @Test
    void textIsEveryItemAndProseSkipsTheMarkup() throws Exception {
        Document d = AnnotatedTextParser.parse("data", "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"A \"},"
                + "{\"markup\":\"<b>\"},{\"text\":\"bold\"},{\"markup\":\"</b>\"},{\"text\":\" word.\"},"
                + "{\"markup\":\"</p><p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Next 😀 one.\"},{\"markup\":\"</p>\"}]}");
        assertEquals("<p>A <b>bold</b> word.</p><p>Next 😀 one.</p>", d.text());
        List<ProseBlock> blocks = d.blocks();
        assertEquals(2, blocks.size());
        assertEquals("A bold word.", blocks.get(0).text());
        assertEquals("Next 😀 one.", blocks.get(1).text());
        ProseBlock first = blocks.get(0);
        int bold = first.text().indexOf("bold");
        assertEquals(d.text().indexOf("bold"), first.toDocument(bold));
        assertEquals(d.text().indexOf("bold") + 4, first.toDocumentEnd(bold + 4));
        assertEquals(d.text().indexOf("one"), blocks.get(1).toDocument(blocks.get(1).text().indexOf("one")));
        // Hidden markup between two words cannot be edited across.
        assertTrue(first.isVerbatim(bold, bold + 4));
        assertTrue(!first.isVerbatim(0, bold + 4));
    }

    @Test
    void aTextItemWithParagraphsIsSplitLikePlainText() throws Exception {
        Document d = AnnotatedTextParser.parse("data",
                "{\"annotation\":[{\"text\":\"First paragraph.\\n\\nSecond \"},{\"markup\":\"<br/>\",\"interpretAs\":\"\\n\"},"
                        + "{\"text\":\"line.\"}]}");
        List<String> texts = d.blocks().stream().map(ProseBlock::text).toList();
        // The line break stands inside a hard-wrapped paragraph, as it would in plain text.
        assertEquals(List.of("First paragraph.", "Second \nline."), texts);
        ProseBlock second = d.blocks().get(1);
        assertEquals(d.text().indexOf("Second"), second.toDocument(0));
        assertEquals(d.text().indexOf("line."), second.toDocument(second.text().indexOf("line.")));
        assertEquals(d.text().indexOf("<br/>"), second.toDocument(second.text().indexOf("\n")));
    }

    @Test
    void badAnnotationsAreOneLineErrors() {
        for (String bad : List.of("not json", "{}", "{\"annotation\":{}}", "{\"annotation\":[{\"text\":\"a\",\"markup\":\"b\"}]}",
                "{\"annotation\":[{\"interpretAs\":\"x\"}]}", "{\"annotation\":[\"text\"]}")) {
            DocumentException e = assertThrows(DocumentException.class, () -> AnnotatedTextParser.parse("data", bad), bad);
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
