package io.mtlint.packs.prefilter;

import io.mtlint.model.ProseBlock;
import io.mtlint.detectors.BlockRule;
import io.mtlint.analysis.DocumentContext;

/**
 * A pack rule with a literal prefilter ({@link RequiredLiterals}), read on the words each document splits once:
 * it skips a document none of whose blocks holds its literals' words before visiting any block, and a block that
 * lacks them before trying its expression. Most pack rules fire on few documents, and a per-block test of the
 * characters, repeated for some two hundred rules, cost more than their expressions did.
 */
public abstract class PrefilteredRule extends BlockRule {
    /** Text every match contains; null when the rule cannot tell. */
    private final RequiredLiterals required;

    public PrefilteredRule(RequiredLiterals required) {
        this.required = required;
    }

    @Override
    protected final boolean mayMatch(DocumentContext context) {
        if (required == null) {
            return true;
        }
        boolean may = required.mayBeIn(WordPresence.of(context));
        assert may || context.document().blocks().stream().noneMatch(b -> mayMatch(context, b)) : info().id();
        return may;
    }

    /** False when {@code block} lacks the rule's literals, so that nothing in it can match. */
    protected final boolean mayMatch(DocumentContext context, ProseBlock block) {
        if (required == null) {
            return true;
        }
        boolean may = required.mayBeIn(WordPresence.of(context, block));
        assert may || !required.foundByScanning(FoldedText.of(context, block)) : info().id();
        return may;
    }
}
