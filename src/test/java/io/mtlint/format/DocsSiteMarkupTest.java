package io.mtlint.format;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.Position;
import io.mtlint.model.ProseBlock;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The syntax documentation sites write around their prose: every construct below holds text that some layer
 * would report as prose (source-language words, Han characters, doubled spaces and punctuation), and none of it
 * may be reported in any target language.
 */
class DocsSiteMarkupTest {
    /** Each piece of markup on the page, as written; the test finds them to know where nothing may be reported. */
    private static final List<String> MARKUP = List.of(
            "title: \"Guía  de instalación 安装指南\"",
            "import Tabs from '@theme/Tabs';",
            "export const meta = { autor: 'equipo de documentación,, 文档团队' };",
            "{#instalacion-del-servidor}",
            "{{< figure src=\"/img/arquitectura.png\" caption=\"diagrama de la arquitectura 架构图\" >}}",
            "{{% notice tip \"consejo  importante\" %}}",
            "{% include \"fragmentos/aviso_de_seguridad.md\" %}",
            "{{ page.titulo_de_la_pagina }}",
            "`configurar --modo=producción 生产`",
            "<https://ejemplo.es/documentación>",
            "(https://ejemplo.es/guía-de-configuración \"guía completa\")",
            "(imagenes/diagrama_de_flujo.png)",
            "[referencia-de-configuración]: https://ejemplo.es/referencia_de_la_api \"título de la referencia\"",
            "!!! note \"nota sobre la configuración\"",
            "??? info \"información adicional\"",
            "=== \"pestaña de configuración\"",
            "<Tabs groupId=\"sistema-operativo\">",
            "<TabItem value=\"linux\" label=\"sistema  linux\">",
            ":::tip consejo útil",
            "<span title=\"texto del título\">",
            "[^nota-al-pie]",
            "<Admonition\n  type=\"nota importante\"\n  title=\"título de la nota\"\n>",
            "{% highlight ruby %}\n# Imprime un saludo,, en la consola.\nputs \"hola  mundo\"\n{% endhighlight %}",
            "{% comment %}\nnota para los traductores,, sin publicar\n{% endcomment %}",
            "{props.nombreDeUsuario}",
            "{cuenta_de_mensajes}",
            "[x]");

    static final String PAGE = """
            ---
            title: "Guía  de instalación 安装指南"
            ---

            import Tabs from '@theme/Tabs';
            export const meta = { autor: 'equipo de documentación,, 文档团队' };

            # Install the server {#instalacion-del-servidor}

            {{< figure src="/img/arquitectura.png" caption="diagrama de la arquitectura 架构图" >}}
            {{% notice tip "consejo  importante" %}}
            {% include "fragmentos/aviso_de_seguridad.md" %}
            {{ page.titulo_de_la_pagina }}

            Run `configurar --modo=producción 生产` first, then open <https://ejemplo.es/documentación> or [the guide](https://ejemplo.es/guía-de-configuración "guía completa").
            See ![the diagram](imagenes/diagrama_de_flujo.png) and [the reference][referencia-de-configuración].

            [referencia-de-configuración]: https://ejemplo.es/referencia_de_la_api "título de la referencia"

            !!! note "nota sobre la configuración"
                Admonition bodies are prose and are checked as such.

            ??? info "información adicional"
                Collapsed bodies are prose too.

            === "pestaña de configuración"

                Tab content is prose.

            <Tabs groupId="sistema-operativo">
            <TabItem value="linux" label="sistema  linux">

            Linux users run the script.

            </TabItem>
            </Tabs>

            :::tip consejo útil
            Tips are prose as well.
            :::

            <Admonition
              type="nota importante"
              title="título de la nota"
            >

            <span title="texto del título">Inline HTML</span> wraps prose, with a note[^nota-al-pie].

            | Option | Meaning |
            |--------|---------|
            | Mode | Selects the mode |

            {% highlight ruby %}
            # Imprime un saludo,, en la consola.
            puts "hola  mundo"
            {% endhighlight %}

            {% comment %}
            nota para los traductores,, sin publicar
            {% endcomment %}

            Hello, {props.nombreDeUsuario}, you have {cuenta_de_mensajes} new messages.

            - [x] Finished task

            The minister dijo que the plan would fail.
            """;

