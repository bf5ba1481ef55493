package io.mtlint.languagetool.accel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A word or lemma pattern one token of a rule's pattern must match, with its verdict on each numbered word form
 * (see {@link SentenceReadings#WORD_FORMS}) worked out on first need, by LanguageTool's own test of the pattern,
 * and remembered.
 * LanguageTool skips a rule for a sentence lacking the words it needs only when the pattern lists them (a word,
 * or a regular expression of alternatives); this also covers open patterns such as {@code .*ing} or
 * {@code \d+}, whose verdicts a sentence's words can only give one by one.
 */
final class WordRequirement implements ReadingRequirement {
    private static final int PAGE_BITS = 10;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
    /** Two bits a word, sixteen words an int: whether its verdict is known, and whether it matches. */
    private static final int KNOWN = 1;
    private static final int MATCHES = 2;
    /**
     * Pages of verdicts all requirements together may keep (a page: 1,024 words, 272 bytes): 30 MB. Beyond that,
     * verdicts on words in pages not kept yet are worked out every time instead of remembered.
     */
    private static final Budget SHARED = new Budget(110_000);

    /** How many pages of verdicts the requirements sharing it may keep. */
    static final class Budget {
        private final int pages;
        private final AtomicInteger kept = new AtomicInteger();

        Budget(int pages) {
            this.pages = pages;
        }

        private boolean take() {
            if (kept.incrementAndGet() <= pages) {
                return true;
            }
            kept.decrementAndGet();
            return false;
        }

        int kept() {
            return kept.get();
        }
    }

    private final Predicate<String> pattern;
    private final boolean lemmas;
    private final Budget budget;
    /**
     * Read and written without locks: a verdict is only ever added to a page, and two threads working one out at
     * once reach the same one. A verdict or a page lost to a concurrent write is worked out again, never wrong.
     */
    private final int[][] pages = new int[SentenceReadings.WORD_FORMS.limit() >> PAGE_BITS][];

    /** {@code lemmas}: the pattern is tested on a reading's lemma (or its word, when it has none). */
    WordRequirement(Predicate<String> pattern, boolean lemmas) {
        this(pattern, lemmas, SHARED);
    }

    WordRequirement(Predicate<String> pattern, boolean lemmas, Budget budget) {
        this.pattern = pattern;
        this.lemmas = lemmas;
        this.budget = budget;
    }

    @Override
    public boolean metBy(SentenceReadings sentence) {
        int[] forms = lemmas ? sentence.lemmas() : sentence.words();
        return forms == null || matchesAny(forms);
    }

    /** Whether the pattern matches any of the numbered word {@code forms}. */
    boolean matchesAny(int[] forms) {
        for (int form : forms) {
            if (matches(form)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int form) {
        int[] page = pages[form >>> PAGE_BITS];
        if (page == null && (page = newPage(form >>> PAGE_BITS)) == null) {
            return pattern.test(SentenceReadings.WORD_FORMS.text(form));
        }
        int cell = form & PAGE_MASK;
        int slot = cell >>> 4;
        int shift = (cell & 15) << 1;
        int verdict = page[slot] >>> shift;
        if ((verdict & KNOWN) != 0) {
            return (verdict & MATCHES) != 0;
        }
        boolean matches = pattern.test(SentenceReadings.WORD_FORMS.text(form));
        page[slot] |= (KNOWN | (matches ? MATCHES : 0)) << shift;
        return matches;
    }

    /** A new page of verdicts, put in place; null once the budget is spent. */
    private int[] newPage(int index) {
        if (!budget.take()) {
            return null;
        }
        int[] page = new int[(1 << PAGE_BITS) >> 4];
        pages[index] = page;
        return page;
    }
}
