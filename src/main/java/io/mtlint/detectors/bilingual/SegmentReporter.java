package io.mtlint.detectors.bilingual;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;

import java.util.List;

/** Reports a bilingual finding on a segment's translation: on a span of its text, or on the translation as a whole. */
final class SegmentReporter {
    private final RuleInfo rule;
    private final Segment segment;
    private final FindingSink sink;

    SegmentReporter(RuleInfo rule, Segment segment, FindingSink sink) {
        this.rule = rule;
        this.segment = segment;
        this.sink = sink;
    }

    /** A finding on {@code [from, to)} of the translation's prose, with fixes in the same offsets. */
    void onTarget(int from, int to, String message, BlockFix... fixes) {
        new BlockReporter(rule, segment.target(), sink).report(from, to, message, fixes);
    }

    /** A finding about the translation as a whole: on its text, or where it is missing. */
    void onSegment(String message) {
        sink.accept(new Finding(rule.id(), rule.category(), rule.severity(), segment.anchorStart(),
                segment.anchorEnd(), message, List.of()));
    }

    /** A finding on a document range of the translation (an inline code). */
    void onRange(int start, int end, String message) {
        sink.accept(new Finding(rule.id(), rule.category(), rule.severity(), start, end, message, List.of()));
    }
}
