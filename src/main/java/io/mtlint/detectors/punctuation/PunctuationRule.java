package io.mtlint.detectors.punctuation;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.LowercaseAfterStop;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.text.Emoticons;
import io.mtlint.text.search.SparseMatcher;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stray punctuation: doubled marks (". .", ",,", ".,"), a space before a full stop, comma, semicolon, colon,
 * question or exclamation mark, and a full stop that splits one sentence in two ("operations. against").
 */
public final class PunctuationRule extends EnvironmentRule {
    public static final String ID = "mt.punctuation";

    /** Two or more of . , ; : ! ? with optional spaces between them. */
    // Patterns start with a character they consume or a cheap lookahead: a leading lookbehind would be tried
    // at every position of every block.
    private static final Pattern CLUSTER = Pattern.compile("[.,;:!?](?:[ \\u00A0]*[.,;:!?])+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}");
    private static final Pattern SPACED_ELLIPSIS = Pattern.compile("\\.(?: \\.){2,}");
    private static final Pattern CUT_SHORT = Pattern.compile("[,;:!?]\\.{3,}|\\.{3,}[,;:!?]+");
    private static final Pattern EMPHATIC = Pattern.compile("[!?]+");
    // Start tests are built once: each holds a table of its characters.
    private static final SparseMatcher.StartTest AT_CLUSTER = SparseMatcher.markCluster(".,;:!?");
    private static final SparseMatcher.StartTest BEFORE_MARK = SparseMatcher.spacesBefore(".,;:!?");
    private static final SparseMatcher.StartTest BEFORE_COMMA = SparseMatcher.spacesBefore(",;");
    private static final Pattern SPACE_BEFORE = Pattern.compile(
            "(?=[ \\t\\u00A0]+[.,;:!?])(?<=[\\p{L}\\p{N}\\p{M}%\u201d\u2019\"')\\]\u201c\u00bb\u00ab])([ \\t\\u00A0]+)([.,;:!?])(?=$|[\\s\u201d\u2019\"\u00bb)\\]]|[.,;:!?]*$)");

    /** A stop, one or more closing quotation marks, and another stop that no ellipsis or word continues. */
    private static final Pattern STOPS_AROUND_QUOTE = Pattern.compile(
            "(?<![.\u2026])\\.([\u201d\u00bb\u201c\"\u2019]{1,2})\\.(?![.\\p{L}\\p{N}])");

    /** A comma or semicolon with its space on the wrong side: "ready ,and". */
    private static final Pattern SPACE_MOVED = Pattern.compile(
            "(?=[ \\u00A0]+[,;]\\p{L})(?<=[\\p{L}\\p{N}\u201d\"')\\]])([ \\u00A0]+)([,;])(?=\\p{L})");

