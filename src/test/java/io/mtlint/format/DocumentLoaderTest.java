package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentLoaderTest {
    @Test
    void refusesBinaryAndInvalidInputButNotEmptyInput() throws Exception {
        DocumentException binary = assertThrows(DocumentException.class,
                () -> DocumentLoader.fromBytes("a.txt", new byte[] {'a', 0, 'b'}, Format.TEXT));
        assertTrue(binary.getMessage().contains("binary"));
        DocumentException invalid = assertThrows(DocumentException.class,
                () -> DocumentLoader.fromBytes("b.txt", new byte[] {'o', 'k', (byte) 0xC3, '(', 'x'}, Format.TEXT));
        assertEquals("b.txt: invalid UTF-8 at byte 2", invalid.getMessage());
        Document empty = DocumentLoader.fromBytes("c.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Format.TEXT);
        assertTrue(empty.hasBom());
        assertEquals("", empty.text());
        assertTrue(empty.blocks().isEmpty());
    }

    @Test
    void keepsBomAndDecodesUtf16WithBom() throws Exception {
        byte[] utf16 = "\uFEFFHola kyiv".getBytes(StandardCharsets.UTF_16LE);
        Document d = DocumentLoader.fromBytes("u.txt", utf16, Format.TEXT);
        assertTrue(d.hasBom());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals("Hola kyiv", d.text());
    }

    @Test
    void plainTextParagraphsFollowTheFileLayout() throws Exception {
        String perLine = "First paragraph line that is long enough to count as a paragraph of its own, not a wrapped line of text at all.\n"
                + "Second one.\n";
        assertEquals(2, DocumentLoader.fromText("p.txt", perLine, Format.TEXT).blocks().size());
        String wrapped = "A wrapped paragraph\nthat continues here.\n\nA second paragraph\nalso wrapped.\n";
        Document d = DocumentLoader.fromText("w.txt", wrapped, Format.TEXT);
        assertEquals(2, d.blocks().size());
        assertEquals("A wrapped paragraph\nthat continues here.", d.blocks().get(0).text());
    }
}
