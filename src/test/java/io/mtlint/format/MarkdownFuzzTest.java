package io.mtlint.format;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Suppression;
import io.mtlint.model.TextEdit;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.RandomText;
import io.mtlint.testing.TimeBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Markdown parser on hostile documents: nested quotes and lists (sometimes thousands deep), unbalanced
 * emphasis, code, brackets, links, tables, HTML, entities, front matter and suppression comments, with LF, CRLF
 * and CR line endings. It never throws, and its prose blocks always map back to the document exactly: blocks and
 * pieces in order inside the text, verbatim pieces equal to the document there, every view offset mapping to
 * the character it shows. Every few documents the structural checker runs too, and its findings and fixes must
 * lie inside the text. Seeded and time-boxed.
 */
class MarkdownFuzzTest {
    private static final long SEED = Long.getLong("mtlint.seed", 35_000L);
    private static final List<String> PREFIXES = List.of("> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "\t", ">",
            "   > ", "- [ ] ");
    private static final List<String> INLINE = List.of("*", "**", "***", "_", "__", "`", "``", "[", "]", "](",
            ")", "![", "](http://x.y/z \"t\")", "<", ">", "<span>", "</span>", "<br/>", "<!-- c -->",
            "<!-- mtlint-disable -->", "<!-- mtlint-enable -->", "<!-- mtlint-disable-next-line mt.quotes -->",
            "&amp;", "&#x1F600;", "&#0;", "&nbsp;", "&bogus;", "\\", "\\*", "\\[", "https://example.com/a_b",
            "www.example.com", "a@b.co", "~~", "|", "| a | b |", "[x][y]", "[y]: /url", "<https://a.b>", "  \n",
            "\\\n", "kyiv", "Kyiv said", "[de estas medidas]", "“", "”", "«", "»", " ", "word", "é", "😀");
    private static final List<String> BLOCKS = List.of("```", "~~~", "```js", "# ", "## ", "###### ", "=====",
            "-----", "***", "<div>", "</div>", "<!--", "-->", "|---|---|", "| --- | :-: |", "[ref]: http://a.b");
    private static final List<String> ENDINGS = List.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");

    @Test
    void parsedProseAlwaysMapsBackToTheDocument() {
        TimeBox.run("markdown parser", 30, SEED, seed -> {
            String where = "seed " + seed + " (-Dmtlint.seed=" + seed + " -Dmtlint.fuzz.scale=0 reruns it alone)";
            Random random = new Random(seed);
            String text = document(random);
            try {
                // From text, so that NUL and lone surrogates reach the parser rather than stop at the loader.
                Document doc = DocumentLoader.fromText("fuzz.md", text, Format.MARKDOWN);
                checkStructure(doc, where);
                if (seed % 4 == 0) {
                    checkFindings(doc, where);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ": " + e + "\n" + text.substring(0, Math.min(text.length(), 2000)), e);
            }
        });
    }

    private static String document(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(6) == 0) {
            sb.append("---\ntitle: ").append(INLINE.get(random.nextInt(INLINE.size()))).append("\n---\n");
        }
        int lines = 1 + random.nextInt(40);
        for (int l = 0; l < lines; l++) {
            int depth = random.nextInt(30) == 0 ? 200 + random.nextInt(3000) : random.nextInt(4);
            for (int d = 0; d < depth; d++) {
                sb.append(PREFIXES.get(random.nextInt(PREFIXES.size())));
            }
            if (random.nextInt(5) == 0) {
                sb.append(BLOCKS.get(random.nextInt(BLOCKS.size())));
            }
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                switch (random.nextInt(6)) {
                    case 0 -> sb.append(randomFragment(random));
                    case 1 -> sb.append(INLINE.get(random.nextInt(INLINE.size())).repeat(1 + random.nextInt(
                            random.nextInt(20) == 0 ? 500 : 3)));
                    default -> sb.append(INLINE.get(random.nextInt(INLINE.size())));
                }
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            sb.append(ENDINGS.get(random.nextInt(ENDINGS.size())));
        }
        return sb.toString();
    }

    private static String randomFragment(Random random) {
        String s = RandomText.document(random);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    static void checkStructure(Document doc, String where) {
        String text = doc.text();
        int previousEnd = 0;
        for (ProseBlock block : doc.blocks()) {
            assertTrue(block.docStart() >= previousEnd, where + ": blocks overlap or go backwards at "
                    + block.docStart());
            int cursor = block.docStart();
            for (ProseBlock.Piece piece : block.pieces()) {
                assertTrue(piece.docStart() >= cursor && piece.docEnd() >= piece.docStart()
                        && piece.docEnd() <= text.length(), where + ": piece out of place " + piece);
                if (piece.verbatim()) {
                    assertEquals(text.substring(piece.docStart(), piece.docEnd()), piece.interpretAs(),
                            where + ": a verbatim piece differs from the document");
                }
                cursor = piece.docEnd();
            }
            previousEnd = block.docEnd();
            String view = block.text();
            for (int i = 0; i < view.length(); i++) {
                int at = block.toDocument(i);
                if (at < block.docStart() || at > block.docEnd()) {
                    fail(where + ": view offset " + i + " maps outside its block, to " + at);
                }
                if (block.isVerbatim(i, i + 1) && text.charAt(at) != view.charAt(i)) {
                    fail(where + ": view offset " + i + " shows '" + view.charAt(i) + "' but maps to '"
                            + text.charAt(at) + "'");
                }
            }
        }
        for (Suppression s : doc.suppressions()) {
            assertTrue(s.directiveStart() >= 0 && s.directiveEnd() <= text.length() && s.start() <= s.end(),
                    where + ": " + s);
        }
    }

    static void checkFindings(Document doc, String where) {
        CheckResult result = Checkers.structural().check(doc);
        int length = doc.text().length();
        for (Finding f : result.findings()) {
            assertTrue(f.start() >= 0 && f.end() <= length, where + ": " + f);
            for (Fix fix : f.fixes()) {
                for (TextEdit e : fix.edits()) {
                    assertTrue(e.end() <= length, where + ": " + e);
                }
            }
        }
    }
}
