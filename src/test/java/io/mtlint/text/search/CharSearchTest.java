package io.mtlint.text.search;

import io.mtlint.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search answers what a test of every character would, on seeded random texts and character sets. */
class CharSearchTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261128L);

    @Test
    void answersTheFirstPositionHoldingACharacter() {
        Random random = new Random(SEED);
        String alphabet = ".,;!?\u201d\u00bb\" 0123456789a\u00e9\u00a0\u20ac\ud83d\ude00";
        int hits = 0;
        for (int n = 0; n < 2000; n++) {
            String text = RandomText.document(random) + alphabet.charAt(random.nextInt(alphabet.length()));
            StringBuilder chars = new StringBuilder();
            for (int k = random.nextInt(CharSearch.MAX_CHARS) + 1; k > 0; k--) {
                chars.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String set = chars.toString();
            CharSearch search = new CharSearch(text, set.toCharArray());
            int from = 0;
            while (true) {
                int found = search.next(from);
                assertEquals(plainNext(text, set, from), found, () -> "searching " + set + " in " + text);
                if (found >= text.length()) {
                    break;
                }
                hits++;
                // Callers go on after the position found, or past a match that covers several characters.
                from = found + 1 + (random.nextInt(6) == 0 ? random.nextInt(5) : 0);
            }
        }
        assertTrue(hits > 5000, "too few positions found: " + hits);
    }

    private static int plainNext(String text, String set, int from) {
        for (int i = from; i < text.length(); i++) {
            if (set.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    @Test
    void refusesTooManyCharacters() {
        assertThrows(IllegalArgumentException.class,
                () -> new CharSearch("text", "abcdefghijklmnop".toCharArray()));
    }
}
