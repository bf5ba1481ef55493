package io.mtlint.packs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
