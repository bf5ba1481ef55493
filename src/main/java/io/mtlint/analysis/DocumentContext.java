package io.mtlint.analysis;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.List;

/** What a block rule may know about the rest of the document: its neighbouring blocks. */
public final class DocumentContext {
    private final Document document;

    public DocumentContext(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** The block before {@code block}, or null when it is the first. */
    public ProseBlock previous(ProseBlock block) {
        List<ProseBlock> blocks = document.blocks();
        int i = blocks.indexOf(block);
        return i > 0 ? blocks.get(i - 1) : null;
    }

    /** The block after {@code block}, or null when it is the last. */
    public ProseBlock next(ProseBlock block) {
        List<ProseBlock> blocks = document.blocks();
        int i = blocks.indexOf(block);
        return i >= 0 && i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    }
}
