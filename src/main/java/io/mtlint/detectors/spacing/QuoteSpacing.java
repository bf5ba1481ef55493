package io.mtlint.detectors.spacing;

import io.mtlint.analysis.QuotationMarks;
import io.mtlint.analysis.QuotationMarks.Mark;
import io.mtlint.analysis.QuotationMarks.Problem;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.function.Predicate;

/**
 * Spaces on the wrong side of quotation marks, judged on the paired marks (which straight mark opens and which
 * closes is decided by pairing, not by the spaces around it): a space just inside the marks (" Establish",
 * Corps ".), a space before the closing mark instead of after it (", ”he"), and a lost space before an opening
 * or after a closing mark (Kiev"como, said”Martínez). Languages that space their quotation marks inside (French
 * « … ») are left to their typography rules, and so are guillemets in languages that open with them.
 */
final class QuoteSpacing {
    static final RuleInfo INSIDE_QUOTES = RuleInfo.check(SpacingRule.ID, "inside-quotes", Category.SPACING,
            Severity.ERROR, "Space just inside a quotation mark",
            "\"\u201c text\", \"text \u201d\" and \" text \": left by translation from languages that space their "
                    + "guillemets, or by a quotation mark typed as a separate word. A short quotation spaced at both "
                    + "ends is one finding. A closing mark nothing opened counts after a comma when a reporting verb "
                    + "follows it (\"\u2026 went smoothly, \u201d says the officer\"). Fix (safe): remove the space.",
            Example.bad("They called it \u201ca betrayal<marker> \u201d</marker> and left.",
                    "They called it \u201ca betrayal\u201d and left.").in(null, "en"),
            Example.bad("The order reads: <marker>\" </marker>Establish a permanent base here\".",
                    "The order reads: \"Establish a permanent base here\".").in(null, "en"),
            Example.bad("The night went smoothly,<marker> \u201d</marker> says the duty officer.").in("no", "en"));
    static final RuleInfo MOVED_AROUND_QUOTE = RuleInfo.check(SpacingRule.ID, "moved-around-quote", Category.SPACING,
            Severity.ERROR, "Space before a closing quotation mark instead of after it",
            "\"\u2026 consequences, \u201dhe wrote\": the space that belongs after the closing mark stands before it. "
                    + "Fix (safe): \",\u201d he\".",
            Example.bad("\u201cWe are ready to talk,<marker> \u201d</marker>she wrote.",
                    "\u201cWe are ready to talk,\u201d she wrote.").in(null, "en"));
    static final RuleInfo MISSING_AT_QUOTE = RuleInfo.check(SpacingRule.ID, "missing-at-quote", Category.SPACING,
            Severity.ERROR, "No space before an opening or after a closing quotation mark",
            "\"reports\u201cthe\", \"Kiev\\\"como\", \"said\u201dMart\u00ednez\": the space between a word and the "
                    + "quotation was lost. Fix (safe): insert the space.",
            Example.bad("The agency<marker>\u201c</marker>fully supports\u201d the plan.",
                    "The agency \u201cfully supports\u201d the plan.").in(null, "en"),
            Example.good("The \u201cBild\u201d-Zeitung and the paper\u2019s \u201cfully\u201d, \u201csupports\u201d.").in(null, "en"));

    /** Quotations of at most this many words, spaced at both ends, are one finding. */
    private static final int SHORT_QUOTATION_WORDS = 3;

    private QuoteSpacing() {
    }

    static void check(String text, QuotationMarks quotes, QuoteStyle style, Predicate<String> reportingVerb,
                      BlockReporter out) {
        if (style.spacedInside()) {
            return;
        }
        for (Mark m : quotes.marks()) {
            if (!judged(text, m, quotes, style, reportingVerb)) {
                continue;
            }
            if (m.opens()) {
                opening(text, m, quotes.partnerOf(m), out);
            } else {
                closing(text, m, quotes.partnerOf(m), out);
            }
        }
    }

    /**
     * A mark whose role is sure and whose spacing no other finding fixes: straight marks only when they pair up
     * evenly, guillemets not in languages that open with them (their own rules check those), and not a mark that
     * the quotes rule replaces together with the space inside it.
     */
    private static boolean judged(String text, Mark m, QuotationMarks quotes, QuoteStyle style,
                                  Predicate<String> reportingVerb) {
        if (m.c() == '"' && (!quotes.straightMarksPaired() || m.partner() < 0)) {
            return false;
        }
        if ((m.c() == '\u00ab' || m.c() == '\u00bb') && style.open() == '\u00ab') {
            return false;
        }
        Mark partner = quotes.partnerOf(m);
        if (m.problem() == Problem.FOREIGN_PAIR || partner != null && partner.problem() == Problem.FOREIGN_PAIR) {
            return false; // « … » in English: the spaces inside are the source's, and replaced with its marks
        }
        if (m.problem() == Problem.UNOPENED) {
            return closesAfterComma(text, m, reportingVerb);
        }
        return m.problem() != Problem.WRONG_CLOSING && m.problem() != Problem.WRONG_OPENING
                && m.problem() != Problem.UNCLOSED;
    }

