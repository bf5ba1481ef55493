package io.mtlint.languagetool.accel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remembered verdicts must be the pattern's own, asked once or many times, by one thread or several. */
class WordRequirementTest {
    private static final Predicate<String> ENDS_IN_SEVEN = word -> word.endsWith("7");

    /** Words numbered across several pages of verdicts (a page holds 1,024). */
    private static int[] numberedWords(String prefix, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = SentenceReadings.WORD_FORMS.id(prefix + i);
            assertTrue(ids[i] >= 0);
        }
        return ids;
    }

    private static void assertSameVerdicts(WordRequirement requirement, int[] ids) {
        for (int round = 0; round < 2; round++) {
            for (int id : ids) {
                String word = SentenceReadings.WORD_FORMS.text(id);
                assertEquals(ENDS_IN_SEVEN.test(word), requirement.matchesAny(new int[] {id}),
                        word + ", round " + round);
            }
        }
    }

    @Test
    void verdictsAreThePatternsAndAreAskedOnlyOnce() {
        int[] ids = numberedWords("remembered-", 3_000);
        AtomicInteger asked = new AtomicInteger();
        WordRequirement requirement = new WordRequirement(word -> {
            asked.incrementAndGet();
            return ENDS_IN_SEVEN.test(word);
        }, false, new WordRequirement.Budget(1_000));
        assertSameVerdicts(requirement, ids);
        assertEquals(3_000, asked.get(), "the second round is answered from memory");
        assertTrue(requirement.matchesAny(new int[] {ids[0], ids[7]}), "any of several");
    }

    @Test
    void beyondItsBudgetARequirementWorksVerdictsOutAgain() {
        int[] ids = numberedWords("over-budget-", 3_000);
        WordRequirement.Budget budget = new WordRequirement.Budget(1);
        AtomicInteger asked = new AtomicInteger();
        WordRequirement requirement = new WordRequirement(word -> {
            asked.incrementAndGet();
            return ENDS_IN_SEVEN.test(word);
        }, false, budget);
        assertSameVerdicts(requirement, ids);
        assertEquals(1, budget.kept());
        assertTrue(asked.get() > 3_000, "words outside the one page kept are asked again: " + asked.get());
    }

    @Test
    void threadsAskingAtOnceGetThePatternsVerdicts() throws Exception {
        int[] ids = numberedWords("concurrent-", 5_000);
        WordRequirement requirement = new WordRequirement(ENDS_IN_SEVEN, false, new WordRequirement.Budget(1_000));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> assertSameVerdicts(requirement, ids)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
    }
}