    static final RuleInfo DOUBLED = RuleInfo.check(ID, "doubled", Category.PUNCTUATION, Severity.ERROR,
            "The same mark twice",
            "A stop, comma or other mark doubled, with or without a space between (\"38%. . current\", \",,\"), "
                    + "or a full stop on both sides of a closing quotation mark (\"public finances.”.\"): the "
                    + "source's stop and the target's. Ellipses and \"?!\" stay clean. Fix (safe): keep one; around "
                    + "a quotation mark (suggested), the one inside or the one after.",
            Example.bad("Support fell to 38%<marker>. .</marker> The poll was taken in May.",
                    "Support fell to 38%. The poll was taken in May.").in(null, "en"),
            Example.bad("She called it \u201ca turning point<marker>.\u201d.</marker> Then she left.",
                    "She called it \u201ca turning point.\u201d Then she left.").in(null, "en"),
            Example.good("She called it \u201ca turning point.\u201d He said \u201cwait...\u201d. Then she left.").in(null, "en"));
    static final RuleInfo CONFLICTING = RuleInfo.check(ID, "conflicting", Category.PUNCTUATION, Severity.ERROR,
            "Two different marks where one belongs",
            "A comma and a stop, or a colon and a stop, side by side (\"delayed,.\"): translation kept the source's "
                    + "mark and added its own. An abbreviation's stop before a comma (\"etc.,\") stays clean, and so "
                    + "does a comma, semicolon or colon after a question or exclamation opened with \"\u00bf\" or "
                    + "\"\u00a1\" (\"\u00bfVienes?, pregunt\u00f3\"). "
                    + "Fixes (suggested): keep the last mark, or the first.",
            Example.bad("The vote was delayed<marker>,.</marker> The council met again.",
                    "The vote was delayed. The council met again.").in(null, "en"),
            Example.good("\u00bfLlegar\u00e1 el tren a tiempo?, pregunt\u00f3 la viajera; \u00a1ojal\u00e1!, le contestaron.")
                    .in(null, "es"));
    static final RuleInfo SPACE_BEFORE_MARK = RuleInfo.check(ID, "space-before", Category.PUNCTUATION,
            Severity.ERROR, "Space before a stop, comma, colon or semicolon",
            "\"operations\u201d .\", \"ready , and\": the space belongs after the mark, or nowhere. Languages that "
                    + "set a space before ; : ! ? (French) are left to their typography rules for those marks; a "
                    + "space before their stops and commas is still reported. Fix (safe): remove the space.",
            Example.bad("It was a \u201cmajor operation\u201d<marker> .</marker>",
                    "It was a \u201cmajor operation\u201d.").in(null, "en"),
            Example.bad("La digue a c\u00e9d\u00e9 pr\u00e8s du port<marker> ,</marker> selon la mairie.",
                    "La digue a c\u00e9d\u00e9 pr\u00e8s du port, selon la mairie.").in(null, "fr"),
            Example.good("Le port rouvrira-t-il ? Oui : la mairie l\u2019a promis ; les p\u00eacheurs aussi !").in(null, "fr"));
    static final RuleInfo MOVED_SPACE = RuleInfo.check(ID, "space-moved", Category.PUNCTUATION, Severity.ERROR,
            "Space before a comma instead of after it",
            "\"ready ,and\": the comma and its space traded places. Fix (safe): \", \".",
            Example.bad("The plan was ready<marker> ,</marker>and the vote was set.",
                    "The plan was ready, and the vote was set.").in(null, "en"));
    static final RuleInfo SPLITTING_STOP = RuleInfo.check(ID, "splitting-stop", Category.PUNCTUATION, Severity.ERROR,
            "A full stop that cuts one sentence in two",
            "A stop followed by a lowercase preposition, conjunction or relative word that continues the sentence "
                    + "(\"operations. against Ukraine\", \"ex-femme. o\u00f9 elle vivait\"; the descriptor's tags.relative), or by a single lowercase word and another stop, the tail of the sentence "
                    + "cut off (\"armed with a knife. sharp.\"), or by words that run to the next sentence end "
                    + "without a finite verb after a clause of two words or more (\"une hausse de 6 %. le jour même, "
                    + "selon le site\"; where the descriptor's tags.finite-verb tells them apart, and the tagger knows "
                    + "three words in four), or by the reporting clause of what precedes it: a reporting verb of the "
                    + "target's constructions (English) (\"the work. added the minister\"), or after a closed quotation a "
                    + "subject of up to three words and one (\"\u2026 injury.\u201d the firefighters said\"). Abbreviations "
                    + "stay clean. Fix (suggested): remove the stop; before a reporting clause, a comma in its place.",
            Example.bad("They attacked military targets<marker>.</marker> against the advice of allies.",
                    "They attacked military targets against the advice of allies.").in(null, "en"),
            Example.bad("The guards found a blade<marker>.</marker> hidden. Nobody was hurt.",
                    "The guards found a blade hidden. Nobody was hurt.").in(null, "en"),
            Example.bad("The council approved the budget<marker>.</marker> which the mayor had proposed in May.",
                    "The council approved the budget which the mayor had proposed in May.").in(null, "en"),
            Example.bad("Le maire a ouvert le march\u00e9<marker>.</marker> o\u00f9 il a parl\u00e9 aux habitants.",
                    "Le maire a ouvert le march\u00e9 o\u00f9 il a parl\u00e9 aux habitants.").in(null, "fr"),
            Example.bad("Les ventes ont progress\u00e9 de 4 %<marker>.</marker> le mois dernier, selon l'institut national.",
                    "Les ventes ont progress\u00e9 de 4 % le mois dernier, selon l'institut national.").in(null, "fr"),
            Example.bad("El paro subi\u00f3 dos puntos<marker>.</marker> la mayor subida del a\u00f1o en la regi\u00f3n norte.")
                    .in(null, "es"),
            Example.bad("The roads will reopen after the inspection<marker>.</marker> added the mayor on Monday.",
                    "The roads will reopen after the inspection, added the mayor on Monday.").in(null, "en"),
            Example.good("The budget was cut again this year. estimates vary widely. Save it. continue with step two.")
                    .in(null, "en"),
            Example.bad("\u201cNobody was hurt in the collision<marker>.</marker>\u201d the police spokesman said.",
                    "\u201cNobody was hurt in the collision,\u201d the police spokesman said.").in(null, "en"),
            Example.bad("\u201cThe bridge stays closed until spring<marker>.</marker>\u201d explained the city engineer.",
                    "\u201cThe bridge stays closed until spring,\u201d explained the city engineer.").in(null, "en"),
            Example.good("\u201cNobody was hurt.\u201d The police spokesman said so on Monday.").in(null, "en"),
            Example.good("Sales fell by 3%. it's the lowest figure in a decade.").in(null, "en"));
    static final RuleInfo UNCLOSED_PARENTHESIS = RuleInfo.check(ID, "unclosed-parenthesis", Category.PUNCTUATION,
            Severity.ERROR, "A parenthesis never closed in its paragraph",
            "Translation dropped the closing parenthesis. Enumerations (\"a)\", \"1)\"), paragraphs that trail "
                    + "off and frowns written with brackets (\"so sad(((\") are left alone. No fix: where it closes is for the editor to say.",
            Example.bad("Prices rose <marker>(</marker>especially for food, and energy costs fell.").in(null, "en"));

