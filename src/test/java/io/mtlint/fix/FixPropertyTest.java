package io.mtlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentLoader;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of fixing, on generated documents with LF, CRLF and mixed line endings, byte-order marks and
 * non-ASCII text: characters outside the flagged spans never change, the encoding round-trips byte for byte,
 * and fixing is idempotent (fix∘fix = fix). Seeded, so failures reproduce.
 */
class FixPropertyTest {
    private static final long SEED = Long.getLong("mtlint.seed", 424242L);
    private static final List<String> PIECES = List.of("kyiv", "Kyiv", " ,", " .", ". .", "..", "«", "»", "“", "”",
            "Ukraine. »", "38 %", "the", "kharkiv", "café", "Zürich", "😀", "ñandú", "\t", " ", "  ", "word", "(", ")",
            "( text )", "end.Next", "[de los aliados]", "1.500 soldiers", "wrote", "said", "\u00A0");

    private static String generate(Random r) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + r.nextInt(8);
        for (int l = 0; l < lines; l++) {
            int words = r.nextInt(14);
            for (int w = 0; w < words; w++) {
                sb.append(PIECES.get(r.nextInt(PIECES.size())));
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            sb.append(switch (r.nextInt(3)) {
                case 0 -> "\n";
                case 1 -> "\r\n";
                default -> r.nextBoolean() ? "\n\n" : "\r\n\r\n";
            });
        }
        return sb.toString();
    }

    @Test
    void fixingChangesOnlyFlaggedSpansKeepsEncodingAndIsIdempotent() throws Exception {
        Random random = new Random(SEED);
        Fixer fixer = new Fixer(Checkers.structural(), FixPolicy.safeOnly());
        for (int i = 0; i < 300; i++) {
            String text = generate(random);
            boolean bom = random.nextBoolean();
            Format format = random.nextBoolean() ? Format.TEXT : Format.MARKDOWN;
            byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
            Document doc = DocumentLoader.fromBytes("gen", bytes, format);
            String where = "seed " + SEED + " case " + i + ": " + text.replace("\r", "\\r").replace("\n", "\\n");

            FixResult result = fixer.fix(doc);
            List<int[]> spans = new ArrayList<>();
            for (var f : Checkers.structural().check(doc).findings()) {
                spans.add(new int[] {f.start(), f.end()});
                f.fixes().forEach(x -> x.edits().forEach(e -> spans.add(new int[] {e.start(), e.end()})));
            }
            if (result.applied().stream().allMatch(a -> a.round() == 1)) {
                for (AbstractDelta<Character> d : DiffUtils.diff(chars(text), chars(result.fixedText())).getDeltas()) {
                    int from = d.getSource().getPosition();
                    int to = from + d.getSource().size();
                    assertTrue(spans.stream().anyMatch(s -> s[0] <= from && to <= Math.max(s[1], s[0]) + 1
                            || from <= s[1] && s[0] <= to), where + " changed outside a flagged span at " + from);
                }
            }
            byte[] written = AtomicWriter.encode(doc, result.fixedText());
            byte[] expected = ((bom ? "\uFEFF" : "") + result.fixedText()).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, written, where);
            assertTrue(countCrlf(result.fixedText()) == countCrlf(text), where + " line endings changed");

            Document again = DocumentLoader.fromBytes("gen", written, format);
            assertEquals(result.fixedText(), fixer.fix(again).fixedText(), where + " fix is not idempotent");
        }
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }

    private static int countCrlf(String s) {
        return s.split("\r\n", -1).length - 1;
    }
}
