package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;

/**
 * A translation far shorter or longer than its source: machine translation drops clauses and sentences, or
 * repeats itself. Short sources are left alone, since a word's translation may be three times its length.
 */
public final class LengthRatioRule extends SegmentRule {
    public static final String ID = "mt.length-ratio";

    /** Sources shorter than this (in characters) vary too much in length to judge. */
    static final int MIN_SOURCE = 30;
    static final double MIN_RATIO = 0.4;
    static final double MAX_RATIO = 2.5;

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.LENGTH, Severity.INFO,
            "Translation much shorter or longer than its source",
            "A translation under 40% or over 250% of its source's length (sources of 30 characters or more) "
                    + "often lost a clause or a sentence, or repeats itself. Worth a look, not necessarily wrong.",
            Example.badTranslation("The meeting was postponed because the minister was ill, the office said.",
                    "<marker>La réunion a été reportée.</marker>").in("en", "fr"),
            Example.goodTranslation("The meeting was postponed because the minister was ill, the office said.",
                    "La réunion a été reportée car le ministre était malade, a indiqué son cabinet.").in("en", "fr"));

    public LengthRatioRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        String source = segment.sourceText().strip();
        String target = segment.targetText().strip();
        int s = source.codePointCount(0, source.length());
        int t = target.codePointCount(0, target.length());
        if (s < MIN_SOURCE || t == 0) {
            return;
        }
        double ratio = (double) t / s;
        if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
            out.onSegment("The translation is " + Math.round(ratio * 100) + "% of the source's length");
        }
    }
}
