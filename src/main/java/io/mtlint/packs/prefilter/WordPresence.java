package io.mtlint.packs.prefilter;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

import java.util.List;

/**
 * Which {@link WordFragments} some words hold: a block's, read once for every pack rule, or a whole document's,
 * the union of its blocks'. A fragment numbered after the words were read counts as present, so the answer may
 * only err towards "may match".
 */
final class WordPresence {
    private static final Object DOCUMENT = new Object();
    private final long[] bits;
    private final int size;

    private WordPresence(long[] bits, int size) {
        this.bits = bits;
        this.size = size;
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
        for (Words.Word word : words) {
            for (int id : index.of(word.form())) {
                bits[id >>> 6] |= 1L << id;
            }
        }
        return new WordPresence(bits, index.size());
    }

    private static WordPresence union(DocumentContext context) {
        int size = Integer.MAX_VALUE;
        long[] union = new long[0];
        for (ProseBlock block : context.document().blocks()) {
            WordPresence blockWords = of(context, block);
            size = Math.min(size, blockWords.size);
            if (union.length < blockWords.bits.length) {
                union = java.util.Arrays.copyOf(union, blockWords.bits.length);
            }
            for (int i = 0; i < blockWords.bits.length; i++) {
                union[i] |= blockWords.bits[i];
            }
        }
        return new WordPresence(union, size == Integer.MAX_VALUE ? 0 : size);
    }

    boolean has(int id) {
        return id >= size || (bits[id >>> 6] & (1L << id)) != 0;
    }
}