    /**
     * A curly closing mark between a comma and a space in a paragraph of speech opened with the source's dash ("– We
     * had a lot of extra work, ” says"), or before a reporting verb ("…, ” says the duty officer"): the mark closes
     * the words, so the space before it is wrong. Elsewhere a mark after a comma may be a turned-round opening one
     * ("he said, ” we will"), and after a stop a stray one.
     */
    private static boolean closesAfterComma(String text, Mark m, Predicate<String> reportingVerb) {
        int after = m.at() + 1;
        if (m.c() == '"' || m.opens() || !spacedBefore(text, m.at()) || text.charAt(m.at() - 2) != ','
                || after < text.length() && !Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        return QuotationMarks.opensWithDash(text) || reportingVerb.test(nextWord(text, after));
    }

    /** The word after the spaces from {@code from}, or "". */
    private static String nextWord(String text, int from) {
        int start = spacesFrom(text, from);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static void opening(String text, Mark m, Mark partner, BlockReporter out) {
        int at = m.at();
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            out.report(MISSING_AT_QUOTE, at, at + 1, "No space before the opening quotation mark \u201c" + m.c() + "\u201d",
                    BlockFix.replace(at, at, " ", true, "insert a space"));
        }
        int after = spacesFrom(text, at + 1);
        if (after == at + 1 || after >= text.length() || partner != null && after >= partner.at()) {
            return;
        }
        if (partner != null && spacedBefore(text, partner.at()) && words(text, after, partner.at()) <= SHORT_QUOTATION_WORDS) {
            int closeFrom = partner.at();
            while (closeFrom > 0 && text.charAt(closeFrom - 1) == ' ') {
                closeFrom--;
            }
            out.report(INSIDE_QUOTES, at, partner.at() + 1, "Spaces inside the quotation marks",
                    new BlockFix(java.util.List.of(new BlockFix.Edit(at + 1, after, ""),
                            new BlockFix.Edit(closeFrom, partner.at(), "")), true, "remove the spaces"));
            return;
        }
        out.report(INSIDE_QUOTES, at, after, "Space after the opening quotation mark \u201c" + m.c() + "\u201d",
                BlockFix.replace(at + 1, after, "", true, "remove the space"));
    }

    private static void closing(String text, Mark m, Mark partner, BlockReporter out) {
        int at = m.at();
        boolean wordAfter = at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
        if (m.c() == '"' && wordAfter && spacedBefore(text, at) && !Character.isLowerCase(text.charAt(at + 1))) {
            return; // a straight mark before a capital may open a quotation after one left open: not sure enough
        }
        if (spacedBefore(text, at)) {
            int from = at;
            while (from > 0 && text.charAt(from - 1) == ' ') {
                from--;
            }
            if (partner != null && partner.at() >= from - 1) {
                return; // an empty quotation, or the spaced pair reported at its opening mark
            }
            if (partner != null && spacesFrom(text, partner.at() + 1) > partner.at() + 1
                    && words(text, partner.at() + 1, from) <= SHORT_QUOTATION_WORDS) {
                return;
            }
            if (wordAfter) {
                out.report(MOVED_AROUND_QUOTE, from, at + 1, "Space before the closing quotation mark \u201c" + m.c()
                                + "\u201d instead of after it",
                        BlockFix.replace(from, at + 1, m.c() + " ", true, "write \u201c" + m.c() + " \u201d"));
            } else {
                out.report(INSIDE_QUOTES, from, at + 1, "Space before the closing quotation mark \u201c" + m.c() + "\u201d",
                        BlockFix.replace(from, at, "", true, "remove the space"));
            }
        } else if (wordAfter && !possessive(text, at)) {
            out.report(MISSING_AT_QUOTE, at, at + 1, "No space after the closing quotation mark \u201c" + m.c() + "\u201d",
                    BlockFix.replace(at + 1, at + 1, " ", true, "insert a space"));
        }
    }

    /** “Brexit”s: an English possessive or plural written after the mark. */
    private static boolean possessive(String text, int at) {
        return at + 2 <= text.length() && text.charAt(at + 1) == 's'
                && (at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2)));
    }

    private static boolean spacedBefore(String text, int at) {
        return at > 1 && text.charAt(at - 1) == ' ' && !Character.isWhitespace(text.charAt(at - 2));
    }

    private static int spacesFrom(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int words(String text, int from, int to) {
        return io.mtlint.text.Words.of(text, from, Math.max(from, to)).size();
    }
}
