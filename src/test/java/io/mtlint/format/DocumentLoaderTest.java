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

    @Test
    void rowsBrokenOnPurposeStayApartWhileWrappedLinesJoin() throws Exception {
        String text = "Margaret Ellis\n"
                + "Governor of the Northern Province\n"
                + "In office\n"
                + "4 March 1990 to 2 May 1996\n"
                + "Preceded by Arthur Bell\n"
                + "\n"
                + "The harbour was dredged in the spring so that the larger grain ships could\n"
                + "reach the new quay without waiting for the tide, and the town grew around\n"
                + "it within a decade.\n";
        Document d = DocumentLoader.fromText("i.txt", text, Format.TEXT);
        assertEquals(6, d.blocks().size(), d.blocks().toString());
        assertEquals("Governor of the Northern Province", d.blocks().get(1).text());
        assertEquals("Preceded by Arthur Bell", d.blocks().get(4).text());
        assertTrue(d.blocks().get(5).text().startsWith("The harbour was dredged"));
        assertTrue(d.blocks().get(5).text().endsWith("within a decade."));
    }

    @Test
    void rowsOfEvenLengthThatEachOpenWithACapitalStayApart() throws Exception {
        String text = "Minister of Harbours and Canals\n"
                + "11 June 1971 to 3 April 1975\n"
                + "Prime Minister Edwin Carrow\n"
                + "Preceded by Dora Fenwick Lyle\n"
                + "\n"
                + "She kept the ministry for four years, then\n"
                + "returned to the bar in her home county and\n"
                + "wrote a history of the inland waterways.\n";
        Document d = DocumentLoader.fromText("r.txt", text, Format.TEXT);
        assertEquals(5, d.blocks().size(), d.blocks().toString());
        assertEquals("Prime Minister Edwin Carrow", d.blocks().get(2).text());
        assertTrue(d.blocks().get(4).text().endsWith("inland waterways."));
    }

    @Test
    void wrappedGermanProseWhoseLinesOpenWithNounsStaysOneParagraph() throws Exception {
        // German capitalises nouns, so most lines of wrapped prose may open with a capital; sentences that end
        // inside a line show it is prose, not rows.
        String text = "Im Hafen von Kleinmünde lagen am Abend noch drei Frachter vor Anker.\n"
                + "Lotsen und Schlepper warteten auf besseres Wetter, bevor die Schiffe\n"
                + "Getreide und Holz an die neue Kaimauer bringen konnten. Der Hafenmeister\n"
                + "Karl Brandt rechnete mit Verspätungen von mehreren Tagen. Reedereien\n"
                + "fordern seit Jahren ein tieferes Fahrwasser.\n"
                + "\n"
                + "Die Stadt prüft den Antrag.\n";
        Document d = DocumentLoader.fromText("h.txt", text, Format.TEXT);
        assertEquals(2, d.blocks().size(), d.blocks().toString());
        assertTrue(d.blocks().get(0).text().endsWith("tieferes Fahrwasser."));
    }
}
