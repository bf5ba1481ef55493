package io.mtlint.packs.prefilter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared Aho–Corasick automaton finds exactly the literals {@code String.contains} finds: seeded, on random
 * literals and texts over a small alphabet (so that literals overlap, nest and share suffixes) with non-ASCII
 * characters, which take the automaton's slow path.
 */
class LiteralTableTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261128L);
    private static final char[] ALPHABET = {'a', 'b', 'c', ' ', '%', 'é', '\u2019', 'ß'};

    @Test
    void findsWhatContainsFinds() {
        Random random = new Random(SEED);
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                literals.add(randomText(random, 1 + random.nextInt(5)));
                ids.add(i);
            }
            LiteralTable.Automaton automaton = new LiteralTable.Automaton(literals, ids);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, random.nextInt(60));
                long[] bits = new long[(count + 63) >>> 6];
                automaton.read(text, bits);
                for (int i = 0; i < count; i++) {
                    boolean found = (bits[i >>> 6] & (1L << i)) != 0;
                    assertEquals(text.contains(literals.get(i)), found,
                            "seed " + SEED + ": literal \u201c" + literals.get(i) + "\u201d in \u201c" + text + "\u201d");
                }
            }
        }
    }

    /** Reading the raw text and folding on the way finds what reading the folded text finds, in both modes. */
    @Test
    void readingRawTextFindsWhatReadingFoldedTextFinds() {
        Random random = new Random(SEED);
        char[] raw = {'a', 'A', 'b', 'B', ' ', '\t', '\n', '\u00a0', '\u2019', '\'', '\u00c9', '\u00e9', '\u017f', 's', 'S'};
        for (int round = 0; round < 300; round++) {
            boolean foldCase = random.nextBoolean();
            List<String> literals = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                String literal = randomText(random, raw, 1 + random.nextInt(4));
                literals.add(foldCase ? FoldedText.fold(literal) : FoldedText.foldSpacing(literal));
                ids.add(i);
            }
            LiteralTable.Automaton automaton = new LiteralTable.Automaton(literals, ids, foldCase);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, raw, random.nextInt(50));
                long[] direct = new long[(count + 63) >>> 6];
                long[] folded = new long[(count + 63) >>> 6];
                assertEquals(true, automaton.readFolding(text, direct));
                automaton.read(foldCase ? FoldedText.fold(text) : FoldedText.foldSpacing(text), folded);
                assertArrayEquals(folded, direct, "seed " + SEED + ": " + literals + " in \u201c" + text + "\u201d");
            }
        }
        LiteralTable.Automaton automaton = new LiteralTable.Automaton(List.of("ab"), List.of(0), true);
        assertEquals(false, automaton.readFolding("a \uD83D\uDE00 b", new long[1]));
    }

    /** Confirming a cased literal in the raw text finds what searching the case-kept folded text finds. */
    @Test
    void casedContainsFindsWhatTheFoldedTextContains() {
        Random random = new Random(SEED);
        char[] raw = {'a', 'A', 'b', ' ', '\t', '\n', '\u00a0', '\u2019', '\'', '\u00e9', '\u00c9'};
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random, raw, random.nextInt(40));
            String literal = FoldedText.foldSpacing(randomText(random, raw, 1 + random.nextInt(4)));
            FoldedText folded = FoldedText.of(text);
            assertEquals(folded.cased().contains(literal), FoldedText.of(text).casedContains(literal),
                    "seed " + SEED + ": \u201c" + literal + "\u201d in \u201c" + text + "\u201d");
        }
    }

    /** A rule that keeps case finds its literal only in that case, from the one case-folding automaton. */
    @Test
    void casedLiteralsAreConfirmedInTheirCase() {
        RequiredLiterals upper = RequiredLiterals.of(java.util.regex.Pattern.compile("Sudden " + SEED)).orElseThrow();
        assertEquals(false, upper.foundIn(FoldedText.of("a sudden " + SEED + " storm")));
        assertEquals(true, upper.foundIn(FoldedText.of("a Sudden\n" + SEED + " storm")));
        RequiredLiterals digits = RequiredLiterals.of(java.util.regex.Pattern.compile("% " + SEED)).orElseThrow();
        assertEquals(true, digits.foundIn(FoldedText.of("up 4 % " + SEED)));
        assertEquals(false, digits.foundIn(FoldedText.of("up 4 %" + SEED)));
    }

    @Test
    void aBlockReadBeforeARuleWasBuiltStillFindsThatRulesLiterals() {
        FoldedText text = FoldedText.of("The council met on Thursday in Zaragoza-Norte.");
        text.presence();
        RequiredLiterals late = RequiredLiterals.anyOf(List.of("zaragoza-norte-" + SEED, "zaragoza-norte")).orElseThrow();
        assertEquals(true, late.foundIn(text));
        RequiredLiterals absent = RequiredLiterals.anyOf(List.of("huesca-sur-" + SEED)).orElseThrow();
        assertEquals(false, absent.foundIn(text));
    }

    private static String randomText(Random random, int length) {
        return randomText(random, ALPHABET, length);
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
