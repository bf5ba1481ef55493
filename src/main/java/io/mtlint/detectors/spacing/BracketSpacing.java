package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Emoticons;
import io.mtlint.text.search.SparseMatcher;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Spaces just inside brackets ("( text", "text )"). A short bracket spaced at both ends ("( IT )") reads as one
 * problem with one fix, a long one as two; emoticons, pronunciations and encyclopedia footnote marks ("[ 1 ]")
 * stay clean.
 */
final class BracketSpacing {
    private static final SparseMatcher.StartTest AT_OPENING = SparseMatcher.anyOf("([");
    private static final SparseMatcher.StartTest BEFORE_CLOSING = SparseMatcher.plainSpacesBefore(")]");
    private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("([(\\[])( +)(?=[^\\s)\\]])");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile("(?= +[)\\]])(?<=[^\\s(\\[])( +)([)\\]])");

    /** Words in a bracket short enough to read as one item: "( IT )", "( Proyecto Futuro - centro-derecha )". */
    private static final int SHORT_BRACKET_WORDS = 5;

    private BracketSpacing() {
    }

    static void check(ProseBlock block, BlockReporter out) {
        String text = block.text();
        List<int[]> pronunciations = Pronunciations.of(text);
        Map<Integer, Integer> openingSpaces = new TreeMap<>(); // bracket -> end of its spaces
        SparseMatcher m = SparseMatcher.of(SPACE_AFTER_OPEN, text, block.chars(), AT_OPENING);
        while (m.find()) {
            boolean face = m.start() > 0 && Emoticons.startsAt(text, m.start() - 1); // "exam :( but"
            if (!face && !Pronunciations.inside(pronunciations, m.start()) && !isReferenceMark(text, m.start())) {
                openingSpaces.put(m.start(), m.end());
            }
        }
        Map<Integer, Integer> closingSpaces = new TreeMap<>(); // bracket -> start of its spaces
        m = SparseMatcher.of(SPACE_BEFORE_CLOSE, text, block.chars(), BEFORE_CLOSING);
        while (m.find()) {
            if (!Pronunciations.inside(pronunciations, m.start()) && !isReferenceMark(text, m.start(2))) {
                closingSpaces.put(m.start(2), m.start());
            }
        }
        for (var opening : openingSpaces.entrySet()) {
            int open = opening.getKey();
            int close = matchingBracket(text, open);
            Integer spacesBefore = close < 0 || words(text.substring(open + 1, close)) > SHORT_BRACKET_WORDS ? null
                    : closingSpaces.remove(close);
            if (spacesBefore != null) {
                out.report(SpacingRule.AFTER_OPENING_CHECK, open, close + 1, "Spaces inside \u201c" + text.charAt(open) + " \u2026 "
                                + text.charAt(close) + "\u201d", new BlockFix(List.of(new BlockFix.Edit(open + 1, opening.getValue(), ""),
                                new BlockFix.Edit(spacesBefore, close, "")), true, "remove the spaces"));
            } else {
                out.report(SpacingRule.AFTER_OPENING_CHECK, open, opening.getValue(), "Space after opening \u201c" + text.charAt(open) + "\u201d",
                        BlockFix.replace(open + 1, opening.getValue(), "", true, "remove the space"));
            }
        }
        closingSpaces.forEach((close, spaces) -> out.report(SpacingRule.BEFORE_CLOSING_CHECK, spaces, close + 1,
                "Space before closing \u201c" + text.charAt(close) + "\u201d",
                BlockFix.replace(spaces, close, "", true, "remove the space")));
    }

    private static int words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The bracket closing the one at {@code open}, in the same paragraph, or -1. */
    private static int matchingBracket(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "[ 1 ]", "[ 12 ]": a page's footnote reference as copies of encyclopedia pages keep it, spaced by the page's
     * own markup rather than by translation.
     */
    private static boolean isReferenceMark(String text, int bracket) {
        int open = text.charAt(bracket) == ']' ? text.lastIndexOf('[', bracket) : bracket;
        if (open < 0 || text.charAt(open) != '[') {
            return false;
        }
        int close = text.indexOf(']', open);
        return close > open && text.substring(open + 1, close).strip().matches("\\d{1,3}");
    }
}
