package io.mtlint.testing;

import java.util.List;
import java.util.Random;

/** Seeded generators of hostile documents: random Unicode, broken Markdown, huge lines, control characters. */
public final class RandomText {
    private static final List<String> FRAGMENTS = List.of(
            "kyiv", "Kyiv", "[de estas medidas]", "[sic]", "(misiles)", "“", "”", "«", "»", "\"", ". .", " .", "..",
            "...", "…", "1.500 soldiers", "3,5 %", "For his part, ", "In this sense, ", "”, maintain its analysts",
            "```", "`", "**", "_", "[link](http://x.y/z)", "<https://a.b>", "<!-- mtlint-disable -->",
            "<!-- mtlint-enable -->", "<!-- mtlint-disable-next-line mt.quotes -->", "<div>", "</div>", "# ", "> ",
            "- ", "1. ", "| a | b |", "|---|---|", "---\n", "&amp;", "&#x1F600;", "\\*", "\t", "\r\n", "\n", "\r",
            "\n\n", "\u00A0", "\u202F", "\u200B", "\uFEFF", "é", "e\u0301", "😀", "👩‍👩‍👧", "ß", "İ", "ﬁ", "\u0000",
            "\u0007", "\u001b[31m", "\uD800", "a", "the", " ", "  ", "word", "Word", "U.S.", "e.g.", "etc.,");

    private RandomText() {
    }

    public static String document(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(10)) {
                case 0 -> sb.appendCodePoint(randomCodePoint(random));
                case 1 -> sb.append("x".repeat(random.nextInt(3000))); // a huge line
                case 2 -> sb.append((char) random.nextInt(32)); // control characters
                default -> sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            if (random.nextInt(4) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(0x30000);
            if (Character.isDefined(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                return cp;
            }
        }
    }
}
