package io.mtlint.bilingual;

import io.mtlint.check.CheckResult;
import io.mtlint.fix.FixPolicy;
import io.mtlint.fix.FixResult;
import io.mtlint.fix.Fixer;
import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.model.Segment;
import io.mtlint.model.TextEdit;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property, over seeded random XLIFF and PO files whose segments hold hostile text: the checker does not throw,
 * every finding lies in the file, every fix edits translation text only, and the fixed file reads back with the
 * same units and sources, unchanged by a second fix.
 */
class BilingualPropertyTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261205L);
    private static final int FILES = 30;

    @Test
    void randomXliffAndPoFilesSurviveCheckingAndFixing() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < FILES; i++) {
            String[] sources = lines(random);
            String[] targets = lines(random);
            run(xliff(sources, targets), Format.XLIFF, i);
            run(po(sources, targets), Format.PO, i);
        }
    }

    private static void run(String text, Format format, int iteration) throws Exception {
        String where = "seed " + SEED + " file " + iteration + " " + format;
        Document doc = DocumentLoader.fromBytes("random", text.getBytes(StandardCharsets.UTF_8), format);
        CheckResult result = assertDoesNotThrow(() -> Checkers.structural().check(doc), where);
        for (Finding f : result.findings()) {
            assertTrue(f.start() >= 0 && f.end() <= doc.text().length(), where + " " + f);
            for (Fix fix : f.fixes()) {
                for (TextEdit e : fix.edits()) {
                    Segment s = doc.segmentAt(e.start());
                    assertTrue(s != null && s.editing() != null && e.start() >= s.editing().start()
                            && e.end() <= s.editing().end(), where + " edit outside a translation: " + e);
                }
            }
        }
        FixResult fixed = new Fixer(Checkers.structural(), new FixPolicy(true, Set.of(), Set.of())).fix(doc);
        Document after = DocumentLoader.fromBytes("random", fixed.fixedText().getBytes(StandardCharsets.UTF_8), format);
        assertEquals(sources(doc), sources(after), where + ": the fix changed a source");
        FixResult again = new Fixer(Checkers.structural(), new FixPolicy(true, Set.of(), Set.of())).fix(after);
        assertEquals(fixed.fixedText(), again.fixedText(), where + ": fixing is not idempotent");
    }

    private static List<String> sources(Document d) {
        return d.segments().stream().map(s -> s.id() + "=" + s.sourceText()).toList();
    }

    private static String[] lines(Random random) {
        String[] out = new String[1 + random.nextInt(4)];
        for (int i = 0; i < out.length; i++) {
            String t = RandomText.document(random);
            out[i] = t.length() > 300 ? t.substring(0, 300) : t;
        }
        return out;
    }

    private static String xliff(String[] sources, String[] targets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\">"
                + "<file source-language=\"es\" target-language=\"en-US\"><body>\n");
        for (int i = 0; i < sources.length; i++) {
            sb.append("<trans-unit id=\"u").append(i).append("\"><source>").append(xml(sources[i]))
                    .append("</source>\n<target>").append(xml(i < targets.length ? targets[i] : "")).append(" <g id=\"1\">")
                    .append(xml(i < targets.length ? "Madrid" : "")).append("</g></target></trans-unit>\n");
        }
        return sb.append("</body></file></xliff>\n").toString();
    }

    private static String po(String[] sources, String[] targets) {
        StringBuilder sb = new StringBuilder("msgid \"\"\nmsgstr \"Language: en-US\\nX-Source-Language: es\\n\"\n\n");
        for (int i = 0; i < sources.length; i++) {
            sb.append("msgctxt \"").append(i).append("\"\nmsgid \"").append(poString(sources[i])).append("\"\nmsgstr \"\"\n\"")
                    .append(poString(i < targets.length ? targets[i] : "")).append("\"\n\"%s\"\n\n");
        }
        return sb.toString();
    }

    /** Text as XML 1.0 character data: escaped, and without the characters XML cannot hold. */
    private static String xml(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '&') {
                sb.append("&amp;");
            } else if (cp == '<') {
                sb.append("&lt;");
            } else if (cp == '>') {
                sb.append(random(cp) ? "&gt;" : ">");
            } else if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)
                    || cp == '\t' || cp == '\n' || cp == '\r') {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static boolean random(int cp) {
        return cp % 2 == 0;
    }

    private static String poString(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp >= 0x20 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
