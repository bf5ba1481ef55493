package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;

/**
 * Leading or trailing white space that the translation does not share with the source: software strings are
 * concatenated, and a lost trailing space glues two words together on screen. In XLIFF and TMX, white space that
 * holds a line break is indentation of the file, not of the string.
 */
public final class WhitespaceMismatchRule extends SegmentRule {
    public static final String ID = "mt.whitespace-mismatch";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.SPACING, Severity.WARNING,
            "Leading or trailing white space differs from the source",
            "A translation should start and end with the same white space as its source: strings are joined in "
                    + "software, and a lost trailing space (\"Total: \") glues words together on screen. White "
                    + "space with a line break in XLIFF and TMX files is the file's indentation and is ignored. "
                    + "Fix (safe): take the source's white space.",
            Example.badTranslation("Total: ", "Total :<marker></marker>", "Total : ").in("en", "fr"),
            Example.badTranslation("Name", "<marker> </marker>Nom", "Nom").in("en", "fr"),
            Example.goodTranslation(" of ", " sur ").in("en", "fr"));

    public WhitespaceMismatchRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        boolean xml = document.format() == io.mtlint.model.Format.XLIFF || document.format() == io.mtlint.model.Format.TMX;
        String source = segment.sourceText();
        String target = segment.targetText();
        String sourceLead = significant(leading(source), xml);
        String targetLead = leading(target);
        if (!sourceLead.equals(significant(targetLead, xml)) && !target.isBlank()) {
            out.onTarget(0, targetLead.length(), sourceLead.isEmpty() ? "The translation starts with white space; the source does not"
                    : "The source starts with white space; the translation does not",
                    BlockFix.replace(0, targetLead.length(), sourceLead, true, "take the source's white space"));
        }
        String sourceTrail = significant(trailing(source), xml);
        String targetTrail = trailing(target);
        if (!sourceTrail.equals(significant(targetTrail, xml)) && !target.isBlank()) {
            int at = target.length() - targetTrail.length();
            out.onTarget(at, target.length(), sourceTrail.isEmpty() ? "The translation ends with white space; the source does not"
                    : "The source ends with white space; the translation does not",
                    BlockFix.replace(at, target.length(), sourceTrail, true, "take the source's white space"));
        }
    }

    private static String significant(String space, boolean xml) {
        return xml && (space.contains("\n") || space.contains("\r")) ? "" : space;
    }

    private static String leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }
}
