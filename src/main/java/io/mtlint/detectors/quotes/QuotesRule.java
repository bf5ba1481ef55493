package io.mtlint.detectors.quotes;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Sentences;

import java.util.ArrayList;
import java.util.List;

/**
 * Double quotation marks that do not pair up within their paragraph: a quotation opened and never closed (a
 * quotation continued into the next paragraph, which opens again, is fine), a closing mark without an opening
 * one, marks of two systems in one quotation ("\u201c … \u00bb", straight with curly), and guillemets or low
 * quotes in an English text. Single quotes are not tracked: the apostrophe shares their glyph.
 */
public final class QuotesRule extends EnvironmentRule {
    public static final String ID = "mt.quotes";

    static final RuleInfo UNCLOSED = RuleInfo.check(ID, "unclosed", Category.QUOTES, Severity.ERROR,
            "A quotation opened and never closed in its paragraph",
            "Reported at the opening mark. A quotation that continues into the next paragraph, which reopens it "
                    + "(the British and American convention), stays clean; so does one of several opening marks "
                    + "that a long quotation repeats at each sentence, which is reported once.",
            Example.bad("<marker>\u201c</marker>We will not give up, said the mayor.\n").in(null, "en"));
    static final RuleInfo UNOPENED = RuleInfo.check(ID, "unopened", Category.QUOTES, Severity.ERROR,
            "A closing quotation mark without an opening one",
            "Translation dropped the opening mark or left a stray closing one. Reported at the closing mark.",
            Example.bad("The front is holding<marker>\u201d</marker> he said.").in(null, "en"));
    static final RuleInfo FOREIGN_PAIR = RuleInfo.check(ID, "foreign-pair", Category.QUOTES, Severity.ERROR,
            "Quotation marks of another language",
            "A whole pair of the source language's marks (\u00ab \u2026 \u00bb in English). Fix (safe): the target's "
                    + "marks, without the spaces the source sets inside them.",
            Example.bad("They call it <marker>\u00ab</marker>a new phase\u00bb of the war.",
                    "They call it \u201ca new phase\u201d of the war.").in(null, "en"));
    static final RuleInfo MIXED_PAIR = RuleInfo.check(ID, "mixed-pair", Category.QUOTES, Severity.ERROR,
            "A quotation opened in one system and closed in another",
            "\u201c \u2026 \u00bb or \u201c \u2026 \": reported at the mark that does not belong. Fix (safe): the mark that "
                    + "matches its partner.",
            Example.bad("\u201cThe front is holding<marker>\u00bb</marker> he said.",
                    "\u201cThe front is holding\u201d he said.").in(null, "en"),
            Example.bad("He said it was \u201cover<marker>\"</marker> and left.", "He said it was \u201cover\u201d and left.").in(null, "en"));
    static final RuleInfo COMMA_INSIDE = RuleInfo.check(ID, "comma-inside", Category.QUOTES, Severity.WARNING,
            "A comma left inside the closing mark before a reporting clause",
            "In targets other than English the comma goes after the closing mark (\u00ab\u2026\u00bb, dijo); machine "
                    + "translation from English keeps it inside. Fix (safe): move it after the mark.",
            Example.bad("\u00abEstamos al l\u00edmite<marker>,\u00bb</marker> dijo el presidente.",
                    "\u00abEstamos al l\u00edmite\u00bb, dijo el presidente.").in(null, "es"),
            Example.good("\u00abEstamos al l\u00edmite\u00bb, dijo el presidente.").in(null, "es"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Unbalanced or mixed quotation marks",
            "Machine translation drops closing quotes, adds opening quotes at every sentence of a long quotation "
                    + "and keeps the source language's guillemets (\u201cUkraine. \u00bb). The rule pairs double "
                    + "quotes within each paragraph and reports the mark to change.",
            List.of(Example.good("\u201cWe will win,\u201d she said. \"It is over,\" he replied. He called it \u201ca \"total\" loss\u201d.").in(null, "en")),
            UNCLOSED, UNOPENED, FOREIGN_PAIR, MIXED_PAIR, COMMA_INSIDE);

    public QuotesRule(RuleEnvironment env) {
        super(INFO, env);
    }

    private record Mark(int at, char c) {
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        QuoteStyle style = QuoteStyle.forLanguage(env.targetBase());
        String text = block.text();
        Mark open = null;
        List<Mark> reopened = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!style.isDoubleQuote(c) || c == '"' && open == null && isMeasure(text, i)) {
                continue;
            }
            if (c == '"' && open != null && open.c() != '"') {
                int pair = nestedStraightPairEnd(text, i, style.closingFor(open.c()));
                if (pair > 0) {
                    i = pair;
                    continue;
                }
            }
            // A mark that closes the open quotation in its own system is a closing one: German „ … “ in English.
            boolean closesOpen = open != null && open.c() != '"' && style.closingFor(open.c()) == c;
            boolean opening = c == '"' ? open == null : !closesOpen && style.isOpening(c);
            if (opening) {
                if (open == null) {
                    open = new Mark(i, c);
                } else {
                    reopened.add(new Mark(i, c));
                }
                continue;
            }
            if (open == null) {
                out.report(UNOPENED, i, i + 1, "Closing quotation mark \u201c" + c + "\u201d without an opening one");
                continue;
            }
            if (!reopened.isEmpty()) {
                reportUnbalanced(open, reopened, 1, out);
            }
            checkPair(text, open, new Mark(i, c), style, out);
            checkCommaPlacement(text, i, style, out);
            open = null;
            reopened.clear();
        }
        if (open != null && !(reopened.isEmpty() && continuesInNextBlock(context.next(block), open.c()))) {
            reportUnbalanced(open, reopened, 0, out);
        }
    }

    /**
     * A straight double mark right after a figure, where no quotation is open, is the inch or second sign:
     * "a 65\" screen", "34°51'15\"S". (With a quotation open it may close it: "the price was 5".)
     */
    private static boolean isMeasure(String text, int i) {
        return i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    private void reportUnbalanced(Mark open, List<Mark> reopened, int closings, BlockReporter out) {
        String message = reopened.isEmpty()
                ? "Quotation opened here is never closed in this paragraph"
                : "Quotation opened here is never closed: " + (1 + reopened.size()) + " opening marks, "
                        + closings + " closing in this paragraph";
        out.report(UNCLOSED, open.at(), open.at() + 1, message);
    }

    private void checkPair(String text, Mark open, Mark close, QuoteStyle style, BlockReporter out) {
        char expectedClose = style.closingFor(open.c());
        if (close.c() == expectedClose && style.isNative(open.c())) {
            return;
        }
        if (!style.isNative(open.c())) {
            // A whole foreign pair, e.g. « … » in English: convert both marks, and the spaces inside them.
            int from = open.at();
            int to = open.at() + 1;
            while (to < text.length() && text.charAt(to) == ' ' || to < text.length() && text.charAt(to) == '\u00A0') {
                to++;
            }
            int closeFrom = close.at();
            while (closeFrom > to && (text.charAt(closeFrom - 1) == ' ' || text.charAt(closeFrom - 1) == '\u00A0')) {
                closeFrom--;
            }
            out.report(FOREIGN_PAIR, open.at(), open.at() + 1, "Quotation marks \u201c" + open.c() + " \u2026 " + close.c()
                            + "\u201d are not used in " + style.languageName() + "; use " + style.open() + " \u2026 "
                            + style.close(),
                    new BlockFix(List.of(new BlockFix.Edit(from, to, String.valueOf(style.open())),
                            new BlockFix.Edit(closeFrom, close.at() + 1, String.valueOf(style.close()))),
                            true, "use " + style.open() + " \u2026 " + style.close()));
            return;
        }
        if (!style.isNative(close.c()) || close.c() == '"') {
            // The closing mark is the odd one out: make it close the quotation that was opened.
            int from = close.at();
            while (close.c() != '"' && from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\u00A0')) {
                from--;
            }
            out.report(MIXED_PAIR, close.at(), close.at() + 1, "\u201c" + close.c() + "\u201d closes a quotation opened with \u201c"
                            + open.c() + "\u201d",
                    BlockFix.replace(from, close.at() + 1, String.valueOf(expectedClose), true,
                            "close with " + expectedClose));
            return;
        }
        char properOpen = style.openingFor(close.c());
        out.report(MIXED_PAIR, open.at(), open.at() + 1, "\u201c" + open.c() + "\u201d opens a quotation closed with \u201c"
                        + close.c() + "\u201d",
                BlockFix.replace(open.at(), open.at() + 1, String.valueOf(properOpen), true, "open with " + properOpen));
    }

    /**
     * "…," dijo: machine translation from English keeps the comma inside the closing mark, where the target puts it
     * after ("…», dijo; „…“, sagte er). Only before a reporting clause, a space and a letter, where the comma
     * cannot belong to the quotation.
     */
    private static void checkCommaPlacement(String text, int close, QuoteStyle style, BlockReporter out) {
        if (style.commaInside() || close < 2 || text.charAt(close - 1) != ','
                || Sentences.isOpeningMark(text.charAt(close - 2)) || Character.isWhitespace(text.charAt(close - 2))
                || close + 2 >= text.length() || text.charAt(close + 1) != ' '
                || !Character.isLetter(text.codePointAt(close + 2))) {
            return;
        }
        String mark = String.valueOf(text.charAt(close));
        out.report(COMMA_INSIDE, close - 1, close + 1, Severity.WARNING, "Comma inside the closing quotation mark, as in English;"
                        + " " + style.languageName() + " puts it after the mark: \u201c" + mark + ",\u201d",
                List.of(BlockFix.replace(close - 1, close + 1, mark + ",", true, "move the comma after " + mark)));
    }

    /** "\u201cHe called it "nonsense".\u201d": a straight pair inside a curly quotation; returns the inner close. */
    private static int nestedStraightPairEnd(String text, int at, char outerClose) {
        int next = text.indexOf('"', at + 1);
        int outer = text.indexOf(outerClose, at + 1);
        return next > 0 && (outer < 0 || next < outer) ? next : -1;
    }

    private static boolean continuesInNextBlock(ProseBlock next, char openMark) {
        if (next == null) {
            return false;
        }
        String t = next.text().stripLeading();
        return !t.isEmpty() && t.charAt(0) == openMark;
    }
}
