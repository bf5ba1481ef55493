package io.mtlint.text.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The characters a text holds: never a "no" for a character that is there, exact for ASCII; and a character search
 * told what the text holds finds every position the full search finds. Seeded random texts over ASCII, Latin-1,
 * typographic and astral characters.
 */
class CharPresenceTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261203L);
    private static final String ALPHABET = "ab 09.,%\u00a0\u00e9\u201c\u201d\u2019\u20ac\uD83D\uDE00\t\n\u0100";

    @Test
    void neverDeniesACharacterTheTextHolds() {
        Random random = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            String text = random(random, random.nextInt(30));
            CharPresence present = CharPresence.of(text);
            for (char c = 0; c < 0x2100; c++) {
                boolean held = text.indexOf(c) >= 0;
                if (held) {
                    assertTrue(present.mayHold(c), "seed " + SEED + ": " + (int) c + " in " + text);
                } else if (c < 128) {
                    assertEquals(false, present.mayHold(c), "seed " + SEED + ": " + (int) c + " in " + text);
                }
            }
        }
    }

    @Test
    void aSearchToldWhatTheTextHoldsFindsWhatTheFullSearchFinds() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 2000; round++) {
            String text = random(random, random.nextInt(40));
            char[] chars = random(random, 1 + random.nextInt(6)).toCharArray();
            CharSearch full = new CharSearch(text, chars);
            CharSearch told = new CharSearch(text, chars, CharPresence.of(text));
            for (int from = 0; from <= text.length(); from++) {
                assertEquals(full.next(from), told.next(from), "seed " + SEED + ": " + new String(chars) + " in " + text);
            }
        }
    }

    private static String random(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
