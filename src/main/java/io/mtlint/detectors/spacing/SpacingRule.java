package io.mtlint.detectors.spacing;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.BlockRule;
import io.mtlint.text.search.SparseMatcher;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spacing left broken by translation: no space after a sentence end or comma ("end.Next", "Kyiv,Kharkiv"),
 * doubled spaces inside a line, and spaces just inside brackets and curly quotation marks ("( text )", "“ text ”",
 * left by translation from languages that space their guillemets).
 */
public final class SpacingRule extends BlockRule {
    public static final String ID = "mt.spacing";

    // Patterns start with a character they consume or a cheap lookahead: a leading lookbehind would be tried
    // at every position of every block.
    private static final Pattern MISSING_AFTER_STOP = Pattern.compile("([.!?])(?<=\\p{Ll}\\p{Ll}[.!?])(?=\\p{Lu}\\p{Ll})");
    private static final Pattern MISSING_AFTER_COMMA = Pattern.compile(",(?<=\\p{L}\\p{L},)(?=\\p{L}\\p{L})");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?=  )(?<=\\S)( {2,})(?=\\S)");
    // Start tests are built once: each holds a table of its characters.
    private static final SparseMatcher.StartTest AT_STOP_BEFORE_CAPITAL = SparseMatcher.startingWith(".!?",
            (t, i) -> i + 1 < t.length() && Character.isUpperCase(t.codePointAt(i + 1)));
    private static final SparseMatcher.StartTest AT_COMMA_BEFORE_LETTER = SparseMatcher.startingWith(",",
            (t, i) -> i + 1 < t.length() && Character.isLetter(t.codePointAt(i + 1)));
    private static final SparseMatcher.StartTest AT_TWO_SPACES = SparseMatcher.startingWithText("  ");
    private static final SparseMatcher.StartTest AT_OPENING = SparseMatcher.anyOf("([\u201c");
    private static final SparseMatcher.StartTest BEFORE_CLOSING = SparseMatcher.plainSpacesBefore(")]\u201d");
    // A curly quotation mark counts only where it stands as one: an opening mark after a space or the start, a
    // closing one before a space or punctuation ("a \u201ckit\u201c with" misuses the mark; it is not spacing).
    private static final Pattern SPACE_AFTER_OPEN = Pattern.compile(
            "([(\\[]|\u201c(?<![^\\s(\\[]\u201c))( +)(?=[^\\s)\\]\u201d])");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile(
            "(?= +[)\\]\u201d])(?<=[^\\s(\\[\u201c])( +)([)\\]]|\u201d(?![^\\s.,;:!?)\\]]))");

    static final RuleInfo MISSING_AFTER_STOP_CHECK = RuleInfo.check(ID, "missing-after-stop", Category.SPACING,
            Severity.ERROR, "No space after a sentence end",
            "A full stop, question or exclamation mark glued to the next sentence (\"end.Next\"). Domain names, "
                    + "URLs and file names stay clean. Fix (safe): insert the space.",
            Example.bad("The talks ended<marker>.</marker>Negotiators left the room.",
                    "The talks ended. Negotiators left the room."));
    static final RuleInfo MISSING_AFTER_COMMA_CHECK = RuleInfo.check(ID, "missing-after-comma", Category.SPACING,
            Severity.ERROR, "No space after a comma",
            "A comma glued to the next word (\"Kyiv,Kharkiv\"). Numbers and addresses stay clean. Fix (safe): "
                    + "insert the space.",
            Example.bad("Talks in Kyiv<marker>,</marker>Kharkiv and Odesa ended.",
                    "Talks in Kyiv, Kharkiv and Odesa ended."));
    static final RuleInfo DOUBLE_SPACE_CHECK = RuleInfo.check(ID, "double-space", Category.SPACING, Severity.ERROR,
            "Two or more spaces between words",
            "Spaces doubled inside a line, often where translation dropped a word or a mark. Indentation and "
                    + "Markdown line breaks are not prose. Fix (safe): one space.",
            Example.bad("The mayor<marker>  </marker>resigned.", "The mayor resigned."));
    static final RuleInfo AFTER_OPENING_CHECK = RuleInfo.check(ID, "after-opening", Category.SPACING, Severity.ERROR,
            "Space just inside an opening bracket or quotation mark",
            "\"( text\" and \"\u201c text\": left by translation from languages that space their guillemets. "
                    + "Fix (safe): remove the space.",
            Example.bad("The report <marker>( </marker>published today) is long.",
                    "The report (published today) is long."));
    static final RuleInfo BEFORE_CLOSING_CHECK = RuleInfo.check(ID, "before-closing", Category.SPACING, Severity.ERROR,
            "Space just inside a closing bracket or quotation mark",
            "\"text )\" and \"text \u201d\": left by translation from languages that space their guillemets. "
                    + "Fix (safe): remove the space.",
            Example.bad("They called it \u201ca betrayal<marker> \u201d</marker> and left.",
                    "They called it \u201ca betrayal\u201d and left."));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Missing, doubled or misplaced space",
            "A sentence end or comma glued to the next word (\"end.Next\", \"Kyiv,Kharkiv\"), two spaces "
                    + "between words, and spaces just inside brackets and curly quotation marks (\"( text )\", "
                    + "\"\u201c a betrayal \u201d\", from languages that space their guillemets). Domain names, URLs, numbers "
                    + "and Markdown task boxes stay clean. Fixes are safe.",
            List.of(Example.good("Read it on elDiario.es or www.example.com/News.Today at 10.30, 1,000 times.")),
            MISSING_AFTER_STOP_CHECK, MISSING_AFTER_COMMA_CHECK, DOUBLE_SPACE_CHECK, AFTER_OPENING_CHECK,
            BEFORE_CLOSING_CHECK, MarkupSpacing.CHECK);

    public SpacingRule() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        if (context.document().format() == io.mtlint.model.Format.MARKDOWN) {
            MarkupSpacing.check(block, context.document().text(), out);
        }
        SparseMatcher m = SparseMatcher.of(MISSING_AFTER_STOP, block.text(), block.chars(),
                AT_STOP_BEFORE_CAPITAL);
        while (m.find()) {
            if (!insideAddress(text, m.start())) {
                out.report(MISSING_AFTER_STOP_CHECK, m.start(), m.end(), "Missing space after \u201c" + m.group(1) + "\u201d",
                        BlockFix.replace(m.end(), m.end(), " ", true, "insert a space"));
            }
        }
        m = SparseMatcher.of(MISSING_AFTER_COMMA, block.text(), block.chars(),
                AT_COMMA_BEFORE_LETTER);
        while (m.find()) {
            if (!insideAddress(text, m.start())) {
                out.report(MISSING_AFTER_COMMA_CHECK, m.start(), m.end(), "Missing space after comma",
                        BlockFix.replace(m.end(), m.end(), " ", true, "insert a space"));
            }
        }
        m = SparseMatcher.of(DOUBLE_SPACE, block.text(), block.chars(), AT_TWO_SPACES);
        while (m.find()) {
            out.report(DOUBLE_SPACE_CHECK, m.start(), m.end(), "Doubled space",
                    BlockFix.replace(m.start(), m.end(), " ", true, "single space"));
        }
        m = SparseMatcher.of(SPACE_AFTER_OPEN, block.text(), block.chars(), AT_OPENING);
        while (m.find()) {
            out.report(AFTER_OPENING_CHECK, m.start(), m.end(), "Space after opening \u201c" + m.group(1) + "\u201d",
                    BlockFix.replace(m.start(2), m.end(2), "", true, "remove the space"));
        }
        m = SparseMatcher.of(SPACE_BEFORE_CLOSE, block.text(), block.chars(), BEFORE_CLOSING);
        while (m.find()) {
            out.report(BEFORE_CLOSING_CHECK, m.start(), m.end(), "Space before closing \u201c" + m.group(2) + "\u201d",
                    BlockFix.replace(m.start(1), m.end(1), "", true, "remove the space"));
        }
    }

    /** True when {@code at} lies inside a whitespace-delimited token that looks like a URL, e-mail or path. */
    private static boolean insideAddress(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String token = text.substring(start, end);
        String head = text.substring(start, at);
        boolean brandBefore = !head.isEmpty() && Character.isLowerCase(head.codePointAt(0))
                && head.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return token.contains("/") || token.contains("@") || token.contains("://") || token.startsWith("www.")
                || token.contains("_") || brandBefore;
    }
}
