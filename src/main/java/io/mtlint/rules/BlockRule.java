package io.mtlint.rules;

import io.mtlint.core.Document;
import io.mtlint.core.FindingSink;
import io.mtlint.core.ProseBlock;
import io.mtlint.core.Rule;

/** A rule that looks at one prose block at a time and reports in the block's own offsets. */
public abstract class BlockRule implements Rule {
    @Override
    public final void check(Document document, FindingSink sink) {
        DocumentContext context = new DocumentContext(document);
        for (ProseBlock block : document.blocks()) {
            checkBlock(block, context, new BlockReporter(info(), block, sink));
        }
    }

    protected abstract void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out);
}