    static final RuleInfo EMPTY_PARENTHESES = RuleInfo.check(ID, "empty-parentheses", Category.PUNCTUATION,
            Severity.ERROR, "Parentheses with nothing between them",
            "Translation or the page's extraction dropped what stood in parentheses (an acronym, a figure, a link's "
                    + "text) and kept the marks: \"the three parties () agreed\". Parentheses glued to a word "
                    + "(\"print()\") are code and left alone. Fix (suggested): remove them, unless the source says "
                    + "what belongs there.",
            Example.bad("The three parties <marker>()</marker> agreed on the budget in May.",
                    "The three parties agreed on the budget in May.").in(null, "en"),
            Example.good("Call print() or the save ( ) button's handler; the list (a) and (b) is short.").in(null, "en"));

    static final RuleInfo ESCAPE_SEQUENCE = RuleInfo.check(ID, "escape-sequence", Category.PUNCTUATION,
            Severity.ERROR, "An HTML entity or backslash escape shown as written",
            "A translation pipeline that returns HTML or JSON leaves its escapes in the text: \"&quot;\", "
                    + "\"&#39;\", \"&amp;\" or a quotation mark after a backslash (\\\"). Readers see them as "
                    + "written. Markdown's own escapes and entities are read before the check, so only those "
                    + "escaped twice are reported there; entity names HTML does not define (\"&Co;\") are left alone. "
                    + "Fix (safe): the character the escape stands for.",
            Example.bad("El alcalde prometi\u00f3 un <marker>&quot;</marker>plan de choque\" para el puerto.",
                    "El alcalde prometi\u00f3 un \"plan de choque\" para el puerto.").in(null, "es"),
            Example.bad("Der Verband nannte das Urteil <marker>\\\"</marker>wegweisend\".",
                    "Der Verband nannte das Urteil \"wegweisend\".").in(null, "de"),
            Example.good("Procter & Gamble y AT&T; cotizan en Nueva York; la ruta C:\\datos queda igual.").in(null, "es"));

    static final RuleInfo LONE_MARK = RuleInfo.check(ID, "lone-mark", Category.PUNCTUATION, Severity.ERROR,
            "A paragraph that is nothing but a stop or comma",
            "A full stop, comma, colon or semicolon standing as a paragraph of its own belongs to no sentence: "
                    + "the translation moved the source's closing mark (Japanese and Chinese end a block with "
                    + "\"\u3002\") past a code block or onto a line of its own. An ellipsis, which can stand for "
                    + "omitted text, and marks in code are left alone. Fix (suggested): remove it.",
            Example.bad("Install the package first.\n\n<marker>.</marker>\n\nThen open the settings page.",
                    "Install the package first.\n\n\n\nThen open the settings page.").in(null, "en").asMarkdown(),
            Example.good("The list ends here.\n\n...\n\nThe rest was cut.").in(null, "en").asMarkdown());

