package io.mtlint.detectors;

import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.Fix;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.model.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns findings in block offsets into document findings. A fix whose edits touch text that is not verbatim in
 * the document (Markdown syntax, escapes) is dropped rather than risk corrupting the markup.
 */
public final class BlockReporter {
    private final RuleInfo rule;
    private final ProseBlock block;
    private final FindingSink sink;

    public BlockReporter(RuleInfo rule, ProseBlock block, FindingSink sink) {
        this.rule = rule;
        this.block = block;
        this.sink = sink;
    }

    public void report(int from, int to, String message, BlockFix... fixes) {
        report(rule, from, to, rule.severity(), message, List.of(fixes));
    }

    public void report(int from, int to, Severity severity, String message, List<BlockFix> fixes) {
        report(rule, from, to, severity, message, fixes);
    }

    /** Reports a finding of one check of the rule's family, with the check's severity. */
    public void report(RuleInfo check, int from, int to, String message, BlockFix... fixes) {
        report(check, from, to, check.severity(), message, List.of(fixes));
    }

    public void report(RuleInfo check, int from, int to, Severity severity, String message, List<BlockFix> fixes) {
        List<Fix> documentFixes = new ArrayList<>();
        for (BlockFix fix : fixes) {
            Fix mapped = toDocument(fix);
            if (mapped != null) {
                documentFixes.add(mapped);
            }
        }
        int start = block.toDocument(from);
        int end = Math.max(start, block.toDocumentEnd(to));
        sink.accept(new Finding(check.id(), check.category(), severity, start, end, written(message, from, to),
                documentFixes));
    }

    /**
     * The message with the finding's text as the document writes it: rules quote the block's view, where inline
     * code reads as a stand-in word and markup is gone, and the reader looks for the quote in the file.
     */
    private String written(String message, int from, int to) {
        if (from >= to || to > block.text().length() || block.isVerbatim(from, to)) {
            return message;
        }
        // Only a range with masked markup gets here: its view holds a stand-in, so it does not occur by chance.
        String seen = block.text().substring(from, to);
        int at = message.indexOf(seen);
        return at < 0 ? message
                : message.substring(0, at) + block.written(from, to) + message.substring(at + seen.length());
    }

    /** Passes on a finding already in document offsets (one this rule made earlier, in a first pass). */
    public void forward(Finding finding) {
        sink.accept(finding);
    }

    private Fix toDocument(BlockFix fix) {
        List<TextEdit> edits = new ArrayList<>();
        for (BlockFix.Edit e : fix.edits()) {
            TextEdit mapped = block.edit(e.from(), e.to(), e.replacement());
            if (mapped == null) {
                return null;
            }
            edits.add(mapped);
        }
        return new Fix(edits, fix.safe(), fix.description());
    }
}
