package io.mtlint.bilingual;

import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.Segment;
import io.mtlint.model.TextEdit;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fixes in bilingual files touch translation text only, escaped for the format, and keep every other byte. */
class BilingualFixTest {
    private static final String XLIFF = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\">"
            + "<body><trans-unit id=\"1\"><source>Tom &amp; Jerry in <g id=\"1\">Paris</g></source>"
            + "<target>Tom &amp; Jerry à <g id=\"1\">paris</g></target></trans-unit>"
            + "<trans-unit id=\"2\"><source>Raw</source><target><![CDATA[Brut & net]]></target></trans-unit>"
            + "</body></file></xliff>";

    @TempDir
    Path dir;

    private static Document xliff(String text, Charset charset) throws Exception {
        return DocumentLoader.fromBytes("t.xlf", text.getBytes(charset), Format.XLIFF);
    }

    private static int at(Document d, String needle) {
        return d.text().indexOf(needle);
    }

    @Test
    void replacementsAreEscapedForXml() throws Exception {
        Document d = xliff(XLIFF, StandardCharsets.UTF_8);
        int paris = at(d, "paris");
        assertEquals("Paris &amp; &lt;b&gt;", d.writable(new TextEdit(paris, paris + 5, "Paris & <b>")).replacement());
    }

    @Test
    void editsOutsideTheTranslationTextAreRefused() throws Exception {
        Document d = xliff(XLIFF, StandardCharsets.UTF_8);
        int source = at(d, "Jerry in");
        assertNull(d.writable(new TextEdit(source, source + 5, "J")), "source text");
        int tag = at(d, "à <g") + 2;
        assertNull(d.writable(new TextEdit(tag - 1, tag + 3, "")), "an inline tag");
        int entity = d.text().indexOf("&amp;", at(d, "<target>"));
        assertNull(d.writable(new TextEdit(entity + 1, entity + 3, "x")), "half an entity");
        assertEquals("and", d.writable(new TextEdit(entity, entity + 5, "and")).replacement(), "a whole entity");
        assertNull(d.writable(new TextEdit(at(d, "<target>"), at(d, "<target>") + 1, "")), "the element's markup");
    }

    @Test
    void cdataIsWrittenLiterallyAndCannotBeClosedByAReplacement() throws Exception {
        Document d = xliff(XLIFF, StandardCharsets.UTF_8);
        int brut = at(d, "Brut");
        assertEquals("A & B", d.writable(new TextEdit(brut, brut + 4, "A & B")).replacement());
        assertNull(d.writable(new TextEdit(brut, brut + 4, "]]>")));
    }

    @Test
    void charactersTheEncodingLacksBecomeReferencesInXmlAndAreRefusedInPo() throws Exception {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + XLIFF;
        Document d = xliff(latin, StandardCharsets.ISO_8859_1);
        int paris = at(d, "paris");
        assertEquals("Paris &#x20AC;", d.writable(new TextEdit(paris, paris + 5, "Paris \u20ac")).replacement());
        String po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"Euro\"\nmsgstr \"Euro\"\n";
        Document p = DocumentLoader.fromBytes("x.po", po.getBytes(StandardCharsets.ISO_8859_1), Format.PO);
        int euro = p.text().lastIndexOf("Euro");
        assertNull(p.writable(new TextEdit(euro, euro + 4, "\u20ac")));
        assertEquals("\u00e9", p.writable(new TextEdit(euro, euro + 4, "\u00e9")).replacement());
    }

    @Test
    void poReplacementsAreEscapedAndCannotCrossStrings() throws Exception {
        String po = "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"a b\"\nmsgstr \"\"\n\"un \"\n\"deux\"\n";
        Document d = DocumentLoader.fromBytes("x.po", po.getBytes(StandardCharsets.UTF_8), Format.PO);
        Segment s = d.segments().get(0);
        assertEquals("un deux", s.targetText());
        int un = d.text().indexOf("un ");
        assertEquals("dit \\\"oui\\\"\\n", d.writable(new TextEdit(un, un + 2, "dit \"oui\"\n")).replacement());
        int deux = d.text().indexOf("deux");
        assertNull(d.writable(new TextEdit(un, deux, "")), "across the quotes between two strings");
    }

    @Test
    void fixKeepsEncodingBomAndLineEndsOfAUtf16File() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<xliff version=\"1.2\"><file source-language=\"es\" "
                + "target-language=\"en-US\"><body>\r\n<trans-unit id=\"1\"><source>Las conversaciones en Kiev.</source>"
                + "\r\n<target>The talks in kyiv.</target></trans-unit></body></file></xliff>\r\n";
        Path file = dir.resolve("u16.xlf");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] original = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, original, 0, 2);
        System.arraycopy(body, 0, original, 2, body.length);
        Files.write(file, original);
        Cli.Result r = Cli.run("fix", "--no-languagetool", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] fixedBody = text.replace("kyiv", "Kyiv").getBytes(StandardCharsets.UTF_16LE);
        byte[] expected = new byte[2 + fixedBody.length];
        System.arraycopy(bom, 0, expected, 0, 2);
        System.arraycopy(fixedBody, 0, expected, 2, fixedBody.length);
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void aSafeFixInALatin1PoFileChangesOnlyItsSpan() throws Exception {
        String po = "msgid \"\"\r\nmsgstr \"\"\r\n\"Language: fr\\n\"\r\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\r\n\r\n"
                + "msgid \"Total: \"\r\nmsgstr \"Total général :\"\r\n";
        Path file = dir.resolve("fr.po");
        Files.write(file, po.getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("fix", "--no-languagetool", "--rule", "mt.whitespace-mismatch", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(po.replace("général :\"", "général : \"").getBytes(StandardCharsets.ISO_8859_1),
                Files.readAllBytes(file));
    }

    @Test
    void theInteractiveFixerEditsTranslationsAsTheyReadAndEscapesWhatIsTyped() throws Exception {
        String text = "<xliff version=\"1.2\"><file source-language=\"es\" target-language=\"en-US\"><body>\n"
                + "<trans-unit id=\"1\"><source>Kiev y Járkov</source><target>kyiv and Kharkiv</target></trans-unit>\n"
                + "</body></file></xliff>\n";
        Path file = dir.resolve("i.xlf");
        Files.writeString(file, text);
        Cli.Result r = Cli.runWithInput("e\nKyiv & co\n".getBytes(StandardCharsets.UTF_8), "fix", "-i",
                "--no-languagetool", file.toString());
        assertTrue(r.out().contains("Wrote"), r.out() + r.err());
        assertEquals(text.replace(">kyiv and", ">Kyiv &amp; co and"), Files.readString(file));
    }
}