    private static List<int[]> markupRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (String m : MARKUP) {
            int at = text.indexOf(m);
            assertTrue(at >= 0, "the page holds " + m);
            ranges.add(new int[] {at, at + m.length()});
        }
        return ranges;
    }

    /** A finding may run across markup in the middle of prose, but may neither start nor end inside it. */
    @ParameterizedTest(name = "{0} from {1}, LanguageTool {2}")
    @CsvSource({"en-US, es, false", "en-US, es, true", "es, en, true", "fr, en, true", "de, en, true",
            "pt-PT, en, true"})
    void nothingIsReportedInsideMarkup(String target, String source, boolean languageTool) {
        CheckResult result = Checkers.check(Checkers.get(target, source, languageTool), PAGE, Format.MARKDOWN);
        for (Finding f : result.findings()) {
            for (int[] r : markupRanges(PAGE)) {
                boolean startsInside = f.start() >= r[0] && f.start() < r[1];
                boolean endsInside = f.end() > r[0] && f.end() <= r[1];
                assertFalse(startsInside || endsInside, f.ruleId() + " inside markup \""
                        + PAGE.substring(r[0], r[1]) + "\": " + PAGE.substring(f.start(), f.end()));
            }
        }
    }

    @Test
    void theLeftoverAfterTheMarkupIsReportedWhereItIs() {
        Document document = DocumentLoader.fromText("page.md", PAGE, Format.MARKDOWN);
        CheckResult result = Checkers.check(Checkers.get("en-US", "es", false), PAGE, Format.MARKDOWN);
        List<String> reported = result.findings().stream()
                .map(f -> document.position(f.start()).line() + ":" + document.position(f.start()).column() + " "
                        + f.ruleId() + " " + PAGE.substring(f.start(), f.end()))
                .toList();
        assertEquals(List.of("66:14 mt.source-leftover.in-text dijo que"), reported);
    }

    @Test
    void proseAroundTheMarkupReadsAsSentences() {
        Document d = DocumentLoader.fromText("page.md", PAGE, Format.MARKDOWN);
        String prose = d.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("\n"));
        for (String expected : List.of("Install the server", "See the diagram and the reference.",
                "Admonition bodies are prose and are checked as such.", "Collapsed bodies are prose too.",
                "Tab content is prose.", "Tips are prose as well.", "Inline HTML wraps prose, with a note.",
                "Selects the mode")) {
            assertTrue(prose.contains(expected), expected + " in " + prose);
        }
        assertFalse(prose.contains("Install the server "), "heading attributes are hidden: " + prose);
    }

    @Test
    void jsonFrontMatterIsMarkupAndUnclosedYamlFrontMatterHidesNothing() {
        Document json = DocumentLoader.fromText("j.md", "{\n  \"title\": \"Guía\"\n}\n\nAfter it.\n", Format.MARKDOWN);
        assertEquals("After it.", json.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|")));
        Document yaml = DocumentLoader.fromText("y.md", "---\ntitle: Guía\n\nAfter it.\n", Format.MARKDOWN);
        assertEquals("title: Guía|After it.", yaml.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|")));
    }

    @Test
    void htmlBlocksOverSeveralLinesNestedJsonAndRawBlocksAreRead() {
        Document html = DocumentLoader.fromText("h.md", "<p align=\"center\">\n  The fastest way to\n  build apps.\n</p>\n",
                Format.MARKDOWN);
        assertTrue(html.blocks().stream().anyMatch(b -> b.text().contains("build apps.")), html.blocks().toString());
        Document json = DocumentLoader.fromText("j.md", "{\n  \"menu\": {\n    \"weight\": 10\n  }\n}\n\nAfter it.\n",
                Format.MARKDOWN);
        assertEquals("After it.", json.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|")));
        Document raw = DocumentLoader.fromText("r.md", "{% raw %}\nThe page.\n{% endraw %}\n", Format.MARKDOWN);
        assertEquals("The page.", raw.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|")).strip());
    }

    @Test
    void aHighlightShortcodeHoldsCodeNotProse() {
        String md = "Before it.\n\n{{< highlight go >}}\nx := a , b\n{{< /highlight >}}\n\nAfter it.\n";
        Document d = DocumentLoader.fromText("h.md", md, Format.MARKDOWN);
        String prose = d.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|"));
        assertEquals("Before it.|After it.", prose);
    }

    @Test
    void aLineOpenedByHiddenMarkupStaysProse() {
        String md = "Hi.\n\n[^1]: The note itself.\n";
        Document d = DocumentLoader.fromText("n.md", md, Format.MARKDOWN);
        ProseBlock note = d.blocks().get(1);
        assertTrue(note.text().endsWith("The note itself."), note.text());
        assertEquals(md.indexOf("The note"), note.toDocument(note.text().indexOf("The note")));
    }

    @Test
    void aLineOpenedByAFormulaOrACommentStaysProse() {
        String md = "Hi.\n\n$x^2 + y$ is the sum.\n\n{/* note */} The comment opens this line.\n";
        Document d = DocumentLoader.fromText("f.mdx", md, Format.MARKDOWN);
        String prose = d.blocks().stream().map(ProseBlock::text).collect(Collectors.joining("|"));
        assertTrue(prose.contains("is the sum."), prose);
        assertTrue(prose.contains("The comment opens this line."), prose);
    }

    @Test
    void admonitionBodiesKeepTheirPositions() {
        String md = "!!! warning\r\n    The body has a  gap.\r\n\r\n\tA tabbed line.\r\n";
        Document d = DocumentLoader.fromText("a.md", md, Format.MARKDOWN);
        ProseBlock body = d.blocks().get(0);
        assertEquals("The body has a  gap.", body.text());
        Position gap = d.position(body.toDocument(body.text().indexOf("  gap")));
        assertEquals(2, gap.line());
        assertEquals(19, gap.column());
        assertEquals(md.indexOf("A tabbed"), d.blocks().get(1).toDocument(0));
    }

    @Test
    void inlineTagsBetweenWordsReadAsAWord() {
        Document d = DocumentLoader.fromText("t.md", "Use the {{< ref \"x\" >}} page and {% link y %}.\n",
                Format.MARKDOWN);
        assertEquals("Use the Code page and Code.", d.blocks().get(0).text());
    }

    @Test
    void containersInsideListItemsAndHeadingIdsWithTheHashOutsideAreMarkup() {
        String md = "# Preguntas frecuentes #{preguntas}\n\n- Registre el idioma.\n\n  ::: tip Consejo\n\n"
                + "  El cuerpo es prosa.\n\n  :::\n";
        Document d = DocumentLoader.fromText("c.md", md, Format.MARKDOWN);
        assertEquals(List.of("Preguntas frecuentes", "Registre el idioma.", "El cuerpo es prosa."),
                d.blocks().stream().map(ProseBlock::text).toList());
    }

    @Test
    void gitHubAlertMarkersAreMarkup() {
        String md = "> [!WARNING]\n> Guarde una copia antes de migrar.\n\n>[!tip]\n> Use el modo seguro.\n\n"
                + "El [!enlace] queda en la prosa.\n";
        Document d = DocumentLoader.fromText("c.md", md, Format.MARKDOWN);
        assertEquals(List.of("Guarde una copia antes de migrar.", "Use el modo seguro.", "El [!enlace] queda en la prosa."),
                d.blocks().stream().map(ProseBlock::text).map(String::strip).toList());
    }

    @Test
    void fencedCodeInsideAnAdmonitionStaysCode() {
        String md = "!!! example\n    ```\n    !!! note \"not a marker in code\"\n    ```\n    Prose after.\n";
        Document d = DocumentLoader.fromText("c.md", md, Format.MARKDOWN);
        assertEquals(List.of("Prose after."), d.blocks().stream().map(ProseBlock::text).toList());
    }
    @Test
    void mdxCommentsAndComponentLinesWithExpressionsAreMarkup() {
        String md = "{/* Pendiente: enlazar la guía when the page exists */}\n\n"
                + "<ListaDeRecetas rutas={[\"es/recetas/\"mi-receta\"\", 'otra']} />\n\n"
                + "## Configurar el servidor {/*configure-the-server*/}\n\n"
                + "Antes de empezar {/* note to translators */} revisa la configuración.\n";
        Document d = DocumentLoader.fromText("c.mdx", md, Format.MARKDOWN);
        assertEquals(List.of("Configurar el servidor", "Antes de empezar revisa la configuración."),
                d.blocks().stream().map(ProseBlock::text).map(t -> t.replaceAll(" +", " ")).toList());
        CheckResult result = Checkers.check(Checkers.get("es", "en", true), md, Format.MARKDOWN);
        assertEquals(List.of(), result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aSelfClosedComponentInASentenceReadsAsAWord() {
        String md = "La versión actual es <NumeroDeVersion paquete=\"astro\" />.\n\n"
                + "Consulta la lista de servicios <Etiqueta texto=\"Externo\" />, ordenada por tipo.\n";
        Document d = DocumentLoader.fromText("c.mdx", md, Format.MARKDOWN);
        assertEquals(List.of("La versión actual es Code.", "Consulta la lista de servicios Code, ordenada por tipo."),
                d.blocks().stream().map(ProseBlock::text).toList());
        String ornament = "- [Guía de estilo](https://ejemplo.es/estilo)  <Etiqueta texto=\"externo\" />\n"
                + "- [Glosario](https://ejemplo.es/glosario)  <Etiqueta texto=\"externo\" />\n";
        CheckResult result = Checkers.check(Checkers.get("es", "en", false), ornament, Format.MARKDOWN);
        assertEquals(List.of(), result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aSoftHyphenWrittenAsItselfIsInvisibleInsideAWord() {
        String md = "Starte den Anwendungs\u00ADserver neu und öffne die Verwaltungs\u00ADoberfläche.\n";
        Document d = DocumentLoader.fromText("s.md", md, Format.MARKDOWN);
        ProseBlock block = d.blocks().get(0);
        assertEquals("Starte den Anwendungsserver neu und öffne die Verwaltungsoberfläche.", block.text());
        assertEquals(md.indexOf("oberfläche"), block.toDocument(block.text().indexOf("oberfläche")));
        CheckResult result = Checkers.check(Checkers.get("de", "en", false), md, Format.MARKDOWN);
        assertEquals(List.of(), result.findings().stream().map(Finding::ruleId).toList());
    }
    @Test
    void aFenceRightAfterATagLineStaysCode() {
        String md = "<Pestana etiqueta=\"Contenedor\">\n  ```sh\n  COPY . .\n\n  RUN npm install --omit dev\n  ```\n"
                + "</Pestana>\n\nDespués, arranca el contenedor.\n";
        Document d = DocumentLoader.fromText("f.mdx", md, Format.MARKDOWN);
        assertEquals(List.of("Después, arranca el contenedor."),
                d.blocks().stream().map(ProseBlock::text).toList());
    }

    /** LanguageTool reads inline code as a stand-in noun; its gender or case is not the writer's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Placez une `<section>` autour du formulaire de connexion.",
            "de|Der Text steht innerhalb eines `<span>` mit eigener Klasse."})
    void languageToolDoesNotJudgeTheStandInForCode(String target, String md) {
        CheckResult result = Checkers.check(Checkers.get(target, "en", true), md + "\n", Format.MARKDOWN);
        int code = md.indexOf('`');
        int codeEnd = md.indexOf('`', code + 1) + 1;
        for (Finding f : result.findings()) {
            boolean touches = f.start() >= code && f.start() < codeEnd || f.end() > code && f.end() <= codeEnd;
            assertFalse(touches, f.ruleId() + " on " + md.substring(f.start(), f.end()));
        }
    }

    /**
     * A shortcode body of TOML data: headers, keys and non-text values are hidden; the text values are prose, and a
     * shortcode that wraps Markdown keeps it.
     */
    @Test
    void dataInsideAPairedShortcodeIsNotProse() {
        String page = """
                {{< tiles cols="2" >}}

                [[tile]]
                kind = 'panel'
                title = 'Mareas del puerto'
                body = '''
                Las mareas suben dos veces al día.
                '''

                [[tile]]
                kind = "panel"
                icon = 'ancla'
                title = "Faros"
                {{< /tiles >}}

                {{< aside >}}
                color: 'gris'
                caption: Faro del norte
                {{< /aside >}}

                {{< aside >}}
                nota: los faros cierran en invierno.
                {{< /aside >}}

                {{< callout >}}
                Los faros abren en verano.
                {{< /callout >}}
                """;
        Document d = DocumentLoader.fromText("puerto.md", page, Format.MARKDOWN);
        List<String> prose = d.blocks().stream().map(b -> b.text().strip()).toList();
        assertEquals(List.of("Mareas del puerto", "Las mareas suben dos veces al día.", "Faros",
                "Faro del norte", "nota: los faros cierran en invierno.", "Los faros abren en verano."), prose);
        ProseBlock title = d.blocks().get(0);
        assertEquals(page.indexOf("Mareas del puerto"), title.toDocument(title.text().indexOf("Mareas")));
    }
}
