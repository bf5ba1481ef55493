package io.mtlint.detectors.quotes;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.QuotationMarks;
import io.mtlint.analysis.ReportingVerbs;
import io.mtlint.analysis.QuotationMarks.Mark;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.Constructions;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;
import io.mtlint.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Double quotation marks that do not pair up within their paragraph, reported at the mark to change: a quotation
 * opened and never closed (a quotation continued into the next paragraph, which opens again, is fine), a closing
 * mark without an opening one, marks pointing the wrong way, marks of two systems in one quotation ("\u201c … \u00bb",
 * straight with curly), a pair of another language's marks, and a quotation nested in one with the same marks. In
 * languages that do not use them, English marks are a typography finding. Single quotes are paired only where
 * the language has no straight quotes at all: elsewhere the apostrophe shares their glyph.
 */
public final class QuotesRule extends EnvironmentRule {
    public static final String ID = "mt.quotes";

    static final RuleInfo UNCLOSED = RuleInfo.check(ID, "unclosed", Category.QUOTES, Severity.ERROR,
            "A quotation opened and never closed in its paragraph",
            "Reported at the opening mark. A quotation that continues into the next paragraph, which reopens it "
                    + "(the British and American convention), stays clean; so does one of several opening marks "
                    + "that a long quotation repeats at each sentence, which is reported once, and a quotation in "
                    + "the last paragraph of a text cut off in mid-sentence.",
            Example.bad("<marker>\u201c</marker>We will not give up, said the mayor.\n").in(null, "en"));
    static final RuleInfo UNOPENED = RuleInfo.check(ID, "unopened", Category.QUOTES, Severity.ERROR,
            "A closing quotation mark without an opening one",
            "Translation dropped the opening mark or left a stray closing one. Reported at the closing mark.",
            Example.bad("The front is holding<marker>\u201d</marker> he said.").in(null, "en"));
    static final RuleInfo REVERSED = RuleInfo.check(ID, "reversed", Category.QUOTES, Severity.ERROR,
            "A quotation mark that points the wrong way",
            "A closing mark used to open (\u201d\u2026\u201d), an opening mark used to close (\u201c\u2026\u201c), or both "
                    + "(\u201d\u2026\u201c). An opening mark between a space and a stop, a comma or the end of its paragraph "
                    + "(\"the Senate \u201c.\", \"\u2026 detentions. \u201c\") opens nothing and closes the quotation, "
                    + "and so does a single one (\"in Romania \u2018.\") in a language that opens with it, and one "
                    + "after a comma or a stop and a space that is glued to a reporting verb (\"\u201c\u2026 your show, "
                    + "\u201che said\"), a reporting verb of the target's constructions, while a quotation opened earlier "
                    + "in the paragraph is still open (the fix is then suggested, not safe). Guillemets count as the target's press writes them: "
                    + "French \u00ab \u2026 \u00bb only, German both \u00bb\u2026\u00ab and, as Swiss papers and agency "
                    + "copy do, \u00ab\u2026\u00bb. Reported at the mark to turn round. Fix (safe): the mark of the right "
                    + "direction.",
            Example.bad("It was \u201ca drop in the ocean<marker>\u201c</marker>, she said.",
                    "It was \u201ca drop in the ocean\u201d, she said.").in(null, "en"),
            Example.bad("It was <marker>\u201d</marker>a drop in the ocean\u201d, she said.",
                    "It was \u201ca drop in the ocean\u201d, she said.").in(null, "en"),
            Example.bad("The phrase<marker>\u201d</marker>we are not afraid\u201d changed in print.",
                    "The phrase\u201cwe are not afraid\u201d changed in print.").in(null, "en"),
            Example.bad("It was \u201ca drop in the ocean <marker>\u201c</marker>, she said.",
                    "It was \u201ca drop in the ocean\u201d, she said.").in(null, "en"),
            Example.bad("He said \u201cwe will rebuild the bridge. <marker>\u201c</marker>",
                    "He said \u201cwe will rebuild the bridge.\u201d").in(null, "en"),
            Example.bad("He wants a future in Romania <marker>\u2018</marker>.", "He wants a future in Romania\u2019.")
                    .in(null, "en"),
            Example.bad("\u201cThe brigades will open by the summer, <marker>\u201c</marker>explained the minister.",
                    "\u201cThe brigades will open by the summer,\u201d explained the minister.").in(null, "en"),
            Example.good("The letter went on, \u201cthey said the plant would close. We believed them.").in(null, "en"),
            Example.good("She called it \u2018a farce\u2019 and the \u201990s \u2018lost years\u2019.").in(null, "en"),
            Example.bad("Le journal <marker>\u00bb</marker>Le Monde\u00ab a \u00e9crit lundi.").in(null, "fr"),
            Example.good("\u00abEs gibt zu viel Gewalt\u00bb, sagte er; die Zeitung \u00bbBild\u00ab schrieb es auch.")
                    .in(null, "de"));
    static final RuleInfo FOREIGN_PAIR = RuleInfo.check(ID, "foreign-pair", Category.QUOTES, Severity.ERROR,
            "Quotation marks of another language",
            "A whole pair of the source language's marks (\u00ab \u2026 \u00bb in English). Fix (safe): the target's "
                    + "marks, without the spaces the source sets inside them.",
            Example.bad("They call it <marker>\u00ab</marker>a new phase\u00bb of the war.",
                    "They call it \u201ca new phase\u201d of the war.").in(null, "en"));
    static final RuleInfo MIXED_PAIR = RuleInfo.check(ID, "mixed-pair", Category.QUOTES, Severity.ERROR,
            "A quotation opened in one system and closed in another",
            "\u201c \u2026 \u00bb, \u201c \u2026 \" or \" \u2026 \u201d: reported at the closing mark, which should match the "
                    + "opening one (at the opening mark when only that one is foreign). Fix (safe): the mark that "
                    + "matches its partner.",
            Example.bad("\u201cThe front is holding<marker>\u00bb</marker> he said.",
                    "\u201cThe front is holding\u201d he said.").in(null, "en"),
            Example.bad("He said it was \u201cover<marker>\"</marker> and left.", "He said it was \u201cover\u201d and left.").in(null, "en"));
    static final RuleInfo NESTED_SAME = RuleInfo.check(ID, "nested-same", Category.QUOTES, Severity.WARNING,
            "A quotation inside a quotation with the same marks",
            "A quotation within a quotation takes the secondary marks (\u2018 \u2019 in English, \u201c \u201d in French "
                    + "and Spanish, \u201a \u2018 in German); translation flattens them into the primary ones. "
                    + "Reported at the inner opening mark. Fix (suggested): the secondary marks.",
            Example.bad("Il a parl\u00e9 d'un \u00ab report <marker>\u00ab</marker>pour d\u00e9lai\u00bb d\u00e9cid\u00e9 hier \u00bb.",
                    "Il a parl\u00e9 d'un \u00ab report \u201cpour d\u00e9lai\u201d d\u00e9cid\u00e9 hier \u00bb.").in(null, "fr"),
            Example.good("Il a parl\u00e9 d'un \u00ab report \u201cpour d\u00e9lai\u201d d\u00e9cid\u00e9 hier \u00bb.").in(null, "fr"));
    static final RuleInfo ENGLISH_MARKS = RuleInfo.check(ID, "english-marks", Category.TYPOGRAPHY, Severity.ERROR,
            "English quotation marks in a language that has its own",
            "Straight quotes, double or single, and curly ones where the language does not use them (\u201c \u2026 "
                    + "\u201d in German, and in French outside \u00ab \u2026 \u00bb; \u2018 \u2026 \u2019 in both), left by "
                    + "translation from English; the language's "
                    + "descriptor says which marks it uses (Spanish press uses English ones too). Reported at the "
                    + "opening mark. Fix (safe): the language's marks.",
            Example.bad("Der Befehl <marker>\"</marker>make\" wurde ge\u00e4ndert.",
                    "Der Befehl \u201emake\u201c wurde ge\u00e4ndert.").in(null, "de"),
            Example.bad("Une recommandation <marker>'</marker>neutre' a \u00e9t\u00e9 \u00e9mise.",
                    "Une recommandation \u00ab\u202fneutre\u202f\u00bb a \u00e9t\u00e9 \u00e9mise.").in(null, "fr"),
            Example.good("Der Befehl \u201emake\u201c wurde ge\u00e4ndert; er sagte \u00bbnein\u00ab.").in(null, "de"),
            Example.bad("Le maire parle d'un <marker>\u201c</marker>report\u201d.",
                    "Le maire parle d'un \u00ab\u202freport\u202f\u00bb.").in(null, "fr"),
            Example.good("Aujourd'hui, l'entreprise dit \u00ab\u202foui, le \u201cplan B\u201d\u202f\u00bb.").in(null, "fr"),
            Example.bad("<marker>\u2018</marker>Des baleines bloquent l\u2019ascension\u2019, titre le site.").in(null, "fr"),
            Example.bad("Le bureau a \u00e9crit\u00a0: <marker>'</marker>Nous vous tiendrons au courant d\u00e8s qu'il sera "
                    + "possible de rouvrir les guichets au public de la ville'.").in(null, "fr"),
            Example.good("Hans' Auto stand vor Gr\u00e4tz' Haus; er sagte \u201eer rief \u201aHalt\u2018\u201c.").in(null, "de"),
            Example.good("So 'ne Frechheit! Er hat 'nen Job und f\u00e4hrt Hans' Auto, hab' ich geh\u00f6rt.").in(null, "de"));
    static final RuleInfo COMMA_INSIDE = RuleInfo.check(ID, "comma-inside", Category.PUNCTUATION, Severity.WARNING,
            "A comma left inside the closing mark before a reporting clause",
            "In targets other than English the comma goes after the closing mark (\u00ab\u2026\u00bb, dijo); machine "
                    + "translation from English keeps it inside. Fix (safe): move it after the mark.",
            Example.bad("\u00abEstamos al l\u00edmite<marker>,\u00bb</marker> dijo el presidente.",
                    "\u00abEstamos al l\u00edmite\u00bb, dijo el presidente.").in(null, "es"),
            Example.good("\u00abEstamos al l\u00edmite\u00bb, dijo el presidente.").in(null, "es"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Unbalanced, reversed or mixed quotation marks",
            "Machine translation drops closing quotes, adds opening quotes at every sentence of a long quotation, "
                    + "turns marks the wrong way and keeps the source language's guillemets (\u201cUkraine. \u00bb). "
                    + "The rule pairs double quotes within each paragraph and reports the mark to change.",
            List.of(Example.good("\u201cWe will win,\u201d she said. \"It is over,\" he replied. He called it \u201ca \"total\" loss\u201d.").in(null, "en")),
            UNCLOSED, UNOPENED, REVERSED, FOREIGN_PAIR, MIXED_PAIR, NESTED_SAME, ENGLISH_MARKS, COMMA_INSIDE,
            DashQuotations.DASH_OPENED, ReportingClauseInside.CHECK);

    /**
     * 'word' or 'a sentence' between straight single quotes, or between English curly ones (‘ ’); an
     * apostrophe inside a word ("qu'il", "l’État") is part of it, and one after a word and before a space
     * ("Hans' Auto") closes only a quotation opened before it.
     */
    private static final Pattern SINGLE_QUOTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}'])'(\\p{L}(?:[^'\\n]|(?<=\\p{L})'(?=\\p{L})){0,400}?)'(?![\\p{L}\\p{N}])");
    private static final Pattern CURLY_SINGLE_QUOTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}\u2019])\u2018(\\p{L}(?:[^\u2018\u2019\\n]|(?<=\\p{L})\u2019(?=\\p{L})){0,400}?)\u2019(?![\\p{L}\\p{N}])");

    private final DashQuotations dashQuotations;
    private final ReportingClauseInside reportingClauses;

    public QuotesRule(RuleEnvironment env) {
        super(INFO, env);
        this.dashQuotations = new DashQuotations(Constructions.of(env.targetBase()));
        this.reportingClauses = new ReportingClauseInside(Constructions.of(env.targetBase()));
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        QuoteStyle style = QuoteStyle.forLanguage(env.target());
        String text = block.text();
        QuotationMarks quotes = QuotationMarks.of(env, context, block);
        String source = env.sourceFor(context.document());
        boolean translated = source != null && !RuleEnvironment.base(source).equals(env.targetBase());
        if (translated) {
            dashQuotations.check(text, quotes, style, env.targetLexicon(), out);
        }
        for (Mark m : quotes.marks()) {
            Mark partner = quotes.partnerOf(m);
            switch (m.problem()) {
                case NONE -> {
                    if (!m.opens() && partner != null) {
                        checkCommaPlacement(text, m.at(), style, out);
                    }
                }
                case UNCLOSED -> {
                    if (closesBeforeReportingVerb(text, m.at(), style)) {
                        reportClosingOpener(m.at(), style, out);
                    } else if (!closedByNextMark(text, quotes, m, style)) {
                        out.report(UNCLOSED, m.at(), m.at() + 1, m.unclosed() > 1
                        ? "Quotation opened here is never closed: " + m.unclosed() + " opening marks without a "
                                + "closing one in this paragraph"
                        : "Quotation opened here is never closed in this paragraph");
                    }
                }
                case UNOPENED -> unopened(text, quotes, m, style, translated, out);
                case WRONG_CLOSING -> wrongClosing(text, m, partner, style, out);
                case WRONG_OPENING -> wrongOpening(text, m, partner, style, out);
                case REVERSED -> out.report(REVERSED, m.at(), m.at() + 1, "Quotation marks \u201c" + m.c() + " \u2026 "
                                + partner.c() + "\u201d point the wrong way",
                        new BlockFix(List.of(new BlockFix.Edit(m.at(), m.at() + 1, String.valueOf(partner.c())),
                                new BlockFix.Edit(partner.at(), partner.at() + 1, String.valueOf(m.c()))),
                                true, "turn the marks round"));
                case FOREIGN_PAIR -> out.report(FOREIGN_PAIR, m.at(), m.at() + 1, "Quotation marks \u201c" + m.c()
                                + " \u2026 " + partner.c() + "\u201d are not used in " + style.languageName() + "; use "
                                + style.open() + " \u2026 " + style.close(),
                        nativePair(text, m, partner, style));
                case ENGLISH_PAIR -> out.report(ENGLISH_MARKS, m.at(), m.at() + 1, "English quotation marks "
                                + m.c() + " \u2026 " + partner.c() + "; " + style.languageName() + " uses "
                                + style.open() + " \u2026 " + style.close(),
                        nativePair(text, m, partner, style));
                case NESTED_SAME -> nested(quotes, m, partner, out);
            }
        }
        singleOpeningThatCloses(text, style, out);
        openingBeforeReportingVerb(text, quotes, style, out);
        reportingClauses.check(text, quotes, style, env.targetLexicon(), out);
        if (!style.acceptsStraightQuotes()) {
            singleQuoted(text, SINGLE_QUOTED, '\'', style, env.targetLexicon(), out);
            if (!style.isNative('\u2018') && !style.isInnerOnly('\u2018')) {
                singleQuoted(text, CURLY_SINGLE_QUOTED, '\u2018', style, env.targetLexicon(), out);
            }
        }
    }

    private static void unopened(String text, QuotationMarks quotes, Mark m, QuoteStyle style, boolean translated,
                                 BlockReporter out) {
        if (style.isOpening(m.c())) {
            out.report(UNOPENED, m.at(), m.at() + 1, "Opening mark \u201c" + m.c() + "\u201d where a quotation closes, "
                    + "and none is open");
            return;
        }
        BlockFix dash = translated ? DashQuotations.openingForDash(text, quotes, m, style) : null;
        if (dash == null) {
            out.report(UNOPENED, m.at(), m.at() + 1, "Closing quotation mark \u201c" + m.c() + "\u201d without an opening one");
        } else {
            out.report(UNOPENED, m.at(), m.at() + 1, "Closing quotation mark \u201c" + m.c() + "\u201d without an opening "
                    + "one: the dash that opens the paragraph stands for it, as the source sets speech", dash);
        }
    }

    private void wrongClosing(String text, Mark m, Mark partner, QuoteStyle style, BlockReporter out) {
        char expected = style.closingFor(partner.c());
        boolean reversed = style.isOpening(m.c()) && style.closingFor(m.c()) == expected;
        int from = spacesBefore(text, m, style);
        String message = reversed
                ? "Opening mark \u201c" + m.c() + "\u201d used to close the quotation opened with \u201c" + partner.c() + "\u201d"
                : "\u201c" + m.c() + "\u201d closes a quotation opened with \u201c" + partner.c() + "\u201d";
        out.report(reversed ? REVERSED : MIXED_PAIR, m.at(), m.at() + 1, message,
                BlockFix.replace(from, m.at() + 1, String.valueOf(expected), true, "close with " + expected));
    }

    private void wrongOpening(String text, Mark m, Mark partner, QuoteStyle style, BlockReporter out) {
        char expected = style.openingFor(partner.c());
        // French sets a space inside its marks: "“J’ai" opens as "« J’ai".
        String inside = style.spacedInside() && m.at() + 1 < text.length() && !isSpace(text.charAt(m.at() + 1))
                && expected == style.open() ? "\u202f" : "";
        boolean reversed = style.isClosing(m.c()) && m.c() == partner.c();
        String message = reversed
                ? "Closing mark \u201c" + m.c() + "\u201d used to open the quotation closed with \u201c" + partner.c() + "\u201d"
                : "\u201c" + m.c() + "\u201d opens a quotation closed with \u201c" + partner.c() + "\u201d";
        out.report(reversed ? REVERSED : MIXED_PAIR, m.at(), m.at() + 1, message,
                BlockFix.replace(m.at(), spacesAfter(text, m, style), expected + inside, true, "open with " + expected));
    }

    /** The start of the spaces before a closing mark that a language without inner spaces drops with it. */
    private static int spacesBefore(String text, Mark m, QuoteStyle style) {
        int from = m.at();
        while (!style.spacedInside() && from > 0 && isPlainSpace(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /** The end of the spaces after an opening mark that a language without inner spaces drops with it. */
    private static int spacesAfter(String text, Mark m, QuoteStyle style) {
        int to = m.at() + 1;
        while (!style.spacedInside() && to < text.length() && isPlainSpace(text.charAt(to))) {
            to++;
        }
        return to;
    }

    private static boolean isPlainSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /** Both marks of a pair replaced by the language's, with the spaces inside that the language sets, or none. */
    private static BlockFix nativePair(String text, Mark open, Mark close, QuoteStyle style) {
        int to = open.at() + 1;
        while (to < close.at() && isSpace(text.charAt(to))) {
            to++;
        }
        int closeFrom = close.at();
        while (closeFrom > to && isSpace(text.charAt(closeFrom - 1))) {
            closeFrom--;
        }
        String inside = style.spacedInside() ? "\u202f" : "";
        return new BlockFix(List.of(new BlockFix.Edit(open.at(), to, style.open() + inside),
                new BlockFix.Edit(closeFrom, close.at() + 1, inside + style.close())),
                true, "use " + style.open() + " \u2026 " + style.close());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202f';
    }

    private void nested(QuotationMarks quotes, Mark m, Mark partner, BlockReporter out) {
        String inner = QuoteStyle.innerMarksFor(m.c());
        List<BlockFix> fixes = new ArrayList<>();
        if (inner != null) {
            fixes.add(new BlockFix(List.of(new BlockFix.Edit(m.at(), m.at() + 1, inner.substring(0, 1)),
                    new BlockFix.Edit(partner.at(), partner.at() + 1, inner.substring(1))), false,
                    "use " + inner.charAt(0) + " \u2026 " + inner.charAt(1) + " inside the quotation"));
        }
        out.report(NESTED_SAME, m.at(), m.at() + 1, NESTED_SAME.severity(), "A quotation inside a quotation opened with "
                + "the same mark \u201c" + m.c() + "\u201d" + (inner == null ? "" : "; use " + inner.charAt(0) + " \u2026 "
                + inner.charAt(1) + " inside"), fixes);
    }

    /**
     * "in Romania ‘.": a single opening mark after a space and before a stop, a comma or the end of the paragraph
     * opens nothing; it is the closing mark turned round, with the space moved before it. Only where ‘ opens (not
     * German, whose ‚ … ‘ closes with it).
     */
    private static void singleOpeningThatCloses(String text, QuoteStyle style, BlockReporter out) {
        if (!style.isOpening('\u201c')) {
            return;
        }
        for (int i = text.indexOf('\u2018'); i >= 0; i = text.indexOf('\u2018', i + 1)) {
            if (i == 0 || !isPlainSpace(text.charAt(i - 1))
                    || !QuotationMarks.beforeStopOrComma(text, i) && !QuotationMarks.onlySpacesAfter(text, i)) {
                continue;
            }
            int from = i;
            while (from > 0 && isPlainSpace(text.charAt(from - 1))) {
                from--;
            }
            out.report(REVERSED, i, i + 1, "Opening mark \u201c\u2018\u201d where a single quotation closes",
                    BlockFix.replace(from, i + 1, "\u2019", true, "close with \u2019"));
        }
    }

    /** Subject pronouns a reporting verb may follow right after the mark ("…, “he said"). */
    private static final int WORDS_BEFORE_VERB = 2;

    /**
     * "…your show, “he said": an opening mark after a comma or a stop and a space, glued to a reporting clause,
     * closes the words before it; the mark is turned round and the space sits on the wrong side. Only for a mark
     * the quotation analysis left unreported.
     */
    private void openingBeforeReportingVerb(String text, QuotationMarks quotes, QuoteStyle style, BlockReporter out) {
        for (int i = text.indexOf(style.open()); i >= 0; i = text.indexOf(style.open(), i + 1)) {
            if (!hasProblem(quotes, i) && closesBeforeReportingVerb(text, i, style)) {
                reportClosingOpener(i, style, out);
            }
        }
    }

    private boolean closesBeforeReportingVerb(String text, int i, QuoteStyle style) {
        if (style.open() != '\u201c' || text.charAt(i) != '\u201c' || i < 2 || text.charAt(i - 1) != ' '
                || ",.!?".indexOf(text.charAt(i - 2)) < 0 || i + 1 >= text.length()
                || !Character.isLowerCase(text.charAt(i + 1))) {
            return false;
        }
        // Only where a quotation opened earlier in the paragraph is still open: its words end here. Without one, the
        // mark opens a quotation that may go on into the next paragraph ("…, “they said the plant would close.").
        int lastOpen = text.lastIndexOf(style.open(), i - 1);
        int closedAt = lastOpen < 0 ? -1 : text.indexOf(style.close(), lastOpen);
        if (lastOpen < 0 || closedAt >= 0 && closedAt < i) {
            return false;
        }
        // A closing mark before the next opening one makes it a quoted phrase ("…, “added value” is…").
        int nextOpen = text.indexOf(style.open(), i + 1);
        int nextClose = text.indexOf(style.close(), i + 1);
        if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) {
            return false;
        }
        List<Words.Word> next = Words.of(text, i + 1, Math.min(text.length(), i + 40));
        return ReportingVerbs.amongFirst(env.targetLexicon(), next, WORDS_BEFORE_VERB, false);
    }

    /** The next mark after {@code m} is an opening one that closes before its reporting verb: it closes m's words. */
    private boolean closedByNextMark(String text, QuotationMarks quotes, Mark m, QuoteStyle style) {
        List<Mark> marks = quotes.marks();
        int k = marks.indexOf(m);
        return k >= 0 && k + 1 < marks.size() && closesBeforeReportingVerb(text, marks.get(k + 1).at(), style);
    }

    private static void reportClosingOpener(int i, QuoteStyle style, BlockReporter out) {
        out.report(REVERSED, i, i + 1, "Opening mark \u201c" + style.open() + "\u201d where the quotation closes "
                        + "before its reporting verb",
                BlockFix.replace(i - 1, i + 1, style.close() + " ", false, "close with " + style.close()
                        + " and a space after it"));
    }

    private static boolean hasProblem(QuotationMarks quotes, int at) {
        Mark m = quotes.at(at);
        return m != null && m.problem() != QuotationMarks.Problem.NONE;
    }

    /** 'word' or ‘word’ in a language that quotes with neither: an English single quotation. */
    private static void singleQuoted(String text, Pattern quoted, char opening, QuoteStyle style, Lexicon target,
                                     BlockReporter out) {
        if (text.indexOf(opening) < 0) {
            return;
        }
        Matcher m = quoted.matcher(text);
        while (m.find()) {
            if (elides(m.group(1), target)) {
                continue;
            }
            String inside = style.spacedInside() ? "\u202f" : "";
            int close = m.end() - 1;
            out.report(ENGLISH_MARKS, m.start(), m.start() + 1, "English single quotation marks; "
                            + style.languageName() + " uses " + style.open() + " \u2026 " + style.close(),
                    new BlockFix(List.of(new BlockFix.Edit(m.start(), m.start() + 1, style.open() + inside),
                            new BlockFix.Edit(close, close + 1, inside + style.close())),
                            true, "use " + style.open() + " \u2026 " + style.close()));
        }
    }

    /** The longest word an apostrophe before it shortens ("'s", "'ne", "'nen" in German) rather than quotes. */
    private static final int MAX_ELIDED = 3;

    /**
     * Whether the apostrophe before {@code quoted} stands for letters left out of its first word, which is then a
     * short lowercase fragment the language does not know ("So 'ne Frechheit", "Er hat 'nen Job"): no quotation.
     */
    private static boolean elides(String quoted, Lexicon target) {
        int end = 0;
        while (end < quoted.length() && Character.isLetter(quoted.charAt(end))) {
            end++;
        }
        String first = quoted.substring(0, end);
        return end <= MAX_ELIDED && first.equals(first.toLowerCase(java.util.Locale.ROOT)) && !target.knows(first);
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
}
