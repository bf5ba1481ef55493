package io.mtlint.rules;

import io.mtlint.core.Document;
import io.mtlint.core.ProseBlock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a block rule may know about the rest of the document: its neighbouring blocks. */
public final class DocumentContext {
    private final Document document;
    private final Map<Object, Object> memo = new HashMap<>();

    DocumentContext(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** A value computed once per document check, such as the document's own spelling of its names. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }

    /** The block after {@code block}, or null when it is the last. */
    public ProseBlock next(ProseBlock block) {
        List<ProseBlock> blocks = document.blocks();
        int i = blocks.indexOf(block);
        return i >= 0 && i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    }
}
