package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.InlineCode;
import io.mtlint.model.Position;
import io.mtlint.model.Segment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XLIFF 1.2 and 2.x segments: their text, codes, languages and exact places in the file. */
class XliffParserTest {
    static final String XLIFF12 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
            + " <file source-language=\"es\" target-language=\"en-US\" datatype=\"plaintext\" original=\"a\">\r\n"
            + "  <body>\r\n"
            + "   <trans-unit id=\"u1\"><source>Señor &amp; <g id=\"1\">Kiev</g></source>\r\n"
            + "    <target>Ñandú &amp; <g id=\"1\">kyiv</g> \uD83D\uDE00 now</target>\r\n"
            + "    <alt-trans><target>proposal not checked</target></alt-trans>\r\n"
            + "   </trans-unit>\r\n"
            + "   <trans-unit id=\"u2\" translate=\"no\"><source>Skip</source><target>Skip</target></trans-unit>\r\n"
            + "   <group translate=\"no\"><trans-unit id=\"u3\"><source>Skip</source></trans-unit></group>\r\n"
            + "   <trans-unit id=\"u4\"><source>Sin traducir <x id=\"2\"/></source><target/></trans-unit>\r\n"
            + "   <trans-unit id=\"u5\"><source>Falta</source></trans-unit>\r\n"
            + "   <trans-unit id=\"u6\"><source>A<![CDATA[<b> & ]]>B</source><target><![CDATA[x & <y>]]></target></trans-unit>\r\n"
            + "  </body>\r\n"
            + " </file>\r\n"
            + "</xliff>\r\n";

    private static Document load(String text) throws DocumentException {
        return DocumentLoader.fromBytes("t.xlf", text.getBytes(StandardCharsets.UTF_8), Format.XLIFF);
    }

