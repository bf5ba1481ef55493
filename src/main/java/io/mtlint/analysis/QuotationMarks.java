package io.mtlint.analysis;

import io.mtlint.model.BlockKey;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The double quotation marks of a paragraph, paired: which mark opens a quotation, which closes it, and what is
 * wrong with each. A curly mark or guillemet is read by its glyph, unless its place says otherwise (a closing mark
 * after a space and before a word opens; an opening mark after a word and before a space or a stop closes a
 * quotation that is open); a straight mark is read by its place where that is telling, and alternates where it is
 * not. The quotes, spacing and typography rules all read this one pairing, so that a mark is judged once.
 */
public final class QuotationMarks {
    public enum Role { OPENING, CLOSING }

    /** What is wrong with a mark; the finding goes on the mark that has the problem. */
    public enum Problem {
        NONE,
        /** An opening mark whose quotation is not closed in its paragraph (nor continued in the next). */
        UNCLOSED,
        /** A closing mark with no quotation open. */
        UNOPENED,
        /** The closing mark of a quotation is an opening glyph or of another system: “ … “, “ … ", " … ”, “ … ». */
        WRONG_CLOSING,
        /** The opening mark is a closing glyph (” … ”) or foreign where its closing mark is native. */
        WRONG_OPENING,
        /** Both marks point the wrong way: ” … “. Reported at the opening mark. */
        REVERSED,
        /** A whole pair of another language's marks (« … » in English). Reported at the opening mark. */
        FOREIGN_PAIR,
        /** A pair of English marks in a language that does not use them ("…" or “…” in German). */
        ENGLISH_PAIR,
        /** A quotation inside a quotation with the same marks (« … « … » … »). Reported at the inner opening mark. */
        NESTED_SAME
    }

    /**
     * One mark: its offset and glyph, its role, the index of the mark it pairs with (-1 when none), what is wrong
     * with it, and for {@link Problem#UNCLOSED} how many opening marks of the paragraph were left open.
     */
    public record Mark(int at, char c, Role role, int partner, Problem problem, int unclosed) {
        public boolean opens() {
            return role == Role.OPENING;
        }
    }

    /** The paragraphs a quotation may run through marked only at its two ends. */
    private static final int MAX_RUN_ON_PARAGRAPHS = 8;

    private final List<Mark> marks;
    private final boolean straightPaired;

    private QuotationMarks(List<Mark> marks, boolean straightPaired) {
        this.marks = List.copyOf(marks);
        this.straightPaired = straightPaired;
    }

    public List<Mark> marks() {
        return marks;
    }

    public Mark partnerOf(Mark m) {
        return m.partner() < 0 ? null : marks.get(m.partner());
    }

