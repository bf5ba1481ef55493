package io.mtlint.detectors.spacing;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.CapitalisedWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.QuotationMarks;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.Languages;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.DottedNames;
import io.mtlint.text.Words;
import io.mtlint.text.search.SparseMatcher;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spacing left broken by translation: no space after a sentence end or comma ("end.Next", "Kyiv,Kharkiv"),
 * doubled spaces inside a line, spaces just inside brackets ("( text )"), spaces lost or misplaced around
 * quotation marks (see {@link QuoteSpacing}), words run together by a lost space (see {@link GluedWords}) and
 * compounds split at their hyphen (see {@link HyphenSpacing}), and spaces lost at brackets and colons the source
 * wrote full-width (see {@link FullWidthSpacing}).
 */
public final class SpacingRule extends EnvironmentRule {
    public static final String ID = "mt.spacing";

    // Patterns start with a character they consume or a cheap lookahead: a leading lookbehind would be tried
    // at every position of every block.
    private static final Pattern MISSING_AFTER_STOP = Pattern.compile("([.!?])(?<=\\p{Ll}\\p{Ll}[.!?])(?=\\p{Lu}\\p{Ll})");
    /** A comma glued to the next word, or to the opening mark of a quotation ("loans,\u201cnaturally"). */
    private static final Pattern MISSING_AFTER_COMMA = Pattern.compile(",(?<=\\p{L}\\p{L},)(?=[\u201c\u00ab\u201e]?\\p{L}\\p{L})");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?=  )(?<=\\S)( {2,})(?=\\S)");
    // Start tests are built once: each holds a table of its characters.
    private static final SparseMatcher.StartTest AT_STOP_BEFORE_CAPITAL = SparseMatcher.startingWith(".!?",
            (t, i) -> i + 1 < t.length() && Character.isUpperCase(t.codePointAt(i + 1)));
    private static final SparseMatcher.StartTest AT_COMMA_BEFORE_LETTER = SparseMatcher.startingWith(",",
            (t, i) -> i + 1 < t.length() && (Character.isLetter(t.codePointAt(i + 1)) || "\u201c\u00ab\u201e".indexOf(t.charAt(i + 1)) >= 0));
    private static final SparseMatcher.StartTest AT_TWO_SPACES = SparseMatcher.startingWithText("  ");

    static final RuleInfo MISSING_AFTER_STOP_CHECK = RuleInfo.check(ID, "missing-after-stop", Category.SPACING,
            Severity.ERROR, "No space after a sentence end",
            "A full stop, question or exclamation mark glued to the next sentence (\"end.Next\"). Domain names, "
                    + "URLs and file names stay clean. Fix (safe): insert the space.",
            Example.bad("The talks ended<marker>.</marker>Negotiators left the room.",
                    "The talks ended. Negotiators left the room."));
    static final RuleInfo MISSING_AFTER_COMMA_CHECK = RuleInfo.check(ID, "missing-after-comma", Category.SPACING,
            Severity.ERROR, "No space after a comma",
            "A comma glued to the next word (\"Kyiv,Kharkiv\") or to the opening mark of a quotation (\"loans,\u201cnaturally\"). "
                    + "Numbers and addresses stay clean. Fix (safe): "
                    + "insert the space.",
            Example.bad("Talks in Kyiv<marker>,</marker>Kharkiv and Odesa ended.",
                    "Talks in Kyiv, Kharkiv and Odesa ended."));
    static final RuleInfo DOUBLE_SPACE_CHECK = RuleInfo.check(ID, "double-space", Category.SPACING, Severity.ERROR,
            "Two or more spaces between words",
            "Spaces doubled inside a line, often where translation dropped a word or a mark. Indentation, "
                    + "Markdown line breaks and short lines of figures without a stop or colon (table rows, where spaces "
                    + "align columns) are left alone. Fix (safe): one space.",
            Example.bad("The mayor<marker>  </marker>resigned.", "The mayor resigned."));
    static final RuleInfo AFTER_OPENING_CHECK = RuleInfo.check(ID, "after-opening", Category.SPACING, Severity.ERROR,
            "Space just inside an opening bracket",
            "\"( text\" and \"[ text\". A short bracket spaced at both ends (\"( IT )\", up to five words) is one "
                    + "finding with one fix; a footnote mark as encyclopedia copies keep it (\"[ 1 ]\") is left alone. "
                    + "Fix (safe): remove the space.",
            Example.bad("The report <marker>( </marker>published today) is long.",
                    "The report (published today) is long."),
            Example.bad("The town <marker>( IT )</marker> borders Forenza.", "The town (IT) borders Forenza."));
    static final RuleInfo BEFORE_CLOSING_CHECK = RuleInfo.check(ID, "before-closing", Category.SPACING, Severity.ERROR,
            "Space just inside a closing bracket",
            "\"text )\" and \"text ]\". Fix (safe): remove the space.",
            Example.bad("The report (published today<marker> )</marker> is long.",
                    "The report (published today) is long."));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Missing, doubled or misplaced space",
            "A sentence end or comma glued to the next word (\"end.Next\", \"Kyiv,Kharkiv\"), two spaces "
                    + "between words, spaces just inside brackets (\"( text )\") or after an elided word (\"l' "
                    + "église\"), and spaces lost or misplaced "
                    + "around quotation marks (\"\u201c a betrayal \u201d\", \", \u201dhe said\", \"reports\u201cthe\"), "
                    + "words run together (\"councilwhich\") and compounds split at their hyphen (\"two -day\"), and a space lost at a bracket or colon the "
                    + "source wrote full-width (\"packages(lodash)\") or beside an aside (\"(PT)this\"). "
                    + "Domain names, URLs, numbers and Markdown task boxes stay clean. Fixes are safe, except for "
                    + "run-together words and hyphens, which are suggestions.",
            List.of(Example.good("Read it on elDiario.es or www.example.com/News.Today at 10.30, 1,000 times.")),
            MISSING_AFTER_STOP_CHECK, MISSING_AFTER_COMMA_CHECK, DOUBLE_SPACE_CHECK, AFTER_OPENING_CHECK,
            BEFORE_CLOSING_CHECK, ElisionSpacing.AFTER_ELISION, QuoteSpacing.INSIDE_QUOTES, QuoteSpacing.MOVED_AROUND_QUOTE,
            QuoteSpacing.MISSING_AT_QUOTE, GluedWords.GLUED, HyphenSpacing.AROUND_HYPHEN, MarkupSpacing.CHECK,
            MarkerSpacing.CHECK, FullWidthSpacing.CHECK, BracketGluing.CHECK, EmphasisSpacing.CHECK, EmphasisGluing.CHECK,
            IdeographSpacing.CHECK);

    public SpacingRule(RuleEnvironment env) {
        super(INFO, env);
    }

    /**
     * Two spaces between words, a stop or comma glued to the next word and emphasis that renders as stars are
     * wrong in every language.
     */
    @Override
    public boolean holdsInSourceText(io.mtlint.model.Finding finding) {
        String id = finding.ruleId();
        return id.equals(DOUBLE_SPACE_CHECK.id()) || id.equals(MISSING_AFTER_STOP_CHECK.id())
                || id.equals(MISSING_AFTER_COMMA_CHECK.id()) || id.equals(EmphasisSpacing.CHECK.id());
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        if (context.document().format() == io.mtlint.model.Format.MARKDOWN) {
            MarkupSpacing.check(block, context.document().text(), out);
            MarkerSpacing.check(block, context.document(), env.pair().source(), out);
            EmphasisSpacing.check(block, out);
            EmphasisGluing.check(block, context.document().text(), env.targetLexicon(), out);
        }
        SparseMatcher m = SparseMatcher.of(MISSING_AFTER_STOP, block.text(), block.chars(),
                AT_STOP_BEFORE_CAPITAL);
        while (m.find()) {
            if (!insideAddress(text, m.start()) && !DottedNames.joinsAt(text, m.start())
                    && !recurringName(text, m.start(), context.document().text())) {
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
        boolean aligned = m.find() && isTableRow(text);
        m = SparseMatcher.of(DOUBLE_SPACE, block.text(), block.chars(), AT_TWO_SPACES);
        while (!aligned && m.find()) {
            if (!block.isVerbatim(m.start(), m.end())) {
                continue; // spaces either side of hidden markup ("link) <Badge/> - text") are one space each
            }
            out.report(DOUBLE_SPACE_CHECK, m.start(), m.end(), "Doubled space",
                    BlockFix.replace(m.start(), m.end(), " ", true, "single space"));
        }
        BracketSpacing.check(block, out);
        ElisionSpacing.check(block, env.targetLanguage(), out);
        QuoteSpacing.check(text, QuotationMarks.of(env, context, block), QuoteStyle.forLanguage(env.target()),
                word -> io.mtlint.analysis.ReportingVerbs.is(env.targetLexicon(), word), out);
        List<Words.Word> words = BlockWords.of(context.document(), block);
        if (block.pieces().size() > 1) { // only hidden markup can put an emphasis marker inside a word
            words = words.stream()
                    .filter(w -> !EmphasisGluing.spansEmphasisMarker(block, context.document().text(), w.start(), w.end()))
                    .toList();
        }
        GluedWords.check(text, words, spellings(),
                env.sourceLexicon(context.document()), env.vocabulary(),
                word -> CapitalisedWords.of(context.document()).contains(word), out); // built on first need
        HyphenSpacing.check(text, env.targetLexicon(), out);
        // Only full-width sources glue any bracket or colon; without one, "Encoding:Unicode" or "sorted(items)" in
        // English prose is more likely meant, and only an aside holding a phrase or an initialism is read as glued.
        boolean fullWidthSource = Languages.writesFullWidthPunctuation(env.sourceFor(context.document()));
        if (fullWidthSource) {
            FullWidthSpacing.check(block, env.targetLexicon(), out);
        }
        BracketGluing.check(block, !fullWidthSource, out);
        IdeographSpacing.check(block, out);
    }

    /**
     * The word the stop at {@code at} sits in ("Fritz!Box", "Node.Js") is written the same way again in the
     * document: a product's name, while a space lost between two sentences does not repeat itself.
     */
    private static boolean recurringName(String text, int at, String document) {
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        int first = document.indexOf(word);
        return first >= 0 && document.indexOf(word, first + 1) >= 0;
    }

    /** Fewer words than this, a figure and no sentence punctuation: a table row, where spaces align columns. */
    private static final int TABLE_ROW_WORDS = 8;
    /** A stop or colon that is not a figure's decimal or thousands mark. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[!?;:\u2026]|\\.(?!(?<=\\d\\.)\\d)");

    private static boolean isTableRow(String text) {
        return text.chars().anyMatch(Character::isDigit) && !SENTENCE_MARK.matcher(text).find()
                && Words.of(text).size() < TABLE_ROW_WORDS;
    }

    /** The target's lexicon, then those of the variants whose spellings are right too. */
    private List<Lexicon> spellings() {
        return env.shared(SpacingRule.class, () -> {
            List<Lexicon> all = new java.util.ArrayList<>();
            all.add(env.targetLexicon());
            env.targetLanguage().languagetool().otherVariants().forEach(v -> all.add(LanguageRegistry.lexicon(v)));
            return List.copyOf(all);
        });
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