    private static Segment segment(Document d, String id) {
        return d.segments().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsTranslatableUnitsWithTheirLanguages() throws Exception {
        Document d = load(XLIFF12);
        assertEquals("es", d.declaredSourceLanguage());
        assertEquals("en-US", d.declaredTargetLanguage());
        assertEquals(List.of("u1", "u4", "u5", "u6"), d.segments().stream().map(Segment::id).toList());
        assertEquals(2, d.blocks().size(), "only the targets with text are prose");
    }

    @Test
    void targetTextMapsToExactPositionsWithBomCrlfEntitiesAndAstralCharacters() throws Exception {
        Document d = load(XLIFF12);
        Segment u1 = segment(d, "u1");
        assertEquals("Señor & Kiev", u1.sourceText());
        assertEquals("Ñandú & kyiv \uD83D\uDE00 now", u1.targetText());
        int kyiv = u1.targetText().indexOf("kyiv");
        int at = u1.target().toDocument(kyiv);
        assertEquals("kyiv", d.text().substring(at, at + 4));
        assertEquals(6, d.position(at).line());
        assertEquals(35, d.position(at).column(), "after the entity and the tag, in the BOM-less text");
        int now = u1.target().toDocument(u1.targetText().indexOf("now"));
        assertEquals("now", d.text().substring(now, now + 3));
        assertEquals(46, d.position(now).column(), "the emoji is one column");
    }

    @Test
    void inlineTagsAreCodesAndNotProse() throws Exception {
        Segment u1 = segment(load(XLIFF12), "u1");
        List<InlineCode> codes = u1.targetCodes();
        assertEquals(2, codes.size());
        assertEquals(InlineCode.Kind.OPENING, codes.get(0).kind());
        assertEquals("<g id=\"1\">", codes.get(0).text());
        assertEquals("</g>", codes.get(1).text());
        assertEquals(u1.sourceCodes().stream().map(InlineCode::key).toList(),
                codes.stream().map(InlineCode::key).toList());
    }

    @Test
    void emptyAndMissingTargetsPointAtTheirElement() throws Exception {
        Document d = load(XLIFF12);
        Segment u4 = segment(d, "u4");
        assertNull(u4.target());
        assertNull(u4.editing(), "<target/> has no content to edit");
        assertEquals("<target/>", d.text().substring(u4.anchorStart(), u4.anchorEnd()));
        assertEquals("Sin traducir " + Placeholder.WORD, u4.sourceText());
        Segment u5 = segment(d, "u5");
        assertEquals("<trans-unit id=\"u5\">", d.text().substring(u5.anchorStart(), u5.anchorEnd()));
    }

    @Test
    void cdataIsTextWrittenLiterallyAndTagsInTextAreCodes() throws Exception {
        Document d = load(XLIFF12);
        Segment u6 = segment(d, "u6");
        assertEquals("A & B", u6.sourceText());
        assertEquals("b", u6.sourceCodes().get(0).type());
        assertEquals("x & ", u6.targetText());
        assertEquals("<y>", u6.targetCodes().get(0).text());
        int amp = u6.target().toDocument(2);
        assertEquals("& <y>]]>", d.text().substring(amp, amp + 8), "a CDATA ampersand is itself");
    }

    @Test
    void segmentedUnitsGiveOneSegmentPerMarker() throws Exception {
        String xliff = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>"
                + "<trans-unit id=\"t\"><source>One. Two.</source><seg-source><mrk mtype=\"seg\" mid=\"1\">One.</mrk> "
                + "<mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source><target><mrk mtype=\"seg\" mid=\"1\">Un.</mrk> "
                + "<mrk mtype=\"seg\" mid=\"2\">Deux.</mrk></target></trans-unit></body></file></xliff>";
        Document d = load(xliff);
        assertEquals(List.of("t/1", "t/2"), d.segments().stream().map(Segment::id).toList());
        assertEquals("Two.", d.segments().get(1).sourceText());
        assertEquals("Deux.", d.segments().get(1).targetText());
    }

    @Test
    void readsXliff2SegmentsAndCodes() throws Exception {
        String xliff = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                + "srcLang=\"en\" trgLang=\"de\">\n<file id=\"f\"><unit id=\"u1\"><segment id=\"s1\">"
                + "<source>Press <pc id=\"1\">Save</pc> <ph id=\"2\"/>.</source>"
                + "<target>Drücken Sie <pc id=\"1\">Speichern</pc> <ph id=\"2\"/>.</target></segment>"
                + "<ignorable><source> </source></ignorable><segment id=\"s2\"><source>Next</source>"
                + "<target>Weiter<cp hex=\"0009\"/></target></segment></unit>"
                + "<unit id=\"u2\" translate=\"no\"><segment><source>x</source></segment></unit></file></xliff>";
        Document d = load(xliff);
        assertEquals("en", d.declaredSourceLanguage());
        assertEquals("de", d.declaredTargetLanguage());
        assertEquals(List.of("u1/s1", "u1/s2"), d.segments().stream().map(Segment::id).toList());
        Segment s1 = d.segments().get(0);
        assertEquals("Drücken Sie Speichern " + Placeholder.WORD + ".", s1.targetText());
        assertEquals(3, s1.targetCodes().size());
        assertEquals("Weiter\t", d.segments().get(1).targetText());
    }

    @Test
    void anEmptyFileIsADocumentWithNothingToCheck() throws Exception {
        for (String text : List.of("", "\n  \n")) {
            Document d = load(text);
            assertEquals(List.of(), d.segments());
            assertEquals(List.of(), d.blocks());
        }
        assertEquals(List.of(), DocumentLoader.fromBytes("t.tmx", new byte[0], Format.TMX).segments());
    }

    @Test
    void malformedXmlIsOneClearLine() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> load("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</target>"));
        assertTrue(e.getMessage().startsWith("t.xlf: not well-formed XML at line 1"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        DocumentException late = assertThrows(DocumentException.class, () -> load("<xliff version=\"1.2\"><file><body>\n"
                + "<trans-unit id=\"1\"><source>a</source>\n  </body></file></xliff>"));
        assertTrue(late.getMessage().startsWith("t.xlf: not well-formed XML at line 3, column 3: Unexpected close tag </body>"),
                late.getMessage());
        DocumentException cut = assertThrows(DocumentException.class, () -> load("<xliff version=\"1.2\"><file>\n"));
        assertTrue(cut.getMessage().startsWith("t.xlf: not well-formed XML at line 2, column 1: Unexpected EOF"),
                cut.getMessage());
        DocumentException amp = assertThrows(DocumentException.class,
                () -> load("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>AT&T rocks</source>"));
        assertTrue(amp.getMessage().startsWith("t.xlf: not well-formed XML at line 1, column 65: Unexpected character"),
                amp.getMessage());
        DocumentException root = assertThrows(DocumentException.class, () -> load("<html><body/></html>"));
        assertEquals("t.xlf: not an XLIFF file (the root element is <html>, expected <xliff>)", root.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&e;</source></trans-unit>"
                + "</body></file></xliff>";
        assertThrows(DocumentException.class, () -> load(xxe));
    }

    @Test
    void aFileNamedOtherwiseIsRecognisedByItsContent() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sniff");
        java.nio.file.Path file = dir.resolve("strings.xml");
        java.nio.file.Files.writeString(file, XLIFF12);
        assertEquals(Format.XLIFF, DocumentLoader.load(file, "strings.xml", null).format());
    }
}
