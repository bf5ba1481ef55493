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
    private volatile long[] positions;

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
     * Each (fragment, word) pair of the block as {@code fragment << 32 | word}, sorted: read on the first question
     * that needs it, sized by the block's words rather than by the thousands of fragments the packs number.
     */
    private long[] positions() {
        long[] p = positions;
        if (p == null) {
            int pairs = 0;
            for (int[] ids : byWord) {
                pairs += ids.length;
            }
            p = new long[pairs];
            int next = 0;
            for (int w = 0; w < byWord.length; w++) {
                for (int id : byWord[w]) {
                    p[next++] = (long) id << 32 | w;
                }
            }
            Arrays.sort(p);
            positions = p;
        }
        return p;
    }

    /** Whether the fragments stand in consecutive words from one of the words that hold the first. */
    private boolean holdsFromAnyStart(int[] fragments) {
        long[] p = positions();
        long first = (long) fragments[0] << 32;
        int at = Arrays.binarySearch(p, first);
        for (int i = at < 0 ? -at - 1 : at; i < p.length && (p[i] & 0xFFFF_FFFF_0000_0000L) == first; i++) {
            int start = (int) p[i];
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
