package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

/**
 * A bracketed aside glued to the words outside it: "Bitcoin(abbreviated as BTC)", "Lula (PT)this Saturday".
 * Translation loses the space when it moves the bracket or what follows it. A word glued to an opening bracket
 * counts only when the bracket holds a phrase (a call holds arguments, "max(a, b)", and an optional ending one
 * word, "file(s)"); a word glued after the closing bracket only when the bracket opened after a space and holds a
 * phrase or an initialism ("(re)build" and "(s)he" are written so on purpose).
 */
final class BracketGluing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "outside-bracket", Category.SPACING,
            Severity.ERROR, "No space between a bracketed aside and the words around it",
            "A word glued to the opening bracket of an aside that holds a phrase (\"Bitcoin(abbreviated as BTC)\"), "
                    + "or to the closing bracket of an aside that holds a phrase, a list of names, an initialism or a "
                    + "year (\"Lula da Silva (PT)this Saturday\", \"Smith (2020)argued\"); and a name of three letters or "
                    + "more glued to an initialism in brackets (\"Organization(WHO)\"). Calls (\"max(a, b)\"), optional "
                    + "endings (\"file(s)\", \"(s)he\", \"(re)build\"), trademark signs (\"Acme(TM)\"), code and LaTeX "
                    + "commands stay clean. Fix (safe): insert the space.",
            Example.bad("The president <marker>(PT)this</marker> Saturday left for Tokyo.",
                    "The president (PT) this Saturday left for Tokyo."),
            Example.bad("<marker>Bitcoin(</marker>abbreviated as BTC) rose again.",
                    "Bitcoin (abbreviated as BTC) rose again.").in("es", "en"), // under a full-width source, mt.spacing.full-width-mark reports it
            Example.bad("The World Health <marker>Organization(</marker>WHO) warned of a new wave.",
                    "The World Health Organization (WHO) warned of a new wave.").in("es", "en"),
            Example.good("Pick the file(s) you need, call max(a, b) once, and (re)build what (s)he changed at Acme(TM)."));

    /** Characters that only code puts inside brackets. */
    private static final String CODE_MARKS = "=;{}[]<>\"`$\\|*&_/";
    /** An aside longer than this is a sentence of its own, where a glued word is other damage. */
    private static final int MAX_ASIDE = 80;
    /** Letters in the word glued to a bracket: fewer make an initial or a symbol. */
    private static final int MIN_WORD = 2;
    /** Letters in a word glued before an initialism in brackets: "Lula(PT)", not an identifier "f(ID)". */
    private static final int MIN_NAME_BEFORE_INITIALISM = 3;

    private BracketGluing() {
    }

    /** {@code beforeOpening}: also look for words glued to an opening bracket (another check may own them). */
    static void check(ProseBlock block, boolean beforeOpening, BlockReporter out) {
        String text = block.text();
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = closing(text, open);
            if (close < 0) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            int wordStart = wordBefore(text, open);
            boolean gluedInitialism = wordStart >= 0 && open - wordStart >= MIN_NAME_BEFORE_INITIALISM
                    && isInitialism(inside) && !FullWidthSpacing.TRADEMARK_SIGNS.contains(inside);
            if (beforeOpening && wordStart >= 0 && (isPhrase(inside, false) || gluedInitialism)
                    && block.isVerbatim(wordStart, close + 1)) {
                out.report(CHECK, wordStart, open + 1, "No space before \u201c(\u201d",
                        BlockFix.replace(open, open, " ", true, "insert a space"));
            }
            int wordEnd = wordAfter(text, close);
            boolean opensAside = open == 0 || Character.isWhitespace(text.charAt(open - 1));
            if (wordEnd > 0 && opensAside && (isPhrase(inside, true) || isInitialism(inside) || isFigure(inside))
                    && block.isVerbatim(open, wordEnd)) {
                out.report(CHECK, open, wordEnd, "No space after \u201c)\u201d",
                        BlockFix.replace(close + 1, close + 1, " ", true, "insert a space"));
            }
        }
    }

    /** The bracket closing the one at {@code open} on the same line, with nothing of code inside, or -1. */
    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= MAX_ASIDE; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i == open + 1 || Character.isWhitespace(text.charAt(open + 1))
                        || Character.isWhitespace(text.charAt(i - 1)) ? -1 : i;
            }
            if (c == '(' || c == '\n' || CODE_MARKS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Two words or more: "abbreviated as BTC". Before the bracket, no comma either, which separates a call's
     * arguments ("max(a, b)"); after it, a list of names ("(Anna, Ben and Chloe)won") is an aside too.
     */
    private static boolean isPhrase(String inside, boolean commasAllowed) {
        if (!commasAllowed && inside.indexOf(',') >= 0 || inside.indexOf(':') >= 0) {
            return false;
        }
        int words = 0;
        for (String part : inside.split(" +")) {
            if (part.codePoints().filter(Character::isLetter).count() >= MIN_WORD) {
                words++;
            }
        }
        return words >= 2;
    }

    /** "(2020)argued", "(1998)los": a year or a figure of two digits or more. */
    private static boolean isFigure(String inside) {
        return inside.length() >= 2 && inside.chars().allMatch(Character::isDigit);
    }

    /** "PT", "GDL", "R-NY": capitals, digits and hyphens only, two letters at least. */
    private static boolean isInitialism(String inside) {
        return inside.codePoints().filter(Character::isUpperCase).count() >= MIN_WORD
                && inside.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    /**
     * The start of the Latin word glued to the bracket at {@code open}, standing after a space or at the block's
     * start, or -1: a word after a backslash is a LaTeX command, after a dot or slash part of a path.
     */
    private static int wordBefore(String text, int open) {
        int i = open;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        // A word after an elided article ("l'entreprise(") stands on its own too.
        boolean standsAlone = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || i >= 2 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019') && Character.isLetter(text.charAt(i - 2))
                && (i == 2 || !Character.isLetter(text.charAt(i - 3)));
        if (open - i < MIN_WORD || !standsAlone) {
            return -1;
        }
        return isLatin(text.substring(i, open)) ? i : -1;
    }

    /** The end of the word glued to the bracket at {@code close} ("(OMS)a alerté"), or -1. */
    private static int wordAfter(String text, int close) {
        int i = close + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i - close - 1 >= 1 && isLatin(text.substring(close + 1, i)) ? i : -1;
    }

    private static boolean isLatin(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