    static final RuleInfo OPENING_ASTERISK = RuleInfo.check(ID, "opening-asterisk", Category.PUNCTUATION,
            Severity.WARNING, "A paragraph or heading opened by a stray asterisk",
            "In a text translated from a language that writes full-width marks (Japanese, Chinese), an asterisk "
                    + "glued to the first word of a paragraph or heading, that opens no emphasis and answers no "
                    + "asterisk after a word elsewhere in the document (\"Price*\"), marks nothing for the reader: "
                    + "it is how translation renders the reference mark \"\u203b\" (\"note\"). Footnotes whose mark appears in the text, and a chat's "
                    + "correction of one word (\"*freezer\"), are left alone. Fix (suggested): remove it.",
            Example.bad("<marker>*</marker>The settings file is created on the first run.",
                    "The settings file is created on the first run.").in("ja", "en").asMarkdown(),
            Example.good("Tickets cost 12 euros*.\n\n*Students pay half.").in("zh", "en").asMarkdown());

    private static final RuleInfo INFO = RuleInfo.family(ID, "Doubled, misplaced or stray punctuation",
            "Machine translation leaves doubled stops (\"38%. . current\"), a space before punctuation "
                    + "(\"operations\u201d .\", \"ready ,and\"), parentheses opened and never closed in their "
                    + "paragraph, and full stops that cut one sentence in two (\"operations. against "
                    + "Ukraine\", where the next word is a preposition or conjunction). Ellipses, abbreviations "
                    + "followed by a comma (\"etc.,\"), decimals, times and domain names stay clean.",
            List.of(Example.good("Apples, pears, etc., were sold... Then prices rose 3.5% at 10.30 on elDiario.es.").in(null, "en"),
                    Example.good("The U.S. and the U.K. signed it, i.e. both of them. Really?! Yes.").in(null, "en")),
            DOUBLED, CONFLICTING, SPACE_BEFORE_MARK, MOVED_SPACE, SPLITTING_STOP, UNCLOSED_PARENTHESIS,
            EMPTY_PARENTHESES, ESCAPE_SEQUENCE, LONE_MARK, OPENING_ASTERISK);

    public PunctuationRule(RuleEnvironment env) {
        super(INFO, env);
    }

    /** Doubled marks, unbalanced or empty brackets and escapes are wrong in every language. */
    @Override
    public boolean holdsInSourceText(io.mtlint.model.Finding finding) {
        String id = finding.ruleId();
        return id.equals(DOUBLED.id()) || id.equals(UNCLOSED_PARENTHESIS.id()) || id.equals(EMPTY_PARENTHESES.id())
                || id.equals(ESCAPE_SEQUENCE.id()) || id.equals(LONE_MARK.id());
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        if (loneMark(block, out)) {
            return;
        }
        // A source that writes full-width marks also writes the reference mark "\u203b" before notes; elsewhere an
        // asterisk opening a line is a footnote or disclaimer whose mark may sit on another page.
        if (io.mtlint.lang.Languages.writesFullWidthPunctuation(env.sourceFor(context.document()))) {
            openingAsterisk(block, context.document(), out);
        }
        List<EscapeSequences.Escape> escapes = EscapeSequences.in(text);
        doubled(block, escapes, out);
        stopsAroundClosingQuote(text, out);
        spaceBefore(block, out);
        unclosedParentheses(text, out);
        emptyParentheses(text, out);
        for (EscapeSequences.Escape e : escapes) {
            out.report(ESCAPE_SEQUENCE, e.start(), e.end(), "Escape \u201c" + text.substring(e.start(), e.end())
                            + "\u201d left in the text",
                    BlockFix.replace(e.start(), e.end(), e.meaning(), true, "write \u201c" + e.meaning() + "\u201d"));
        }
        for (LowercaseAfterStop.Break b : LowercaseAfterStop.of(env, context.document(), block)) {
            if (b.strayStop()) {
                out.report(SPLITTING_STOP, b.stop(), b.stop() + 1, "Stray full stop splits the sentence before \u201c"
                                + text.substring(b.wordStart(), b.wordEnd()) + "\u201d"
                                + (b.beforeReporting() ? ", which reports what precedes it" : ""),
                        b.beforeReporting()
                                ? BlockFix.replace(b.stop(), b.stop() + 1, ",", false, "a comma before the reporting clause")
                                : BlockFix.replace(b.stop(), b.stop() + 1, "", false, "remove the full stop"));
            }
        }
    }

