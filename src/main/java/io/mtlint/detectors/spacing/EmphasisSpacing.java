package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Emphasis markers that Markdown shows as asterisks because translation put a space inside them ("** Note:**
 * the command", "restart the **computer **"): CommonMark opens emphasis only on a marker followed by a
 * non-space and closes it only on one preceded by a non-space, so the page renders the stars. Only markers the
 * parser left as text are read; a lone star between spaces ("3 * 4 * 5") is arithmetic.
 */
final class EmphasisSpacing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "inside-emphasis", Category.SPACING,
            Severity.ERROR, "A space inside emphasis markers, which then show as asterisks",
            "A Markdown emphasis marker (\"**\", \"*\", \"__\") followed by a space where it opens, or preceded by "
                    + "one where it closes, in a pair the parser therefore left as literal characters: the page "
                    + "shows the stars. Markers inside words (\"snake_case\"), stars between spaces (arithmetic) "
                    + "and unpaired stars (footnote marks) are left alone. Fix (suggested): remove the space.",
            Example.bad("<marker>** </marker>Note:** the command installs the package for the current user.",
                    "**Note:** the command installs the package for the current user.").asMarkdown(),
            Example.bad("Save the file and restart the **computer<marker> **</marker> before you go on.",
                    "Save the file and restart the **computer** before you go on.").asMarkdown(),
            Example.good("Save the **file** and multiply 3 * 4 * 5; a_b_c and *.md stay as they are.").asMarkdown());

    /** Longest emphasis run read (bold italic). */
    private static final int MAX_RUN = 3;
    /** Longest emphasised phrase looked for between a pair of markers. */
    private static final int MAX_SPAN = 120;

    private record Run(int start, int end, char mark, boolean spaceAfter, boolean spaceBefore,
                       boolean wordBefore, boolean wordAfter) {
        int length() {
            return end - start;
        }
    }

    private EmphasisSpacing() {
    }

    static void check(ProseBlock block, BlockReporter out) {
        String text = block.text();
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
            return;
        }
        List<Run> runs = runs(block, text);
        boolean[] used = new boolean[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run open = runs.get(i);
            if (used[i] || open.wordBefore() || !(open.wordAfter() || open.spaceAfter())) {
                continue;
            }
            for (int j = i + 1; j < runs.size(); j++) {
                Run close = runs.get(j);
                if (close.start() - open.end() > MAX_SPAN) {
                    break;
                }
                if (used[j] || close.mark() != open.mark() || close.length() != open.length()
                        || close.wordAfter() || !(close.wordBefore() || close.spaceBefore())) {
                    continue;
                }
                if (isBroken(text, open, close)) {
                    used[i] = used[j] = true;
                    report(text, open, close, out);
                }
                break;
            }
        }
    }

    /**
     * A pair with a space inside on at least one side, around words; a single star spaced on both sides is a
     * multiplication sign, not emphasis.
     */
    private static boolean isBroken(String text, Run open, Run close) {
        String inside = text.substring(open.end(), close.start());
        if (inside.isBlank() || inside.indexOf('\n') >= 0 || inside.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean brokenOpen = open.spaceAfter();
        boolean brokenClose = close.spaceBefore();
        if (open.length() == 1 && brokenOpen && brokenClose) {
            return false;
        }
        return brokenOpen || brokenClose;
    }

    private static void report(String text, Run open, Run close, BlockReporter out) {
        if (open.spaceAfter()) {
            int spaceEnd = skipSpaces(text, open.end());
            out.report(CHECK, open.start(), spaceEnd, "Space after the emphasis marker \u201c"
                            + text.substring(open.start(), open.end()) + "\u201d: the page shows the asterisks",
                    BlockFix.replace(open.end(), spaceEnd, "", false, "remove the space"));
        }
        if (close.spaceBefore()) {
            int spaceStart = close.start();
            while (spaceStart > open.end() && text.charAt(spaceStart - 1) == ' ') {
                spaceStart--;
            }
            out.report(CHECK, spaceStart, close.end(), "Space before the emphasis marker \u201c"
                            + text.substring(close.start(), close.end()) + "\u201d: the page shows the asterisks",
                    BlockFix.replace(spaceStart, close.start(), "", false, "remove the space"));
        }
    }

    /** The runs of stars or underscores in the block that the parser left as text. */
    private static List<Run> runs(ProseBlock block, String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == c) {
                end++;
            }
            if (end - i <= MAX_RUN && block.isVerbatim(i, end)) {
                boolean wordBefore = i > 0 && isWordChar(text.codePointBefore(i));
                boolean wordAfter = end < text.length() && isWordChar(text.codePointAt(end));
                boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
                boolean spaceAfter = end < text.length() && text.charAt(end) == ' ';
                // "snake_case", "a*b": a marker between two word characters is part of a word or a formula.
                if (!(wordBefore && wordAfter)) {
                    runs.add(new Run(i, end, c, spaceAfter, spaceBefore, wordBefore || isClosingPunct(text, i),
                            wordAfter));
                }
            }
            i = end;
        }
        return runs;
    }

    /** Punctuation an emphasised phrase may end with ("** Note:**"). */
    private static boolean isClosingPunct(String text, int markerStart) {
        return markerStart > 0 && ".,:;!?)\u201d\u00bb\"'".indexOf(text.charAt(markerStart - 1)) >= 0;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
