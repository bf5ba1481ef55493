package io.mtlint.packs.prefilter;

import io.mtlint.model.ProseBlock;
import io.mtlint.analysis.DocumentContext;

/**
 * Which of the pack rules' literals some block of a document may hold: the union of its blocks' {@link
 * LiteralTable.Presence}, computed once per document. A literal that keeps case counts when its case-folded form
 * is there, and one numbered after the document was read counts always: the answer may only err towards "may".
 */
final class DocumentLiterals {
    private static final Object KEY = new Object();
    private final long[] bits;
    private final int size;

    private DocumentLiterals(long[] bits, int size) {
        this.bits = bits;
        this.size = size;
    }

    static DocumentLiterals of(DocumentContext context) {
        return context.document().derived(KEY, () -> read(context));
    }

    private static DocumentLiterals read(DocumentContext context) {
        int size = Integer.MAX_VALUE;
        long[] union = new long[0];
        for (ProseBlock block : context.document().blocks()) {
            LiteralTable.Presence presence = FoldedText.of(context, block).presence();
            size = Math.min(size, presence.size());
            union = presence.addTo(union);
        }
        return new DocumentLiterals(union, size == Integer.MAX_VALUE ? 0 : size);
    }

    boolean mayHave(int id) {
        return id >= size || (bits[id >>> 6] & (1L << id)) != 0;
    }
}
