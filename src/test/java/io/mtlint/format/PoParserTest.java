package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.InlineCode;
import io.mtlint.model.Segment;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gettext PO messages as segments: strings joined, escapes decoded, plural forms, header languages. */
class PoParserTest {
    static final String PO = "# Translation.\r\n"
            + "msgid \"\"\r\n"
            + "msgstr \"\"\r\n"
            + "\"Language: pt_BR\\n\"\r\n"
            + "\"Content-Type: text/plain; charset=UTF-8\\n\"\r\n"
            + "\r\n"
            + "#: main.c:1\r\n"
            + "#, c-format\r\n"
            + "msgid \"Cannot open %s: %s\"\r\n"
            + "msgstr \"Não foi possível abrir %s: %s\"\r\n"
            + "\r\n"
            + "msgctxt \"menu\"\r\n"
            + "msgid \"\"\r\n"
            + "\"Say \\\"hi\\\"\\n\"\r\n"
            + "\"to all\"\r\n"
            + "msgstr \"\"\r\n"
            + "\"Diga \\\"oi\\\"\\n\"\r\n"
            + "\"a todos\"\r\n"
            + "\r\n"
            + "msgid \"%d file\"\r\n"
            + "msgid_plural \"%d files\"\r\n"
            + "msgstr[0] \"%d arquivo\"\r\n"
            + "msgstr[1] \"\"\r\n"
            + "\r\n"
            + "#~ msgid \"Old\"\r\n"
            + "#~ msgstr \"Velho\"\r\n";

    private static Document load(String text, Charset charset) throws DocumentException {
        return DocumentLoader.fromBytes("po/x.po", text.getBytes(charset), Format.PO);
    }

    @Test
    void messagesBecomeSegmentsAndTheHeaderNamesTheLanguage() throws Exception {
        Document d = load(PO, StandardCharsets.UTF_8);
        assertEquals("en", d.declaredSourceLanguage());
        assertEquals("pt-BR", d.declaredTargetLanguage());
        assertEquals(List.of("Cannot open %s: %s", "menu|Say \"hi\"\\nto all", "%d file[0]", "%d file[1]"),
                d.segments().stream().map(Segment::id).toList());
    }

    @Test
    void stringsAreJoinedAndEscapesDecodedWithExactPositions() throws Exception {
        Document d = load(PO, StandardCharsets.UTF_8);
        Segment s = d.segments().get(1);
        assertEquals("Say \"hi\"\nto all", s.sourceText());
        assertEquals("Diga \"oi\"\na todos", s.targetText());
        int todos = s.target().toDocument(s.targetText().indexOf("todos"));
        assertEquals(18, d.position(todos).line());
        assertEquals(4, d.position(todos).column());
        int diga = s.target().toDocument(0);
        assertEquals(17, d.position(diga).line(), "the empty first string is not part of the text");
        assertEquals(2, d.position(diga).column());
    }

    @Test
    void formatFlagsMakeConversionsPlaceholders() throws Exception {
        Segment s = load(PO, StandardCharsets.UTF_8).segments().get(0);
        assertEquals(List.of("%s", "%s"), s.targetCodes().stream().map(InlineCode::type).toList());
        assertEquals(InlineCode.Kind.PLACEHOLDER, s.sourceCodes().get(0).kind());
    }

    @Test
    void anEmptyPluralFormHasNoTextButCanBeFilledIn() throws Exception {
        Document d = load(PO, StandardCharsets.UTF_8);
        Segment plural = d.segments().get(3);
        assertEquals("%d files", plural.sourceText().replace(Placeholder.WORD, "%d"));
        assertNull(plural.target());
        assertEquals(plural.editing().start(), plural.editing().end());
        assertEquals("msgstr[1] \"", d.text().substring(plural.anchorStart() - 11, plural.anchorStart()));
    }

    @Test
    void theHeaderCharsetDecidesTheEncoding() throws Exception {
        String latin = PO.replace("charset=UTF-8", "charset=ISO-8859-1");
        Document d = load(latin, StandardCharsets.ISO_8859_1);
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
        assertTrue(d.segments().get(0).targetText().startsWith("Não"));
    }

    @Test
    void withoutALanguageHeaderTheFileNameNamesTheLanguage() throws Exception {
        String po = "msgid \"Yes\"\nmsgstr \"Oui\"\n";
        Document d = DocumentLoader.fromBytes("locale/fr.po", po.getBytes(StandardCharsets.UTF_8), Format.PO);
        assertEquals("fr", d.declaredTargetLanguage());
    }

    @Test
    void brokenSyntaxIsOneClearLine() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> load("msgid \"a\"\nmsgstr \"b\n", StandardCharsets.UTF_8));
        assertEquals("po/x.po: line 2: unterminated string", e.getMessage());
        DocumentException k = assertThrows(DocumentException.class,
                () -> load("msgid \"a\"\nmsgtxt \"b\"\n", StandardCharsets.UTF_8));
        assertEquals("po/x.po: line 2: unexpected \u201cmsgtxt\u201d (not a PO keyword)", k.getMessage());
        DocumentException twice = assertThrows(DocumentException.class,
                () -> load("msgid \"Hello\"\nmsgstr \"Hola  mundo\"\nmsgstr \"again\"\n", StandardCharsets.UTF_8));
        assertEquals("po/x.po: line 3: a second msgstr in one entry", twice.getMessage());
    }
}
