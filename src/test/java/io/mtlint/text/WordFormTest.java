package io.mtlint.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interned word forms: one instance per spelling wherever it stands, with the same answers as computing them from
 * the word's text; and a per-form memo that computes each form's answer once. Seeded random spellings mix ASCII,
 * accented, title-case and astral letters.
 */
class WordFormTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261203L);
    private static final String[] LETTERS = {"a", "B", "é", "É", "ß", "ǅ", "ı", "\uD835\uDC00", "z", "Q"};

    @Test
    void aSpellingHasOneFormWhoseAnswersMatchItsText() {
        Random random = new Random(SEED);
        Map<String, WordForm> seen = new HashMap<>();
        for (int round = 0; round < 5000; round++) {
            String word = randomWord(random);
            String padding = "x ".repeat(random.nextInt(3));
            String text = padding + word + " tail";
            WordForm form = WordForm.of(text, padding.length(), padding.length() + word.length());
            assertEquals(word, form.text());
            WordForm earlier = seen.putIfAbsent(word, form);
            if (earlier != null) {
                assertSame(earlier, form, word);
            }
            String why = "seed " + SEED + ": " + word;
            assertEquals(word.toLowerCase(Locale.ROOT), form.lower(), why);
            assertEquals(word.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c)),
                    form.isLowercase(), why);
            assertEquals(Character.isUpperCase(word.codePointAt(0)), form.isCapitalised(), why);
            assertEquals(word.codePointCount(0, word.length()) > 1
                    && word.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c)),
                    form.isAllCaps(), why);
            assertEquals(word.codePoints().skip(1).anyMatch(Character::isUpperCase), form.hasInnerCapital(), why);
        }
        assertTrue(seen.size() > 1000, "the generator gives many spellings");
    }

    @Test
    void aFormMemoComputesEachFormsAnswerOnce() {
        Map<String, AtomicInteger> calls = new HashMap<>();
        FormMemo<String> memo = new FormMemo<>(form -> {
            calls.computeIfAbsent(form.text(), k -> new AtomicInteger()).incrementAndGet();
            return form.text().toUpperCase(Locale.ROOT);
        });
        Random random = new Random(SEED);
        for (int round = 0; round < 20000; round++) {
            String word = randomWord(random) + "memo";
            assertEquals(word.toUpperCase(Locale.ROOT), memo.get(WordForm.of(word, 0, word.length())));
        }
        calls.forEach((word, count) -> assertEquals(1, count.get(), word));
    }

    @Test
    void aFormMemoForgetsNothingItKeepsAndKeepsNoFormBeyondItsBound() {
        AtomicInteger calls = new AtomicInteger();
        String early = "boundearly" + SEED;
        WordForm kept = WordForm.of(early, 0, early.length());
        FormMemo<String> memo = new FormMemo<>(form -> {
            calls.incrementAndGet();
            return form.text();
        }, kept.id() + 1);
        String late = "boundlate" + SEED;
        WordForm beyond = WordForm.of(late, 0, late.length());
        memo.get(kept);
        memo.get(kept);
        assertEquals(1, calls.get(), "a form within the bound is computed once");
        assertEquals(late, memo.get(beyond));
        assertEquals(late, memo.get(beyond));
        assertEquals(3, calls.get(), "a form beyond the bound is computed each time, and not kept");
    }

    /** The ASCII fast path splits words exactly where {@link io.mtlint.text.PhraseWords} says they end. */
    @Test
    void wordsSplitWherePhraseWordsEndThem() {
        Random random = new Random(SEED + 2);
        String[] alphabet = {"a", "b", " ", "Z", ",", ".", "'", "\u2019", "-", "1", "\u00e9", "\u0301", "\u201c",
            "\uD835\uDC00", "\u00a0"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from--;
            }
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (int i = from; i < text.length(); ) {
                int end = io.mtlint.text.PhraseWords.wordEnd(text, i, text.length());
                if (end > i) {
                    expected.add(i + ":" + text.substring(i, end));
                    i = end;
                } else {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            java.util.List<String> split = Words.of(text, from, text.length()).stream()
                    .map(w -> w.start() + ":" + w.text()).toList();
            assertEquals(expected, split, "seed " + SEED + ": " + text);
        }
    }

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            sb.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return sb.toString();
    }
}
