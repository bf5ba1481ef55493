package io.mtlint.detectors;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.model.Document;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Rule;

/** A rule that looks at one prose block at a time and reports in the block's own offsets. */
public abstract class BlockRule implements Rule {
    @Override
    public final void check(Document document, FindingSink sink) {
        DocumentContext context = new DocumentContext(document);
        if (!mayMatch(context)) {
            return;
        }
        for (ProseBlock block : document.blocks()) {
            checkBlock(block, context, new BlockReporter(info(), block, sink));
        }
    }

    /** False when the rule can tell that nothing in the document can match, so that no block is visited. */
    protected boolean mayMatch(DocumentContext context) {
        return true;
    }

    protected abstract void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out);
}
