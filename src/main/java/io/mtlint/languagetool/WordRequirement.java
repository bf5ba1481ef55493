package io.mtlint.languagetool;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A word or lemma pattern one token of a rule's pattern must match, with its verdict on each numbered word form
 * (see {@link WordForms}) worked out on first need, by LanguageTool's own test of the pattern, and remembered.
 * LanguageTool skips a rule for a sentence lacking the words it needs only when the pattern lists them (a word,
 * or a regular expression of alternatives); this also covers open patterns such as {@code .*ing} or
 * {@code \d+}, whose verdicts a sentence's words can only give one by one.
 */
final class WordRequirement implements ReadingRequirement {
    private static final int PAGE_BITS = 10;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
    /** Two bits a word: whether its verdict is known, and whether it matches. */
    private static final long KNOWN = 1;
    private static final long MATCHES = 2;
    /**
     * Pages of verdicts all requirements together may keep (a page: 1,024 words, about 300 bytes): 32 MB. Beyond
     * that, verdicts on words in pages not kept yet are worked out every time instead of remembered.
     */
    static final int PAGE_BUDGET = 110_000;
    private static final AtomicInteger PAGES_KEPT = new AtomicInteger();

    private final Predicate<String> pattern;
    private final boolean lemmas;
    private final AtomicReferenceArray<AtomicLongArray> pages =
            new AtomicReferenceArray<>(WordForms.LIMIT >> PAGE_BITS);

    /** {@code lemmas}: the pattern is tested on a reading's lemma (or its word, when it has none). */
    WordRequirement(Predicate<String> pattern, boolean lemmas) {
        this.pattern = pattern;
        this.lemmas = lemmas;
    }

    @Override
    public boolean metBy(SentenceReadings sentence) {
        int[] forms = lemmas ? sentence.lemmas() : sentence.words();
        if (forms == null) {
            return true;
        }
        for (int form : forms) {
            if (matches(form)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int form) {
        AtomicLongArray page = page(form >>> PAGE_BITS);
        if (page == null) {
            return pattern.test(WordForms.form(form));
        }
        int cell = form & PAGE_MASK;
        int slot = cell >>> 5;
        int shift = (cell & 31) << 1;
        long verdict = page.get(slot) >>> shift;
        if ((verdict & KNOWN) != 0) {
            return (verdict & MATCHES) != 0;
        }
        boolean matches = pattern.test(WordForms.form(form));
        // Verdicts are only ever added, and two threads working one out at once reach the same one.
        page.getAndAccumulate(slot, (KNOWN | (matches ? MATCHES : 0)) << shift, (a, b) -> a | b);
        return matches;
    }

    /** The page of verdicts numbered {@code index}, made on first need; null once the budget is spent. */
    private AtomicLongArray page(int index) {
        AtomicLongArray page = pages.get(index);
        if (page != null) {
            return page;
        }
        if (PAGES_KEPT.incrementAndGet() > PAGE_BUDGET) {
            PAGES_KEPT.decrementAndGet();
            return null;
        }
        if (!pages.compareAndSet(index, null, new AtomicLongArray((1 << PAGE_BITS) >> 5))) {
            PAGES_KEPT.decrementAndGet();   // another thread made it first
        }
        return pages.get(index);
    }

    /** How many pages of verdicts are kept, for all requirements together. */
    static int pagesKept() {
        return PAGES_KEPT.get();
    }
}