    /** An asterisk glued to a block's first word, with no asterisk in the block or after a word elsewhere. */
    private static void openingAsterisk(ProseBlock block, io.mtlint.model.Document document, BlockReporter out) {
        String text = block.text();
        if (text.length() < 3 || text.charAt(0) != '*' || !Character.isLetter(text.codePointAt(1))
                || text.indexOf('*', 1) >= 0 || !block.isVerbatim(0, 1) || marksFootnotes(document)) {
            return;
        }
        // "*freezer": a chat's correction of the word it follows, not a mark opening a sentence.
        if (text.chars().filter(c -> c == ' ').count() < 2) {
            return;
        }
        out.report(OPENING_ASTERISK, 0, 1, "Stray asterisk before \u201c"
                        + text.substring(1, Math.min(text.length(), 1 + wordLength(text, 1))) + "\u201d: it marks nothing",
                BlockFix.replace(0, 1, "", false, "remove it"));
    }

    private static int wordLength(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Whether some block puts an asterisk after a word or figure ("Price*", "12*"): a footnote mark. */
    private static boolean marksFootnotes(io.mtlint.model.Document document) {
        return document.derived(PunctuationRule.class.getName() + ".footnote-marks", () -> {
            for (ProseBlock b : document.blocks()) {
                String t = b.text();
                for (int i = t.indexOf('*', 1); i >= 0; i = t.indexOf('*', i + 1)) {
                    if (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == ')') {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** A paragraph of one or two stops, commas, colons or semicolons and nothing else; not an ellipsis. */
    private static boolean loneMark(ProseBlock block, BlockReporter out) {
        String text = block.text();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String marks = text.substring(start, end);
        if (block.kind() != ProseBlock.Kind.PARAGRAPH || marks.isEmpty() || marks.length() > 2
                || !marks.chars().allMatch(c -> ".,;:\u3002\uff0e\uff0c".indexOf(c) >= 0) || marks.equals("..")
                || !block.isVerbatim(start, end)) {
            return false;
        }
        out.report(LONE_MARK, start, end, "\u201c" + marks + "\u201d stands alone as a paragraph",
                BlockFix.replace(start, end, "", false, "remove it"));
        return true;
    }

    private void doubled(ProseBlock block, List<EscapeSequences.Escape> escapes, BlockReporter out) {
        String text = block.text();
        SparseMatcher m = SparseMatcher.of(CLUSTER, block.text(), block.chars(), AT_CLUSTER);
        while (m.find()) {
            String cluster = m.group();
            int at = m.start();
            if (escapes.stream().anyMatch(e -> e.end() - 1 == at)) {
                continue; // the semicolon closes an entity ("&quot;."), reported as such
            }
            String marks = cluster.replaceAll("[ \\u00A0]", "");
            if (isAllowedCluster(text, m.start(), marks, cluster)) {
                continue;
            }
            char first = marks.charAt(0);
            boolean identical = marks.chars().allMatch(ch -> ch == first);
            if (identical) {
                out.report(DOUBLED, m.start(), m.end(), "Doubled punctuation \u201c" + cluster + "\u201d",
                        BlockFix.replace(m.start(), m.end(), String.valueOf(first), true, "keep one \u201c" + first + "\u201d"));
            } else {
                char last = marks.charAt(marks.length() - 1);
                out.report(CONFLICTING, m.start(), m.end(), "Conflicting punctuation \u201c" + cluster + "\u201d",
                        BlockFix.replace(m.start(), m.end(), String.valueOf(last), false, "keep \u201c" + last + "\u201d"),
                        BlockFix.replace(m.start(), m.end(), String.valueOf(first), false, "keep \u201c" + first + "\u201d"));
            }
        }
    }

    /**
     * A full stop before a closing quotation mark and another right after it ("finances.».", "point.”."); a stop
     * that ends an ellipsis inside the quotation may take a stop after it ("wait...”.").
     */
    private static void stopsAroundClosingQuote(String text, BlockReporter out) {
        Matcher m = STOPS_AROUND_QUOTE.matcher(text);
        while (m.find()) {
            String mark = m.group(1);
            out.report(DOUBLED, m.start(), m.end(), "Full stop both before and after \u201c" + mark + "\u201d",
                    BlockFix.replace(m.start(), m.end(), "." + mark, false, "keep the stop inside"),
                    BlockFix.replace(m.start(), m.end(), mark + ".", false, "keep the stop after the mark"));
        }
    }

    private boolean isAllowedCluster(String text, int start, String marks, String cluster) {
        if (ELLIPSIS.matcher(marks).matches() && (cluster.equals(marks) || SPACED_ELLIPSIS.matcher(cluster).matches())) {
            return true; // an ellipsis, "..." or ". . ."
        }
        if (CUT_SHORT.matcher(marks).matches()) {
            return true; // a list or a quotation cut short: "a, b, ...", "the ...?"
        }
        int end = start + cluster.length();
        if (marks.endsWith(".") && end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return true; // the stop belongs to what follows: ", .NET", ": .er"
        }
        if (Emoticons.startsAt(text, end - 1)) {
            return true; // "sorry. :(": the colon opens a face, not a list
        }
        if (EMPHATIC.matcher(marks).matches()) {
            return true; // "?!" and "!!" are emphatic, not errors of translation
        }
        if (closesInvertedMark(text, start, marks)) {
            return true; // "¿Vienes?, preguntó": the question ends, the sentence around it goes on
        }
        int last = start + cluster.stripTrailing().length() - 1;
        if (marks.length() == 2 && last > start && Emoticons.startsAt(text, last)) {
            return true; // a face after a sentence's own mark: "too bad. :("
        }
        // "etc.," / "U.S.:" : an abbreviation's stop followed by another mark; "(80., 1:1)": an ordinal's.
        return marks.length() == 2 && marks.charAt(0) == '.' && ",;:?!".indexOf(marks.charAt(1)) >= 0
                && (LowercaseAfterStop.endsWithAbbreviation(text, start, env.vocabulary()) || isOrdinalStop(text, start)
                || marks.charAt(1) == ',' && isShortCapitalisedNonWord(text, start));
    }

    /**
     * A question or exclamation opened with "¿" or "¡" inside a sentence closes with its own mark, and the sentence
     * then takes its comma, semicolon or colon ("¡Qué frío!, dijo"); a stop after it stays wrong.
     */
    private static boolean closesInvertedMark(String text, int start, String marks) {
        if (marks.length() != 2 || ",;:".indexOf(marks.charAt(1)) < 0) {
            return false;
        }
        char closing = marks.charAt(0);
        char opening = closing == '?' ? '\u00BF' : closing == '!' ? '\u00A1' : 0;
        if (opening == 0) {
            return false;
        }
        int open = text.lastIndexOf(opening, start);
        return open >= 0 && open > text.lastIndexOf(closing, start - 1);
    }

    /** Ordinals run to three digits ("der 125."); four are a year ("2020.,"), whose stop ends a sentence. */
    private static final int MAX_ORDINAL_DIGITS = 3;

    /** The stop of an ordinal or a date after digits, where the language writes them so ("in der 80., 1:1"). */
    private boolean isOrdinalStop(String text, int stop) {
        LanguageDescriptor.Numbers numbers = env.targetLanguage().numbers();
        int digits = 0;
        while (digits < stop && Character.isDigit(text.charAt(stop - 1 - digits))) {
            digits++;
        }
        return numbers != null && numbers.ordinalDot() && digits >= 1 && digits <= MAX_ORDINAL_DIGITS;
    }

    /**
     * A capitalised token of up to five letters, not all capitals ("MwSt.,"), before a stop and a comma, unknown to the dictionary in lowercase or
     * after a place and a comma: an abbreviation ("Calif.,", "Baton Rouge, La., announced"), for no sentence ends
     * before a comma.
     */
    private boolean isShortCapitalisedNonWord(String text, int stop) {
        int from = stop;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String token = text.substring(from, stop);
        if (token.length() < 2 || token.length() > 5 || !Character.isUpperCase(token.charAt(0))
                || token.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        // After a place and a comma it abbreviates a state or province ("Baton Rouge, La.,").
        boolean afterPlace = from >= 3 && text.startsWith(", ", from - 2) && Character.isLetter(text.charAt(from - 3));
        return afterPlace || !env.targetLexicon().knows(token.toLowerCase(java.util.Locale.ROOT));
    }

    private void spaceBefore(ProseBlock block, BlockReporter out) {
        String text = block.text();
        // French sets a space before ; : ! ? (see the French typography pack), never before a stop or a comma.
        boolean highMarksSpaced = env.targetLanguage().typography().spaceBeforeHighPunctuation();
        SparseMatcher m = SparseMatcher.of(SPACE_BEFORE, block.text(), block.chars(), BEFORE_MARK);
        while (m.find()) {
            int markAt = m.start(2);
            if (highMarksSpaced && text.charAt(markAt) != '.' && text.charAt(markAt) != ',') {
                continue;
            }
            if (markAt + 1 < text.length() && text.charAt(markAt) == '.'
                    && (text.charAt(markAt + 1) == '.' || text.startsWith(". . .", markAt)
                    || Character.isLetterOrDigit(text.charAt(markAt + 1)))) {
                continue; // an ellipsis after a space (" ...", " . . ."), or a name starting with a stop: ".NET"
            }
            if (Emoticons.startsAt(text, markAt)) { // ":)" keeps the space before it, as a word does
                continue;
            }
            out.report(SPACE_BEFORE_MARK, m.start(1), m.end(2), "Space before \u201c" + m.group(2) + "\u201d",
                    BlockFix.replace(m.start(1), m.end(1), "", true, "remove the space"));
        }
        m = SparseMatcher.of(SPACE_MOVED, block.text(), block.chars(), BEFORE_COMMA);
        while (m.find()) {
            String mark = m.group(2);
            if (highMarksSpaced && !mark.equals(",")) {
                continue;
            }
            out.report(MOVED_SPACE, m.start(1), m.end(2), "Space before \u201c" + mark + "\u201d instead of after it",
                    BlockFix.replace(m.start(1), m.end(2), mark + " ", true, "write \u201c" + mark + " \u201d"));
        }
    }

    /**
     * "()" after a space, with the space before it removed by the fix; "print()" is a call, and "( )" with a space
     * inside is a user interface's drawing of a button or box.
     */
    private static void emptyParentheses(String text, BlockReporter out) {
        for (int at = text.indexOf("()"); at >= 0; at = text.indexOf("()", at + 2)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                continue;
            }
            int from = at;
            while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\u00a0')) {
                from--;
            }
            boolean followedByWordOrEnd = at + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 2));
            BlockFix fix = from > 0 && followedByWordOrEnd
                    ? BlockFix.replace(from, at + 2, "", false, "remove the empty parentheses")
                    : BlockFix.replace(at, at + 2, "", false, "remove the empty parentheses");
            out.report(EMPTY_PARENTHESES, at, at + 2, "Empty parentheses: what stood in them was lost", fix);
        }
    }

    /**
     * A parenthesis opened and never closed in its paragraph ("(especially for food ; and energy."): translation
     * dropped the closing one. Closing parentheses without an opening one are left alone, since enumerations
     * write "a)" and "1)".
     */
    private static void unclosedParentheses(String text, BlockReporter out) {
        int open = text.indexOf('(');
        if (open < 0) {
            return;
        }
        String end = text.stripTrailing();
        if (end.endsWith("...") || end.endsWith("\u2026")) {
            return; // a paragraph that trails off may have been cut, closing parenthesis and all
        }
        java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                opened.push(i);
            } else if (c == ')' && !opened.isEmpty()) {
                opened.pop();
            }
        }
        for (int at : opened) {
            if (!isNotAnAside(text, at)) {
                out.report(UNCLOSED_PARENTHESIS, at, at + 1, "Parenthesis opened here is never closed in this paragraph");
            }
        }
    }

    /**
     * ":(", "(;" and "((" are faces, "Some(Text" code or a formula: none opens a parenthetical remark.
     */
    private static boolean isNotAnAside(String text, int at) {
        return Emoticons.mirroredStartsAt(text, at) || Emoticons.bracketFrownAt(text, at) || at > 0 && (text.charAt(at - 1) == ':' || text.charAt(at - 1) == ';'
                || Character.isLetterOrDigit(text.charAt(at - 1)));
    }
}
