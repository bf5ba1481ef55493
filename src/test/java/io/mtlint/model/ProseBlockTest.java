package io.mtlint.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProseBlockTest {
    //                         0123456789012345678901234
    private static final String DOC = "Use `npm` in **kyiv** now";

    private ProseBlock block() {
        return ProseBlock.builder(ProseBlock.Kind.PARAGRAPH, DOC)
                .text(0, 4)
                .markup(4, 9, "Code")
                .text(9, 13)
                .text(15, 19)
                .text(21, 25)
                .build();
    }

    @Test
    void theViewReadsMarkupAsItsInterpretation() {
        assertEquals("Use Code in kyiv now", block().text());
    }

    @Test
    void verbatimOffsetsMapExactly() {
        ProseBlock b = block();
        int kyiv = b.text().indexOf("kyiv");
        assertEquals(DOC.indexOf("kyiv"), b.toDocument(kyiv));
        assertEquals(DOC.indexOf("kyiv") + 4, b.toDocumentEnd(kyiv + 4));
    }

    @Test
    void offsetsInsideMarkupMapToItsEdges() {
        ProseBlock b = block();
        assertEquals(4, b.toDocument(5));
        assertEquals(9, b.toDocumentEnd(6));
    }

    @Test
    void editsAreRefusedAcrossMarkupOrHiddenSyntax() {
        ProseBlock b = block();
        int kyiv = b.text().indexOf("kyiv");
        TextEdit edit = b.edit(kyiv, kyiv + 4, "Kyiv");
        assertEquals(new TextEdit(15, 19, "Kyiv"), edit);
        assertTrue(b.isVerbatim(kyiv, kyiv + 4));
        assertFalse(b.isVerbatim(3, 6), "spans the inline code");
        assertNull(b.edit(b.text().indexOf("in"), kyiv + 1, "x"), "spans the hidden ** markers");
    }
}
