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
 * The translation ends with other punctuation than its source: a question that became a statement, a label that
 * gained a full stop, a lost colon before a value. Equivalent marks of other scripts count as the same, and
 * closing quotation marks and brackets are looked through.
 */
public final class EndPunctuationRule extends SegmentRule {
    public static final String ID = "mt.end-punctuation";

    private static final String CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]}";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.PUNCTUATION, Severity.WARNING,
            "Final punctuation differs from the source",
            "A translation should end as its source does: with a full stop, question or exclamation mark, colon, "
                    + "ellipsis or nothing. Machine translation adds full stops to labels, drops the colon before a "
                    + "value and turns questions into statements. \"...\" and \"\u2026\", and the marks of other "
                    + "scripts (\u3002 \uff1f \u061f), count as the same; closing quotation marks and brackets "
                    + "are looked through. Fix (not automatic): take the source's mark.",
            Example.badTranslation("Save changes", "Enregistrer les modifications<marker>.</marker>",
                    "Enregistrer les modifications").in("en", "fr"),
            Example.badTranslation("Delete this file?", "Supprimer ce fichier<marker></marker>",
                    "Supprimer ce fichier?").in("en", "fr"),
            Example.goodTranslation("Delete this file?", "Supprimer ce fichier ?").in("en", "fr"),
            Example.goodTranslation("Loading...", "Chargement\u2026").in("en", "fr"),
            Example.goodTranslation("Qty", "Qt\u00e9.").in("en", "fr"),
            Example.goodTranslation("Your order is on its way! <br/>", "Votre commande est en route\u00a0! <br/>")
                    .in("en", "fr"));

    public EndPunctuationRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        String source = beforeTrailingCodes(segment.sourceText(), segment.sourceCodes());
        String target = beforeTrailingCodes(segment.targetText(), segment.targetCodes());
        int sourceEnd = contentEnd(source);
        int targetEnd = contentEnd(target);
        if (sourceEnd == 0 || targetEnd == 0) {
            return;
        }
        int sourceMark = markStart(source, sourceEnd);
        int targetMark = markStart(target, targetEnd);
        String sourceClass = kind(source.substring(sourceMark, sourceEnd));
        String targetClass = kind(target.substring(targetMark, targetEnd));
        if (sourceClass.equals(targetClass) || abbreviated(source, sourceEnd, sourceClass)
                || abbreviated(target, targetEnd, targetClass)) {
            return;
        }
        // A French space before the mark is the target's typography, not part of the mark.
        int from = targetMark;
        while (from > 0 && (target.charAt(from - 1) == ' ' || target.charAt(from - 1) == '\u00a0'
                || target.charAt(from - 1) == '\u202f') && !targetClass.isEmpty()) {
            from--;
        }
        String sourceMarkText = source.substring(sourceMark, sourceEnd);
        out.onTarget(targetMark, targetEnd, targetClass.isEmpty()
                        ? "The source ends with \u201c" + sourceMarkText + "\u201d, the translation without it"
                        : sourceClass.isEmpty() ? "The translation ends with \u201c" + target.substring(targetMark, targetEnd)
                        + "\u201d, the source without it"
                        : "The translation ends with \u201c" + target.substring(targetMark, targetEnd)
                        + "\u201d, the source with \u201c" + sourceMarkText + "\u201d",
                BlockFix.replace(targetClass.isEmpty() ? targetMark : from, targetEnd, sourceMarkText, false,
                        sourceClass.isEmpty() ? "remove the mark" : "end with \u201c" + sourceMarkText + "\u201d"));
    }

    /** A one-word text ending with a full stop is an abbreviation ("Qté.", "Nº."), not a sentence. */
    private static boolean abbreviated(String text, int end, String kind) {
        return kind.equals(".") && text.substring(0, end).strip().split("\\s+").length == 1
                && text.substring(0, end).strip().indexOf('.') == text.substring(0, end).strip().length() - 1;
    }

    /** Where the text ends before trailing white space and closing quotation marks or brackets. */
    private static int contentEnd(String s) {
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || CLOSERS.indexOf(s.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    private static int markStart(String s, int end) {
        int i = end;
        while (i > 0 && ".!?:;\u2026\u3002\uff1f\uff01\uff1a\u061f".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** The kind of a final mark: a stop, a question, an exclamation, a colon, an ellipsis, or none. */
    private static String kind(String mark) {
        if (mark.isEmpty()) {
            return "";
        }
        if (mark.contains("?") || mark.contains("\uff1f") || mark.contains("\u061f")) {
            return "?";
        }
        if (mark.contains("!") || mark.contains("\uff01")) {
            return "!";
        }
        if (mark.contains("\u2026") || mark.contains("..")) {
            return "\u2026";
        }
        if (mark.contains(":") || mark.contains("\uff1a")) {
            return ":";
        }
        if (mark.contains(";")) {
            return ";";
        }
        return ".";
    }
}
