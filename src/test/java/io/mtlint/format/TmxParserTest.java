package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.InlineCode;
import io.mtlint.model.Segment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TMX units: the source variant paired with the first other language's. */
class TmxParserTest {
    static final String TMX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<tmx version=\"1.4\">\n"
            + "  <header srclang=\"en-US\" creationtool=\"t\" creationtoolversion=\"1\" datatype=\"plaintext\" "
            + "segtype=\"sentence\" adminlang=\"en\" o-tmf=\"t\"/>\n"
            + "  <body>\n"
            + "    <tu tuid=\"a\"><tuv xml:lang=\"en-US\"><seg>Click <bpt i=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">"
            + "&lt;/b&gt;</ept></seg></tuv>\n"
            + "      <tuv xml:lang=\"fr-FR\"><seg>Cliquez <bpt i=\"1\">&lt;b&gt;</bpt>ici<ept i=\"1\">&lt;/b&gt;</ept>"
            + "</seg></tuv></tu>\n"
            + "    <tu><tuv xml:lang=\"en-US\"><seg>Only source</seg></tuv></tu>\n"
            + "  </body>\n"
            + "</tmx>\n";

    @Test
    void pairsTheSourceVariantWithTheTargetVariant() throws Exception {
        Document d = DocumentLoader.fromBytes("m.tmx", TMX.getBytes(StandardCharsets.UTF_8), Format.TMX);
        assertEquals("en-US", d.declaredSourceLanguage());
        assertEquals("fr-FR", d.declaredTargetLanguage());
        assertEquals(List.of("a", "2"), d.segments().stream().map(Segment::id).toList());
        Segment a = d.segments().get(0);
        assertEquals("Cliquez ici", a.targetText());
        assertEquals(List.of(InlineCode.Kind.OPENING, InlineCode.Kind.CLOSING),
                a.targetCodes().stream().map(InlineCode::kind).toList());
        int ici = a.target().toDocument(8);
        assertEquals(6, d.position(ici).line());
        assertEquals("ici", d.text().substring(ici, ici + 3));
        Segment missing = d.segments().get(1);
        assertEquals("<tu>", d.text().substring(missing.anchorStart(), missing.anchorEnd()));
    }
}
