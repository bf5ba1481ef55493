package io.mtlint.packs.prefilter;

import io.mtlint.text.FormMemo;
import io.mtlint.text.PhraseWords;
import io.mtlint.text.WordForm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the pack rules' literals are made of, numbered, and which of them each interned {@link WordForm}
 * holds: a block is read through the words the document split once for every rule ({@code BlockWords}), one
 * array read per word, instead of character by character. A literal's letters stand for a whole word where the
 * literal shows both its ends ("the" in " the "), else for the start, end or inside of one ("Lisbo" in "Lisbo").
 * Fragments are numbered as rules are built; the index is rebuilt when asked for after new ones arrive, and a
 * fragment newer than the index a block was read with counts as present. Thread-safe: the table only grows, and
 * each index is immutable but for its per-form answers, which are.
 */
final class WordFragments {
    /** Far above the shipped packs' few thousand; bounds the index of a process that loads ever new packs. */
    private static final int MAX_FRAGMENTS = 50_000;
    /** The number of a fragment the table has no room for: always counts as present. */
    static final int UNNUMBERED = Integer.MAX_VALUE;
    /** Words longer than this are matched fragment by fragment rather than substring by substring. */
    private static final int MAX_SUBSTRING_WORD = 40;

    enum Kind { WHOLE, PREFIX, SUFFIX, INFIX }

    record Fragment(String text, boolean caseSensitive, Kind kind) {
        boolean in(String word) {
            return switch (kind) {
                case WHOLE -> word.equals(text);
                case PREFIX -> word.startsWith(text);
                case SUFFIX -> word.endsWith(text);
                case INFIX -> word.contains(text);
            };
        }
    }

    private static final Map<Fragment, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<Fragment> FRAGMENTS = new ArrayList<>();
    private static volatile Index current = new Index(List.of());
    private static volatile int count;

    private WordFragments() {
    }

    static int id(Fragment fragment) {
        Integer id = IDS.get(fragment);
        if (id != null) {
            return id;
        }
        synchronized (FRAGMENTS) {
            if (FRAGMENTS.size() >= MAX_FRAGMENTS && !IDS.containsKey(fragment)) {
                return UNNUMBERED;
            }
            return IDS.computeIfAbsent(fragment, f -> {
                FRAGMENTS.add(f);
                count = FRAGMENTS.size();
                return FRAGMENTS.size() - 1;
            });
        }
    }

    /** An index of every fragment numbered so far. */
    static Index index() {
        Index i = current;
        if (i.size() == count) {
            return i;
        }
        synchronized (FRAGMENTS) {
            if (current.size() != FRAGMENTS.size()) {
                current = new Index(List.copyOf(FRAGMENTS));
            }
            return current;
        }
    }

    /**
     * The fragments a literal, folded as {@link FoldedText} folds, requires of the words of any text that holds it,
     * or null when its letters tell nothing (no letter, or a character that folding makes of a non-letter).
     */
    static List<Fragment> of(String literal, boolean caseSensitive) {
        if (!caseSensitive && literal.codePoints().anyMatch(WordFragments::foldedFromNonLetter)) {
            return null;
        }
        List<Fragment> fragments = new ArrayList<>();
        int i = 0;
        while (i < literal.length()) {
            int end = PhraseWords.wordEnd(literal, i, literal.length());
            if (end == i) {
                i += Character.charCount(literal.codePointAt(i));
                continue;
            }
            boolean startsWord = i > 0 && !PhraseWords.isWordPart(literal.codePointBefore(i));
            boolean endsWord = end < literal.length();
            Kind kind = startsWord ? (endsWord ? Kind.WHOLE : Kind.PREFIX) : (endsWord ? Kind.SUFFIX : Kind.INFIX);
            fragments.add(new Fragment(literal.substring(i, end), caseSensitive, kind));
            i = end;
        }
        return fragments.isEmpty() ? null : fragments;
    }

    /**
     * Whether case folding makes {@code cp} of a character that is not a word character alike: only the Greek
     * iota, from the combining ypogegrammeni, which starts no word in the text while its folded form starts one
     * in a literal (WordFragmentsTest reads every code point).
     */
    static boolean foldedFromNonLetter(int cp) {
        return cp == '\u03B9';
    }

    /** The fragments numbered when it was built, by text, and which of them each word form holds. */
    static final class Index {
        private static final int[] NONE = new int[0];
        private final int size;
        private final Fragment[] fragments;
        private final Map<String, int[]> caseless = new HashMap<>();
        private final Map<String, int[]> cased = new HashMap<>();
        private final int longest;
        /**
         * {@link FormMemo} publishes answers through plain array writes, safe only for immutable objects: the final
         * field makes the numbers visible to a thread that reads the answer without the lock.
         */
        private final FormMemo<Numbers> memo = new FormMemo<>(form -> new Numbers(compute(form)));

        private record Numbers(int[] ids) {
        }

        private Index(List<Fragment> all) {
            this.size = all.size();
            this.fragments = all.toArray(new Fragment[0]);
            int max = 0;
            for (int id = 0; id < size; id++) {
                Fragment f = fragments[id];
                (f.caseSensitive() ? cased : caseless).merge(f.text(), new int[] {id}, Index::concat);
                max = Math.max(max, f.text().length());
            }
            this.longest = max;
        }

        private static int[] concat(int[] a, int[] b) {
            int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        int size() {
            return size;
        }

        /** The numbers of the fragments {@code form} holds, computed once per form for this index. */
        int[] of(WordForm form) {
            return memo.get(form).ids();
        }

        private int[] compute(WordForm form) {
            String raw = form.text();
            String folded = FoldedText.fold(raw);
            List<Integer> found = new ArrayList<>();
            if (raw.length() > MAX_SUBSTRING_WORD || folded.length() > MAX_SUBSTRING_WORD) {
                for (int id = 0; id < size; id++) {
                    Fragment f = fragments[id];
                    if (f.in(f.caseSensitive() ? raw : folded)) {
                        found.add(id);
                    }
                }
            } else {
                collect(folded, caseless, found);
                collect(raw, cased, found);
            }
            return found.isEmpty() ? NONE : found.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }

        private void collect(String word, Map<String, int[]> byText, List<Integer> found) {
            if (byText.isEmpty()) {
                return;
            }
            int n = word.length();
            for (int from = 0; from < n; from++) {
                for (int to = from + 1; to <= n && to - from <= longest; to++) {
                    int[] ids = byText.get(word.substring(from, to));
                    if (ids == null) {
                        continue;
                    }
                    for (int id : ids) {
                        if (fragments[id].in(word)) {
                            found.add(id);
                        }
                    }
                }
            }
        }
    }
}
