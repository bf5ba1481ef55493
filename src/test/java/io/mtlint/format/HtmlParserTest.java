package io.mtlint.format;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.Position;
import io.mtlint.model.ProseBlock;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlParserTest {
    private static List<String> blocks(String html) {
        return DocumentLoader.fromText("page.html", html, Format.HTML).blocks().stream()
                .map(ProseBlock::text).collect(Collectors.toList());
    }

    private static List<String> flagged(String html, String target, String source) {
        CheckResult result = Checkers.check(Checkers.get(target, source, false), html, Format.HTML);
        return result.findings().stream()
                .map(f -> f.ruleId() + "@" + result.document().position(f.start()).line() + ":"
                        + result.document().position(f.start()).column())
                .collect(Collectors.toList());
    }

    @Test
    void eachBlockElementIsABlockAndInlineTagsStayInside() {
        assertEquals(List.of("Harbour works", "The port of Vigo opened on Monday, the mayor said.",
                        "Cranes arrived.", "Ships wait", "Berth 4"),
                blocks("""
                        <body><h2>Harbour works</h2>
                        <p>The <em>port</em> of <a href="/vigo-port">Vigo</a> opened
                           on <strong>Monday</strong>, the mayor said.</p>
                        <ul><li>Cranes arrived.<li>Ships wait</ul>
                        <table><tr><td>Berth 4</td></tr></table></body>"""));
    }

    @Test
    void referencesReadAsTheirCharactersAndSpacesCollapse() {
        assertEquals(List.of("Fish & chips \u2014 \u201cfresh\u201d\u00a0: caf\u00e9"),
                blocks("<p>  Fish &amp; chips &mdash;   &ldquo;fresh&#8221;&nbsp;: caf&eacute;\n</p>"));
    }

    @Test
    void codeScriptsAndKeptTextAreNotProse() {
        assertEquals(List.of("Run Code before the harbour opens."),
                blocks("""
                        <script>var ciudad = "vigo  [de estas medidas]";</script>
                        <style>p::before { content: "de la ciudad"; }</style>
                        <p>Run <code>puerto.abrir()</code> before the harbour opens.</p>
                        <pre>puerto  [de estas medidas]</pre>
                        <p translate="no">puerto de vigo</p>
                        <p class="lead notranslate">ayuntamiento de vigo</p>"""));
    }

    @Test
    void keptTextAndIconsStayInsideTheirSentence() {
        assertEquals(List.of("Deploy it with Code to the harbour servers.", "Download the report now.",
                        "Italian readers know Code from school."),
                blocks("""
                        <html lang="en-GB"><body>
                        <p>Deploy it with <span translate="no">nube del puerto</span> to the harbour servers.</p>
                        <p><a href="/r.pdf"><svg viewBox="0 0 8 8"><title>icono de descarga</title></svg>
                           Download the report</a> now.</p>
                        <p>Italian readers know <i lang="it">I promessi sposi</i> from school.</p>
                        <blockquote lang="fr"><p>Le port restera fermé jusqu'à lundi.</p></blockquote>
                        </body></html>"""));
    }

    @Test
    void templateTagsReadAsAWordOrAsNothing() {
        assertEquals(List.of("Welcome back, Code. Your harbour pass is ready."),
                blocks("""
                        <p>Welcome back, {{ usuario.nombre_completo }}. {% if pase_activo %}Your harbour pass
                        {# comprobar la fecha  de caducidad #} is ready.{% endif %}</p>
                        <p><%# ciudad de vigo %></p>"""));
    }

    @Test
    void titleMetaDescriptionAndAltTextAreProse() {
        assertEquals(List.of("Storm closes the port", "Ferries stay in port until Friday.", "Waves over the pier"),
                blocks("""
                        <html><head><title>Storm closes the port</title>
                        <meta name="description" content="Ferries stay in port until Friday.">
                        <meta name="viewport" content="width=device-width"></head>
                        <body><img src="pier.jpg" alt="Waves over the pier"></body></html>"""));
    }

    @Test
    void findingsPointAtTheFileWithBomCrlfTabsAndWideCharacters() throws DocumentException {
        String html = "<html><body>\r\n<p>\ud83d\ude00 Caf&eacute;\tin kyiv, he said.</p>\r\n"
                + "<p>Prices rose 38%. . now.</p>\r\n</body></html>";
        byte[] bytes = ("\ufeff" + html).getBytes(StandardCharsets.UTF_8);
        Document doc = DocumentLoader.fromBytes("page.html", bytes, Format.HTML);
        CheckResult result = Checkers.get("en-US", "es", false).check(doc);
        List<String> at = result.findings().stream().map(f -> {
            Position p = doc.position(f.start());
            return f.ruleId() + "@" + p.line() + ":" + p.column();
        }).collect(Collectors.toList());
        assertEquals(List.of("mt.proper-noun-case.known-name@2:21", "mt.punctuation.doubled@3:19"), at);
    }

    @Test
    void markupAndAddressesRaiseNoFinding() {
        assertEquals(List.of(), flagged("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <link rel="stylesheet" href="/css/estilo-de-la-pagina.css"></head>
                <body class="articulo  de-noticias" data-seccion="la ciudad,, de vigo">
                <p>The port of <a href="https://vigo.example/el-puerto-de-la-ciudad" title="Vigo">Vigo</a>
                   reopened, the mayor said.</p>
                <!-- comentario: la noticia de la ciudad -->
                </body></html>""", "en-US", "es"));
    }

    @Test
    void suppressionCommentsWork() {
        String html = "<p>The mayor of kyiv spoke.</p>\n<!-- mtlint-disable-next-line -->\n<p>The mayor of kyiv left.</p>";
        assertEquals(List.of("mt.proper-noun-case.known-name@1:17"), flagged(html, "en-US", "es"));
    }

    @Test
    void anEmptyOrTextlessPageIsADocumentWithoutProse() {
        assertEquals(List.of(), blocks(""));
        assertEquals(List.of(), blocks("<html><head></head><body><div> </div></body></html>"));
    }

    @Test
    void aLegacyPageIsReadInTheCharsetItDeclares() throws DocumentException {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>\u201cCaf\u00e9\u201d, he said.</p></body></html>";
        Document doc = DocumentLoader.fromBytes("old.html", html.getBytes(Charset.forName("windows-1252")), Format.HTML);
        assertEquals(Charset.forName("windows-1252"), doc.charset());
        assertEquals(List.of("\u201cCaf\u00e9\u201d, he said."), doc.blocks().stream().map(ProseBlock::text).toList());
    }

    @Test
    void fixesEditTheFileAndKeepItsMarkup() {
        String html = "<p>The mayor of <b>kyiv</b> met &ldquo;the press&rdquo;.</p>";
        CheckResult result = Checkers.check(Checkers.get("en-US", "es", false), html, Format.HTML);
        Finding finding = result.findings().stream()
                .filter(f -> f.ruleId().equals("mt.proper-noun-case.known-name")).findFirst().orElseThrow();
        assertTrue(finding.fixes().get(0).safe());
        String fixed = finding.fixes().get(0).applyTo(html);
        assertEquals("<p>The mayor of <b>Kyiv</b> met &ldquo;the press&rdquo;.</p>", fixed);
    }

    @Test
    void replacementsAreWrittenAsHtmlInTheEncodingOfThePage() throws DocumentException {
        String html = "<p title=\"Harbour\">Harbour</p>";
        byte[] bytes = ("<meta charset=\"windows-1252\">" + html).getBytes(Charset.forName("windows-1252"));
        Document doc = DocumentLoader.fromBytes("old.html", bytes, Format.HTML);
        int at = doc.text().lastIndexOf("Harbour");
        io.mtlint.model.TextEdit written = doc.writable(new io.mtlint.model.TextEdit(at, at + 7, "Tom & \"Jerry\" <3 \u0141\u00f3d\u017a"));
        assertEquals("Tom &amp; &quot;Jerry&quot; &lt;3 &#x141;\u00f3d&#x17A;", written.replacement());
    }

    @Test
    void contentWithoutAnExtensionIsRecognisedAsHtml() {
        assertEquals(Format.HTML, FormatSniffer.sniff("<!-- export -->\n<!DOCTYPE html>\n<html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, Format.forFileName("Noticia.HTM"));
    }
}
