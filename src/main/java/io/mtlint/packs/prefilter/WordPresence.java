package io.mtlint.packs.prefilter;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

import java.util.Arrays;
import java.util.List;

/**
 * Which {@link WordFragments} some words hold: a block's, read once for every pack rule, word by word, or a whole
 * document's, the union of its blocks'. A fragment numbered after the words were read counts as present, so the
 * answer may only err towards "may match".
 */
final class WordPresence {
    private static final Object DOCUMENT = new Object();
    private final long[] bits;
    private final int size;
    /** A block's: the fragments of each of its words, in order; null for a document's. */
    private final int[][] byWord;
    /** Computed at most once per thread that asks first; every copy is the same. */
    private volatile Positions positions;

    private WordPresence(long[] bits, int size, int[][] byWord) {
        this.bits = bits;
        this.size = size;
        this.byWord = byWord;
    }

    private record BlockKey(ProseBlock block) {
    }

    static WordPresence of(DocumentContext context, ProseBlock block) {
        Document document = context.document();
        return document.derived(new BlockKey(block), () -> read(BlockWords.of(document, block)));
    }

    static WordPresence of(DocumentContext context) {
        return context.document().derived(DOCUMENT, () -> union(context));
    }

    static WordPresence of(String text) {
        return read(Words.of(text));
    }

    private static WordPresence read(List<Words.Word> words) {
        WordFragments.Index index = WordFragments.index();
        long[] bits = new long[(index.size() + 63) >>> 6];
        int[][] byWord = new int[words.size()][];
        for (int w = 0; w < byWord.length; w++) {
            int[] ids = index.of(words.get(w).form());
            byWord[w] = ids;
            for (int id : ids) {
                bits[id >>> 6] |= 1L << id;
            }
        }
        return new WordPresence(bits, index.size(), byWord);
    }

    private static WordPresence union(DocumentContext context) {
        int size = Integer.MAX_VALUE;
        long[] union = new long[0];
        for (ProseBlock block : context.document().blocks()) {
            WordPresence blockWords = of(context, block);
            size = Math.min(size, blockWords.size);
            if (union.length < blockWords.bits.length) {
                union = Arrays.copyOf(union, blockWords.bits.length);
            }
            for (int i = 0; i < blockWords.bits.length; i++) {
                union[i] |= blockWords.bits[i];
            }
        }
        return new WordPresence(union, size == Integer.MAX_VALUE ? 0 : size, null);
    }

    boolean has(int id) {
        return id >= size || (bits[id >>> 6] & (1L << id)) != 0;
    }

    /**
     * Whether the words may hold a literal whose letter runs are these fragments, in order: a block's must hold
     * them in consecutive words, since what separates them in the literal has no letter and so starts no word.
     */
    boolean holds(int[] fragments) {
        for (int id : fragments) {
            if (!has(id)) {
                return false;
            }
        }
        if (byWord == null || fragments.length < 2) {
            return true;
        }
        if (fragments[0] >= size) {
            return anyStart(fragments);
        }
        // Only where the first fragment stands: a paragraph-long line has as many starts as words.
        return holdsFromAnyStart(fragments);
    }

    private boolean anyStart(int[] fragments) {
        for (int start = 0; start + fragments.length <= byWord.length; start++) {
            if (holdsAt(fragments, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each fragment the block holds, the words that hold it, in order: built on the first question that needs
     * it, by counting rather than sorting, since a paragraph-long line holds thousands of (fragment, word) pairs.
     */
    private Positions positions() {
        Positions p = positions;
        if (p == null) {
            p = Positions.of(byWord, bits, size);
            positions = p;
        }
        return p;
    }

    /** The words holding each fragment: fragment {@code ids[r]} is held by {@code words[from[r]..from[r + 1])}. */
    private record Positions(int[] ids, int[] from, int[] words) {
        static Positions of(int[][] byWord, long[] bits, int size) {
            int distinct = 0;
            for (long b : bits) {
                distinct += Long.bitCount(b);
            }
            int[] ids = new int[distinct];
            int[] rankOf = new int[size];
            int next = 0;
            for (int i = 0; i < bits.length; i++) {
                for (long b = bits[i]; b != 0; b &= b - 1) {
                    int id = (i << 6) + Long.numberOfTrailingZeros(b);
                    rankOf[id] = next;
                    ids[next++] = id;
                }
            }
            int[] from = new int[distinct + 1];
            for (int[] held : byWord) {
                for (int id : held) {
                    from[rankOf[id] + 1]++;
                }
            }
            for (int r = 0; r < distinct; r++) {
                from[r + 1] += from[r];
            }
            int[] fill = Arrays.copyOf(from, distinct);
            int[] words = new int[from[distinct]];
            for (int w = 0; w < byWord.length; w++) {
                for (int id : byWord[w]) {
                    words[fill[rankOf[id]]++] = w;
                }
            }
            return new Positions(ids, from, words);
        }
    }

    /** Whether the fragments stand in consecutive words from one of the words that hold the first. */
    private boolean holdsFromAnyStart(int[] fragments) {
        Positions p = positions();
        int rank = Arrays.binarySearch(p.ids(), fragments[0]);
        if (rank < 0) {
            return false;
        }
        for (int i = p.from()[rank]; i < p.from()[rank + 1]; i++) {
            int start = p.words()[i];
            if (start + fragments.length <= byWord.length && holdsAt(fragments, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsAt(int[] fragments, int start) {
        for (int i = 0; i < fragments.length; i++) {
            int id = fragments[i];
            if (id < size && Arrays.binarySearch(byWord[start + i], id) < 0) {
                return false;
            }
        }
        return true;
    }
}