    /** The mark at {@code offset}, or null. */
    public Mark at(int offset) {
        for (Mark m : marks) {
            if (m.at() == offset) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the roles of straight marks can be trusted: they alternate, which only says something when the
     * paragraph has an even number of them.
     */
    public boolean straightMarksPaired() {
        return straightPaired;
    }


    /** The marks of a block, paired once per document for every rule that asks. */
    public static QuotationMarks of(RuleEnvironment env, DocumentContext context, ProseBlock block) {
        Document document = context.document();
        return document.derived(new BlockKey(QuotationMarks.class, block, env.target(), null), () -> {
            QuoteStyle style = QuoteStyle.forLanguage(env.target());
            return withinParagraph(context, block, style, env.target()).acrossParagraphs(context, block, style,
                    env.target());
        });
    }

    /** The marks of a block paired within it, before a quotation is let run across paragraphs; once per document. */
    private static QuotationMarks withinParagraph(DocumentContext context, ProseBlock block, QuoteStyle style,
                                                  String target) {
        return context.document().derived(new BlockKey(WithinParagraph.class, block, target, null), () -> {
            ProseBlock next = context.next(block);
            return find(block.text(), style, next == null ? null : next.text());
        });
    }

    /** Names the analysis that {@link #withinParagraph} keeps. */
    private static final class WithinParagraph {
    }

    /**
     * A quotation of several paragraphs marked only where it opens and where it closes (« … ¶ … ¶ … »), as much web
     * text writes it: a mark left open pairs with a closing mark that is the only mark of a later paragraph and ends
     * it, when the paragraphs between hold no quotation mark; that closing mark is not unopened either.
     */
    private QuotationMarks acrossParagraphs(DocumentContext context, ProseBlock block, QuoteStyle style,
                                            String target) {
        List<Mark> result = new ArrayList<>(marks);
        boolean changed = false;
        for (int k = 0; k < result.size(); k++) {
            Mark m = result.get(k);
            if (m.problem() == Problem.UNCLOSED && m.unclosed() == 1 && closedLater(context, block, m.c(), style)) {
                result.set(k, new Mark(m.at(), m.c(), m.role(), -1, Problem.NONE, 0));
                changed = true;
            }
        }
        if (!result.isEmpty() && result.get(0).problem() == Problem.UNOPENED
                && openedEarlier(context, block, result.get(0).c(), style, target)) {
            Mark m = result.get(0);
            result.set(0, new Mark(m.at(), m.c(), m.role(), -1, Problem.NONE, 0));
            changed = true;
        }
        return changed ? new QuotationMarks(result, straightPaired) : this;
    }

    private static boolean closedLater(DocumentContext context, ProseBlock block, char open, QuoteStyle style) {
        ProseBlock later = block;
        for (int n = 0; n < MAX_RUN_ON_PARAGRAPHS; n++) {
            later = context.next(later);
            if (later == null) {
                return false;
            }
            int first = firstMark(later.text(), style);
            if (first >= 0) {
                return later.text().charAt(first) == closingOf(open, style) && shape(later.text(), first) != Shape.OPEN
                        && endsParagraph(later.text(), first);
            }
        }
        return false;
    }

    private static boolean openedEarlier(DocumentContext context, ProseBlock block, char close, QuoteStyle style,
                                         String target) {
        if (!endsParagraph(block.text(), firstMark(block.text(), style))) {
            return false;
        }
        ProseBlock earlier = block;
        for (int n = 0; n < MAX_RUN_ON_PARAGRAPHS; n++) {
            earlier = context.previous(earlier);
            if (earlier == null) {
                return false;
            }
            if (firstMark(earlier.text(), style) >= 0) {
                return withinParagraph(context, earlier, style, target).marks.stream()
                        .anyMatch(m -> m.problem() == Problem.UNCLOSED && m.unclosed() == 1
                                && closingOf(m.c(), style) == close);
            }
        }
        return false;
    }

    /** Only a stop or other punctuation follows the mark: the quotation ends with its last paragraph. */
    private static boolean endsParagraph(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char closingOf(char open, QuoteStyle style) {
        return open == '"' ? '"' : style.closingFor(open);
    }

    private static int firstMark(String text, QuoteStyle style) {
        for (int i = 0; i < text.length(); i++) {
            if (style.isDoubleQuote(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Pairs the marks of {@code text}. {@code next} is the following paragraph's text, or null when the text ends
     * the document: a quotation may run on into the next paragraph, and a document cut off in mid-sentence may
     * have lost the closing mark with the rest.
     */
    public static QuotationMarks find(String text, QuoteStyle style, String next) {
        List<Mark> marks = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        List<Integer> nestedSame = new ArrayList<>();
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!style.isDoubleQuote(c)) {
                continue;
            }
            int attributeEnd = c == '"' && open.isEmpty() ? attributeValueEnd(text, i) : -1;
            if (attributeEnd > 0) {
                i = attributeEnd;
                continue;
            }
            Shape shape = shape(text, i);
            Role role;
            if (c == '"') {
                Integer top = open.peek();
                if (top != null && marks.get(top).c() != '"') {
                    role = straightFollowsBefore(text, i, marks.get(top).c(), style) ? Role.OPENING : Role.CLOSING;
                } else if (top == null && isMeasure(text, i) && shape != Shape.OPEN) {
                    continue;
                } else {
                    role = straightRole(shape, top != null, movedSpace(text, i));
                }
                straight++;
            } else if (style.isOpening(c)) {
                // "the Senate “." opens nothing, nor does "the end. “" at the end of a paragraph: a mark after a
                // space and before a stop, a comma or nothing closes, turned round.
                role = shape == Shape.CLOSE || shape == Shape.SPACED && beforeStopOrComma(text, i)
                        || onlySpacesAfter(text, i) ? Role.CLOSING : Role.OPENING;
            } else {
                // A closing glyph that has nothing to close opens, turned round, where a later mark closes
                // ("Johnson. ” [The suspect] shot … hit”."), also where the space before it was lost too
                // ("the phrase”we are not afraid” changed").
                role = open.isEmpty() && (shape == Shape.OPEN || shape == Shape.GLUED
                        || shape == Shape.SPACED && !beforeStopOrComma(text, i))
                        && closableLater(text, i, style) ? Role.OPENING : Role.CLOSING;
            }
            int index = marks.size();
            if (role == Role.OPENING) {
                for (int o : open) {
                    if (marks.get(o).c() == c && c != '"') {
                        nestedSame.add(index);
                        break;
                    }
                }
                marks.add(new Mark(i, c, role, -1, Problem.NONE, 0));
                open.push(index);
            } else if (open.isEmpty()) {
                marks.add(new Mark(i, c, role, -1, Problem.UNOPENED, 0));
            } else {
                int o = open.pop();
                marks.add(new Mark(i, c, role, o, Problem.NONE, 0));
                marks.set(o, with(marks.get(o), index, Problem.NONE));
                judge(marks, o, index, style, open.isEmpty());
                if (open.isEmpty() && marks.get(o).problem() == Problem.NONE && style.isInnerOnly(marks.get(o).c())) {
                    marks.set(o, with(marks.get(o), index, Problem.ENGLISH_PAIR)); // “ … ” outside « … »
                }
            }
        }
        if (!open.isEmpty()) {
            int bottom = open.peekLast();
            Mark first = marks.get(bottom);
            if (!continuesIn(next, first.c()) && !(next == null && trailsOff(text))) {
                marks.set(bottom, new Mark(first.at(), first.c(), first.role(), -1, Problem.UNCLOSED, open.size()));
            }
        }
        for (int inner : nestedSame) {
            Mark m = marks.get(inner);
            if (m.partner() >= 0 && m.problem() == Problem.NONE && marks.get(m.partner()).problem() == Problem.NONE
                    && encloserClosed(marks, inner)) {
                marks.set(inner, new Mark(m.at(), m.c(), m.role(), m.partner(), Problem.NESTED_SAME, 0));
            }
        }
        return new QuotationMarks(marks, straight % 2 == 0 && !invertedStraightPair(text, marks));
    }

    /**
     * A straight mark's role: its place when that is telling (after a space and before a word it opens, after a word
     * or stop and before a space it closes), else the alternation. Alternation alone lets one lost mark turn every
     * later quotation of the paragraph inside out, and puts the blame on the paragraph's last mark. A mark after a
     * stop or comma and a space, before a word, closes an open quotation with its space moved ("do, "said).
     */
    private static Role straightRole(Shape shape, boolean straightOpen, boolean movedSpace) {
        return switch (shape) {
            case OPEN -> straightOpen && movedSpace ? Role.CLOSING : Role.OPENING;
            case CLOSE -> Role.CLOSING;
            default -> straightOpen ? Role.CLOSING : Role.OPENING;
        };
    }

    /**
     * A straight pair whose opening mark stands as a closing one and whose closing mark as an opening one
     * ("… this year," he said, "hope …"): the paragraph starts inside a quotation, and alternation is off by one.
     */
    private static boolean invertedStraightPair(String text, List<Mark> marks) {
        for (Mark m : marks) {
            if (m.c() == '"' && m.opens() && m.partner() >= 0 && shape(text, m.at()) == Shape.CLOSE
                    && shape(text, marks.get(m.partner()).at()) == Shape.OPEN) {
                return true;
            }
        }
        return false;
    }

    private static Mark with(Mark m, int partner, Problem problem) {
        return new Mark(m.at(), m.c(), m.role(), partner, problem, m.unclosed());
    }

    /** A nested quotation with the same marks is one only when the quotation around it closes as well. */
    private static boolean encloserClosed(List<Mark> marks, int inner) {
        Mark m = marks.get(inner);
        int innerEnd = marks.get(m.partner()).at();
        for (int i = inner - 1; i >= 0; i--) {
            Mark outer = marks.get(i);
            if (outer.opens() && outer.c() == m.c()) {
                return outer.partner() >= 0 && marks.get(outer.partner()).at() > innerEnd;
            }
        }
        return false;
    }

    /**
     * The problem of a pair, on the mark to change; {@code outermost} when no other quotation is open around it, where
     * a mark the language keeps for inner quotations is the foreign one ("“J’ai saisi … »" in French).
     */
    private static void judge(List<Mark> marks, int o, int c, QuoteStyle style, boolean outermost) {
        Mark opening = marks.get(o);
        Mark closing = marks.get(c);
        char a = opening.c();
        char b = closing.c();
        boolean onePair = canonicalPair(a, b);
        if (onePair && a == '\u00ab' && style.guillemetsEitherWay() && style.isNative(a) && style.isNative(b)) {
            return;
        }
        if (onePair && (a == '"' || style.isOpening(a) || !style.isNative(a) || !style.isNative(b))) {
            if (style.isNative(a) && style.isNative(b)) {
                return;
            }
            Problem p = style.isForeignEnglishMark(a) || style.isForeignEnglishMark(b) ? Problem.ENGLISH_PAIR
                    : Problem.FOREIGN_PAIR;
            marks.set(o, with(opening, c, p));
            return;
        }
        boolean openerOk = a == '"' || style.isOpening(a);
        boolean closerOk = b == '"' || style.isClosing(b);
        if (!openerOk && !closerOk) {
            marks.set(o, with(opening, c, Problem.REVERSED));
        } else if (!openerOk || outermost && style.isInnerOnly(a) && closerOk && style.isNative(b)) {
            marks.set(o, with(opening, c, Problem.WRONG_OPENING));
        } else if (!closerOk || style.isNative(a)) {
            marks.set(c, with(closing, o, Problem.WRONG_CLOSING));
        } else if (style.isNative(b)) {
            marks.set(o, with(opening, c, Problem.WRONG_OPENING));
        } else {
            marks.set(o, with(opening, c, Problem.FOREIGN_PAIR));
        }
    }

    /** “ ”, « », „ “, » «, " ": the pairs some language writes. */
    private static boolean canonicalPair(char a, char b) {
        return a == '\u201c' && b == '\u201d' || a == '\u00ab' && b == '\u00bb' || a == '\u201e' && b == '\u201c'
                || a == '\u00bb' && b == '\u00ab' || a == '"' && b == '"';
    }

    /** Where a mark stands: after a space and before a word (opening), the reverse (closing), or neither. */
    enum Shape { OPEN, CLOSE, SPACED, GLUED }

    static Shape shape(String text, int i) {
        boolean left = i == 0 || isLeftBoundary(text.charAt(i - 1));
        boolean right = i + 1 >= text.length() || isRightBoundary(text.charAt(i + 1));
        if (left) {
            return right ? Shape.SPACED : Shape.OPEN;
        }
        return right ? Shape.CLOSE : Shape.GLUED;
    }

    private static boolean isLeftBoundary(char p) {
        return Character.isWhitespace(p) || "([{<\u2014\u2013-/*_".indexOf(p) >= 0 || isQuoteChar(p);
    }

    private static boolean isRightBoundary(char n) {
        return Character.isWhitespace(n) || ".,;:!?)]}>\u2026\u2014\u2013-/*_".indexOf(n) >= 0 || isQuoteChar(n);
    }

    private static boolean isQuoteChar(char c) {
        return "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a\u2039\u203a".indexOf(c) >= 0;
    }

    /**
     * A straight mark inside a curly quotation opens a quotation of its own when another straight mark follows
     * before the curly one closes ("“He called it "nonsense".”"); otherwise it closes the curly one.
     */
    private static boolean straightFollowsBefore(String text, int at, char outerOpen, QuoteStyle style) {
        int next = text.indexOf('"', at + 1);
        if (next < 0) {
            return false;
        }
        int outer = -1;
        for (int j = at + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c != '"' && style.isDoubleQuote(c) && c != outerOpen || c == style.closingFor(outerOpen)) {
                outer = j;
                break;
            }
        }
        return outer < 0 || next < outer;
    }

    /** A closing glyph may open a quotation only when some mark after it can close one. */
    private static boolean closableLater(String text, int at, QuoteStyle style) {
        for (int j = at + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"' || style.isDoubleQuote(c) && shape(text, j) != Shape.OPEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stop or comma follows, after the spaces French sets inside its marks ("précédentes « , a-t-il dit"), and is
     * not itself quoted (the comma « , » as a sign).
     */
    public static boolean beforeStopOrComma(String text, int i) {
        int j = skipInnerSpaces(text, i + 1);
        if (j >= text.length() || ".,;:!?".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        int next = skipInnerSpaces(text, j + 1);
        return next >= text.length() || !isQuoteChar(text.charAt(next));
    }

    /** Only spaces, of any width, follow the mark at {@code at} to the end of the paragraph. */
    public static boolean onlySpacesAfter(String text, int at) {
        for (int j = at + 1; j < text.length(); j++) {
            if (!Character.isWhitespace(text.charAt(j)) && !isInnerSpace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static int skipInnerSpaces(String text, int from) {
        int j = from;
        while (j < text.length() && isInnerSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isInnerSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    /** The mark follows a comma or stop and one space: where a closing mark stands when translation moved the space. */
    private static boolean movedSpace(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ' ' && ",.;!?".indexOf(text.charAt(i - 2)) >= 0;
    }

    /**
     * The closing mark of an attribute's value written as code in prose ({@code role="banner"}): a straight mark
     * right after "=" and the next one on its line; -1 when the mark does not open one.
     */
    private static int attributeValueEnd(String text, int i) {
        if (i == 0 || text.charAt(i - 1) != '=' || i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2))) {
            return -1;
        }
        int close = text.indexOf('"', i + 1);
        int line = text.indexOf('\n', i + 1);
        return close > 0 && (line < 0 || close < line) ? close : -1;
    }

    /** A straight mark right after a figure is the inch or second sign: "a 65\" screen", "34°51'15\"S". */
    private static boolean isMeasure(String text, int i) {
        return i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /** The next paragraph opens again with the same mark: the quotation runs on (the British convention). */
    private static boolean continuesIn(String next, char openMark) {
        if (next == null) {
            return false;
        }
        String t = next.stripLeading();
        return !t.isEmpty() && t.charAt(0) == openMark;
    }

    /** The en or em dash and a space before a capital that open direct speech where the source sets it so. */
    private static final Pattern SPEECH_DASH = Pattern.compile("^[–—][ \u00a0](?=\\p{Lu})");

    /** Whether the paragraph opens with the dash that Scandinavian, Slavic and Portuguese papers open speech with. */
    public static boolean opensWithDash(String text) {
        return speechDashEnd(text) >= 0;
    }

    /** Where the dash that opens speech and the space after it end, or -1 when the paragraph opens otherwise. */
    public static int speechDashEnd(String text) {
        Matcher m = SPEECH_DASH.matcher(text);
        return m.find() ? m.end() : -1;
    }

    /** The document's last paragraph ends without a stop: the stored copy was cut, closing mark and all. */
    private static boolean trailsOff(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }
}
