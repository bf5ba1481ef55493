package io.mtlint.packs.prefilter;

import io.mtlint.text.PhraseWords;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The word fragments of a literal are found among the words of every text whose folded form contains the literal:
 * seeded, on random literals and texts over a small alphabet with case pairs, combining marks, apostrophes, white
 * space and characters whose case folding is not one-to-one.
 */
class WordFragmentsTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261205L);
    private static final char[] ALPHABET = {'a', 'b', 'A', 'B', ' ', '\n', '%', '\'', '\u2019', '\u00E9', '\u00C9',
        '\u0301', '\u0345', '\u03B9', '\u0399', '\u00DF', '\u212A', 'k', '-', '4'};

    @Test
    void readsTheEndsALiteralShows() {
        assertEquals(List.of(new WordFragments.Fragment("the", false, WordFragments.Kind.WHOLE),
                new WordFragments.Fragment("last", false, WordFragments.Kind.PREFIX)), WordFragments.of(" the last", false));
        assertEquals(List.of(new WordFragments.Fragment("s", true, WordFragments.Kind.SUFFIX),
                new WordFragments.Fragment("also", true, WordFragments.Kind.WHOLE)), WordFragments.of("s also ", true));
        assertEquals(List.of(new WordFragments.Fragment("lisbo", false, WordFragments.Kind.INFIX)),
                WordFragments.of("lisbo", false));
        assertNull(WordFragments.of(" % ", false), "no letters: words tell nothing");
    }

    @Test
    void foldingMakesALetterOnlyOfALetter() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE) {
                continue;
            }
            int folded = FoldedText.fold(new String(Character.toChars(cp))).codePointAt(0);
            boolean same = Character.isLetter(cp) == Character.isLetter(folded)
                    && PhraseWords.isWordPart(cp) == PhraseWords.isWordPart(folded);
            if (!same && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                assertTrue(WordFragments.foldedFromNonLetter(folded), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void neverMissesALiteralTheFoldedTextContains() {
        Random random = new Random(SEED);
        int contained = 0;
        int rejected = 0;
        for (int round = 0; round < 4000; round++) {
            boolean caseSensitive = random.nextBoolean();
            String raw = randomText(random, 1 + random.nextInt(6));
            String literal = caseSensitive ? FoldedText.foldSpacing(raw) : FoldedText.fold(raw);
            List<WordFragments.Fragment> fragments = WordFragments.of(literal, caseSensitive);
            if (fragments == null) {
                continue;
            }
            List<Integer> ids = new ArrayList<>();
            for (WordFragments.Fragment f : fragments) {
                ids.add(WordFragments.id(f));
            }
            for (int t = 0; t < 10; t++) {
                String text = random.nextBoolean() ? randomText(random, random.nextInt(30))
                        : randomText(random, random.nextInt(8)) + raw + randomText(random, random.nextInt(8));
                FoldedText folded = FoldedText.of(text);
                boolean contains = (caseSensitive ? folded.cased() : folded.caseless()).contains(literal);
                WordPresence words = WordPresence.of(text);
                boolean may = words.holds(ids.stream().mapToInt(Integer::intValue).toArray());
                if (contains) {
                    contained++;
                    assertTrue(may, "seed " + SEED + ": " + fragments + " of \u201c" + literal + "\u201d not in the words of \u201c"
                            + text + "\u201d");
                } else if (!may) {
                    rejected++;
                }
            }
        }
        assertTrue(contained > 2000, "too few containing texts: " + contained);
        assertTrue(rejected > 2000, "the words should rule out many texts: " + rejected);
    }

    @Test
    void aBlockHoldsALiteralsWordsOnlyInARow() {
        int[] ids = WordFragments.of("s also a ", true).stream().mapToInt(WordFragments::id).toArray();
        assertTrue(WordPresence.of("It runs also a test.").holds(ids));
        assertTrue(WordPresence.of("It runs\n also\u00A0a test.").holds(ids));
        assertFalse(WordPresence.of("It also runs a test.").holds(ids), "every word is there, but not in a row");
        assertFalse(WordPresence.of("It runs also an test.").holds(ids));
    }

    @Test
    void aFragmentNumberedAfterTheWordsWereReadCountsAsPresent() {
        WordPresence words = WordPresence.of("nothing here");
        int late = WordFragments.id(new WordFragments.Fragment("zyzzyva" + SEED, false, WordFragments.Kind.WHOLE));
        assertTrue(words.has(late));
        assertFalse(WordPresence.of("nothing here").has(late));
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
