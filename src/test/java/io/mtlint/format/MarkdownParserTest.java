package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.Position;
import io.mtlint.model.ProseBlock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownParserTest {
    private static Document parse(String markdown) {
        return DocumentLoader.fromText("t.md", markdown, Format.MARKDOWN);
    }

    private static String prose(Document d) {
        return d.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("\n---\n"));
    }

    @Test
    void onlyProseIsChecked() {
        String md = """
                ---
                title: kyiv front matter
                ---
                # Heading about kyiv

                Text with `inline kyiv` code, a [link text](https://kyiv.example/path "title") and <span>html</span>.

                ```
                fenced kyiv
                ```

                    indented kyiv code

                <div>
                block html kyiv
                </div>

                <!-- comment kyiv -->

                | a | b |
                |---|---|
                | cell one | cell two |

                Bare URL https://example.org/kyiv here.
                """;
        String prose = prose(parse(md));
        assertTrue(prose.contains("Heading about kyiv"));
        assertTrue(prose.contains("Text with Code code, a link text and html."));
        assertTrue(prose.contains("cell one"));
        assertTrue(prose.contains("Bare URL Code here."));
        assertTrue(prose.contains("block html kyiv"), "an HTML block's text is the page's: " + prose);
        for (String hidden : List.of("front matter", "fenced", "indented", "comment", "inline kyiv",
                "kyiv.example", "example.org")) {
            assertFalse(prose.contains(hidden), hidden + " must not be prose: " + prose);
        }
    }

    @Test
    void htmlCodeElementsAreCodeAndTheirLinksToo() {
        String prose = prose(parse("""
                **Type:** <code>(key: string, opts?: <a href="#opts">GetOpts</a>) => kyiv</code> and <kbd>Ctrl</kbd>+<kbd>c</kbd>.

                A <CODE class="x">lisbon?:</CODE> tag; <span>prose</span> stays.
                """));
        assertTrue(prose.contains("Type: Code and Code+Code."), prose);
        assertTrue(prose.contains("A Code tag; prose stays."), prose);
        for (String hidden : List.of("opts", "GetOpts", "kyiv", "lisbon", "Ctrl")) {
            assertFalse(prose.contains(hidden), hidden + " must not be prose: " + prose);
        }
    }

    @Test
    void escapesAndEntitiesReadAsTheirCharacters() {
        Document d = parse("A \\*starred\\* word &amp; more &#8220;quoted&#8221;.\n");
        assertEquals("A *starred* word & more \u201cquoted\u201d.", d.blocks().get(0).text());
        ProseBlock b = d.blocks().get(0);
        int word = b.text().indexOf("word");
        assertEquals(d.text().indexOf("word"), b.toDocument(word));
    }

    @Test
    void positionsAreExactWithCrlfBomTabsAndNonAscii() throws Exception {
        String md = "# Título\r\n\r\n```\r\nkyiv in code\r\n```\r\n\r\n- \tÉlan «x» y 😀 kyiv here\r\n  continued kyiv\r\n";
        byte[] bytes = ("\uFEFF" + md).getBytes(StandardCharsets.UTF_8);
        Document d = DocumentLoader.fromBytes("t.md", bytes, Format.MARKDOWN);
        assertTrue(d.hasBom());
        assertEquals(md, d.text());
        ProseBlock item = d.blocks().get(1);
        int first = item.text().indexOf("kyiv");
        int docOffset = item.toDocument(first);
        assertEquals("kyiv", d.text().substring(docOffset, docOffset + 4));
        Position p = d.position(docOffset);
        // Line 7: "- \tÉlan «x» y 😀 kyiv here": the emoji counts as one column, the tab as one.
        assertEquals(7, p.line());
        assertEquals("- \tÉlan «x» y 😀 ".codePointCount(0, "- \tÉlan «x» y 😀 ".length()) + 1, p.column());
        int second = item.text().indexOf("kyiv", first + 1);
        Position q = d.position(item.toDocument(second));
        assertEquals(new Position(8, 13, q.codePointOffset()), q);
        assertEquals("  continued ".length() + 1, q.column());
    }

    @Test
    void softLineBreaksReadAsSpacesAndBlockquotePrefixesAreHidden() {
        Document d = parse("> first line\n> second line\n");
        ProseBlock b = d.blocks().get(0);
        assertEquals("first line second line", b.text());
        assertEquals(d.text().indexOf("second"), b.toDocument(b.text().indexOf("second")));
    }

    @Test
    void aWrappedLineThatOpensWithACapitalStaysALineOfItsOwn() {
        ProseBlock b = parse("- Bees: gives honey;\n  The amount is lower\n").blocks().get(0);
        assertEquals("Bees: gives honey;\nThe amount is lower", b.text());
    }

    @Test
    void suppressionCommentsAreRead() {
        Document d = parse("<!-- mtlint-disable-next-line mt.proper-noun-case -->\nText kyiv.\n\n"
                + "<!-- mtlint-disable -->\nMore.\n<!-- mtlint-enable -->\n");
        assertEquals(2, d.suppressions().size());
    }

    /** Nesting deeper than a thread's stack: parsed again on a deep stack, and past that a problem of its own. */
    @Test
    void deepNestingIsParsedOrIsAStructureProblem() {
        String deep = "> - ".repeat(100_000) + "text in *kyiv* with **emphasis ***nested*** deeply**";
        Document d = parse(deep);
        assertEquals(1, d.blocks().size());
        assertEquals("text in kyiv with emphasis nested deeply", d.blocks().get(0).text());
        String nestedInline = "*a ".repeat(5_000) + "kyiv" + " b*".repeat(5_000);
        assertTrue(parse(nestedInline).blocks().get(0).text().contains("a kyiv b"));
        DocumentStructureException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentStructureException.class,
                () -> MarkdownParser.parse(deep, 256 << 10));
        assertEquals("t.md: Markdown nested too deeply to parse (quotes and lists thousands of levels deep)",
                e.forFile("t.md").getMessage());
    }

    @Test
    void aSoftHyphenEntityKeepsTheWordWhole() {
        assertEquals("Die Konfigurationsoptionen stehen in der Datei.",
                prose(parse("Die Konfigurations&shy;optionen stehen in der Datei.\n")));
    }

    @Test
    void aRowOfLinkedBadgesIsNotProseButAFigureAltTextIs() {
        String md = """
                [![Lizenz: MIT](https://img.example/mit.svg)](https://example.org/lizenz) [![build: passing](https://ci.example/b.svg)](https://ci.example)

                ![Diagramm der Pipeline](pipeline.png)

                Kurzer Text.
                """;
        assertEquals("Diagramm der Pipeline\n---\nKurzer Text.", prose(parse(md)));
    }

    @Test
    void aRowOfBadgeImagesIsNotProseEvenUnlinked() {
        String md = """
                ![语言](https://img.shields.io/badge/语言-verilog-9A90FD.svg) ![仿真](https://img.shields.io/badge/仿真-iverilog-green.svg)

                ![构建](https://ci.example/project/badge.svg) ![Diagramm](pipeline.png)

                Kurzer Text.
                """;
        assertEquals("构建 Diagramm\n---\nKurzer Text.", prose(parse(md)));
    }

    @Test
    void adobeLabelTagsAreHiddenAndTheirLabelIsProse() {
        String md = "Para añadir un grupo, active **[!UICONTROL Habilitar grupo]** desde [!DNL Adobe Campaign].\n";
        Document d = parse(md);
        assertEquals("Para añadir un grupo, active Habilitar grupo desde Adobe Campaign.", prose(d));
        ProseBlock block = d.blocks().get(0);
        int label = block.text().indexOf("Habilitar");
        assertEquals(md.indexOf("Habilitar"), block.toDocument(label));
    }

    @Test
    void adobeLabelTagsReadAsNothingAroundAnyLabel() {
        assertEquals("Pulse \"Save\" o (Optional) Name.", prose(parse(
                "Pulse [!UICONTROL \"Save\"] o [!UICONTROL (Optional) Name].\n")));
        // An escaped bracket and a label with a space inside its bracket are no tags: the text stays as written.
        assertEquals("Pulse [!UICONTROL Save] y [!UICONTROL Save ] ahora.", prose(parse(
                "Pulse \\[!UICONTROL Save] y [!UICONTROL Save ] ahora.\n")));
    }

    @Test
    void anImageNamedAfterItsFileIsALabelButOtherAltTextIsProse() {
        String md = """
                ![globe](../../images/de/globe.59f26379ceb40428.jpg) ![Site map](site_map.59f26379ceb4.png)

                ![Architecture overview](images/architecture-overview.png) ![Diagramm der Pipeline](pipeline.png)
                """;
        String prose = prose(parse(md));
        assertFalse(prose.contains("globe") || prose.contains("Site map"), prose);
        assertTrue(prose.endsWith("Architecture overview Diagramm der Pipeline"), prose);
    }

    @Test
    void aParagraphOfAnIdeographicSpaceIsASpacerNotProse() {
        assertEquals("Erster Absatz.\n---\nZweiter Absatz.", prose(parse("Erster Absatz.\n\n\u3000\n\n Zweiter Absatz.\n")));
    }

    @Test
    void mdxFilesAreMarkdown() {
        assertEquals(Format.MARKDOWN, Format.forFileName("docs/de/guides/routing.mdx"));
    }
}
