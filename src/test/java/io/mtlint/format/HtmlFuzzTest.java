package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.testing.RandomText;
import io.mtlint.testing.TimeBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

/**
 * The HTML parser on hostile pages: unclosed and misnested tags, stray end tags, attributes without quotes or
 * values, references valid and bogus, template tags, scripts and comments left open, deep nesting, all line
 * endings. It never throws but a clear refusal of the file, and its prose maps back to the page as the Markdown parser's does
 * ({@link MarkdownFuzzTest}); every few pages the structural checker runs too. Seeded and time-boxed.
 */
class HtmlFuzzTest {
    private static final long SEED = Long.getLong("mtlint.seed", 47_000L);
    private static final List<String> PIECES = List.of("<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<li>",
            "<ul>", "</ul>", "<table><tr><td>", "</td><td>", "<em>", "</em>", "<b>", "</i>", "<a href=x>", "</a>",
            "<br>", "<br/>", "<img alt=\"the mayor of kyiv\">", "<img alt=>", "<img alt='x", "<code>", "</code>",
            "<pre>", "</pre>", "<script>", "</script>", "<style>", "<!--", "-->", "<!-- mtlint-disable -->",
            "<!-- mtlint-enable -->", "<span translate=no>", "</span>", "<title>", "</title>", "<meta name=description content=\"a . . b\">",
            "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&#xD800;", "&bogus;", "&", "&amp", "{{ x }}", "{%", "%}",
            "{# c #}", "<% e %>", "<", ">", "</", "<!DOCTYPE html>", "<html lang=fr>", "<html lang=\"xx-YY\">",
            "<svg><title>t</title></svg>", "<textarea>", "<select><option>o", "kyiv", "[de estas medidas]",
            "“", "”", "«", "»", " ", "  ", "\t", "word", "é", "😀", ". .");
    private static final List<String> ENDINGS = List.of("\n", "\r\n", "\r", "");

    @Test
    void parsedProseAlwaysMapsBackToThePage() {
        TimeBox.run("html parser", 15, SEED, seed -> {
            String where = "seed " + seed + " (-Dmtlint.seed=" + seed + " -Dmtlint.fuzz.scale=0 reruns it alone)";
            Random random = new Random(seed);
            String text = page(random);
            try {
                Document doc = DocumentLoader.fromText("fuzz.html", text, Format.HTML);
                try {
                    doc.blocks();
                } catch (DocumentStructureException refused) {
                    return; // a clear refusal of the file is an outcome (jsoup fails on some misnesting)
                }
                MarkdownFuzzTest.checkStructure(doc, where);
                if (seed % 4 == 0) {
                    MarkdownFuzzTest.checkFindings(doc, where);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ": " + e + "\n" + text.substring(0, Math.min(text.length(), 2000)), e);
            }
        });
    }

    private static String page(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(120);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(8) == 0) {
                String s = RandomText.document(random);
                sb.append(s, 0, Math.min(s.length(), 120));
            } else {
                String piece = PIECES.get(random.nextInt(PIECES.size()));
                sb.append(piece.repeat(random.nextInt(40) == 0 ? 300 + random.nextInt(2000) : 1));
            }
            if (random.nextInt(6) == 0) {
                sb.append(ENDINGS.get(random.nextInt(ENDINGS.size())));
            }
        }
        return sb.toString();
    }
}
