package io.mtlint.detectors.numbers;

import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.text.Words;
import io.mtlint.text.search.SparseMatcher;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.languagetool.Lexicon;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Number formats of the source language left in an English text: a dot grouping thousands ("1.500 soldiers"), a
 * decimal comma ("3,5 %"), a space before the percent sign ("38 %"), and "thousand million" for Spanish "mil
 * millones". Only runs when the source language writes numbers that way.
 */
public final class NumberFormatRule extends EnvironmentRule {
    public static final String ID = "mt.number-format";

    // Patterns start with a character they consume or a cheap lookahead: a leading lookbehind would be tried
    // at every position of every block.
    private static final Pattern SPACE_THOUSANDS = Pattern.compile(
            "(?=\\d)(?<![\\d.,\\u00A0\\u202F])(?<!\\d )\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d]|[.,]\\d)");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("(?=\\d)(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?![\\d]|[.,]\\d)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(?=\\d)(?<![\\d.,])(\\d+),(\\d{1,2})(?![\\d]|,\\d)(?:[ \\u00A0\\u202F]?(%))?");
    private static final Pattern SPACE_PERCENT = Pattern.compile("(?=[ \\u00A0\\u202F]%)(?<=\\d)([ \\u00A0\\u202F])(%)");
    private static final Pattern THOUSAND_MILLION = Pattern.compile("(?i)\\bthousand millions?\\b");
    /** Day.month.year, as German, Russian or Polish write it ("12.07.2024"); English never dots a date. */
    private static final Pattern DOTTED_DATE = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d.,])(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.((?:1[89]|20)\\d{2})(?!\\d|[.,]\\d)");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    // Start tests are built once: each holds a table of its characters.
    private static final SparseMatcher.StartTest SPACE_BEFORE_PERCENT = SparseMatcher.beforeAnyOf(" \u00A0\u202F", "%");
    private static final SparseMatcher.StartTest AT_T = SparseMatcher.anyOf("tT");
    /** A day of one or two digits and its dot: "1." or "12.". */
    private static final SparseMatcher.StartTest DAY_AND_DOT = SparseMatcher.startingWith("0123456789",
            (text, i) -> (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && (i + 1 < text.length() && text.charAt(i + 1) == '.'
                        || i + 2 < text.length() && text.charAt(i + 2) == '.' && Character.isDigit(text.charAt(i + 1))));
    /** Measurement units after which a dot is a decimal point ("1.250 mm"). */
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "mg", "g", "kg", "t", "ml", "l", "s", "ms",
            "h", "min", "kW", "MW", "GW", "kWh", "MWh", "Hz", "kHz", "MHz", "GHz", "V", "A", "W", "bar", "psi", "ppm");
    private static final Set<String> MAGNITUDES = Set.of("million", "millions", "billion", "billions", "thousand",
            "percent", "per");

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.NUMBER_FORMAT, Severity.WARNING,
            "Source-language number format",
            "Spanish, French, German and most continental languages group thousands with a dot and write "
                    + "decimals with a comma, and set a space before %. In English \"1.500 soldiers\" reads as one "
                    + "and a half soldiers. Flags a dot-grouped number followed by a plural noun, a currency or "
                    + "another group; a decimal comma; a space before the percent sign; and \"thousand million\" "
                    + "(Spanish \"mil millones\" is a billion), and a date written day.month.year (\"12.07.2024\"). "
                    + "Years, versions, IP addresses, times and scores stay clean.",
            Example.bad("The army sent <marker>1.500</marker> soldiers to the border.",
                    "The army sent 1,500 soldiers to the border.").in("es", "en"),
            Example.bad("Inflation rose to <marker>3,5 %</marker> in March.", "Inflation rose to 3.5% in March.").in("es", "en"),
            Example.bad("The bank expects growth of <marker>1,8</marker> points.", "The bank expects growth of 1.8 points.").in("es", "en"),
            Example.bad("Support fell to 38<marker> %</marker> this year.", "Support fell to 38% this year.").in("es", "en"),
            Example.bad("The vote took place on <marker>03.11.2024</marker> in Berlin.",
                    "The vote took place on 3 November 2024 in Berlin.").in("de", "en"),
            Example.good("In 2023, version 2.1.3 ran on 192.168.1.20 at 10.30; the score was 3-1 and 1,500 came.").in("es", "en"),
            Example.good("The yield was 4.125% and the rod measured 1.250 mm; lists such as 1,2,3 are fine.").in("es", "en"));

    public NumberFormatRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String source = env.sourceFor(context.document());
        LanguageDescriptor.Numbers from = source == null ? null : Languages.of(source).numbers();
        if (from == null || from.decimal() != ',' || !env.targetBase().equals("en")) {
            return;
        }
        String text = block.text();
        Lexicon target = env.targetLexicon();
        boolean documentGroupsWithDots = documentGroupsThousandsWithDots(context, target);
        SparseMatcher m = SparseMatcher.of(DOT_THOUSANDS, block.text(), block.chars(), SparseMatcher.NUMBER);
        while (m.find()) {
            String number = m.group();
            if (isDotThousands(text, m.end(), number, target)
                    || documentGroupsWithDots && !isFollowedByPercentOrUnit(text, m.end())) {
                String english = number.replace('.', ',');
                out.report(m.start(), m.end(), "\u201c" + number + "\u201d groups thousands with a dot; English writes "
                        + english, BlockFix.replace(m.start(), m.end(), english, false, "write " + english));
            }
        }
        if (from.groupsWith(' ')) {
            m = SparseMatcher.of(SPACE_THOUSANDS, block.text(), block.chars(), SparseMatcher.NUMBER);
            while (m.find()) {
                String number = m.group();
                boolean noBreak = number.indexOf('\u00A0') >= 0 || number.indexOf('\u202F') >= 0;
                if (noBreak || isDotThousands(text, m.end(), number, target)) {
                    String english = number.replaceAll("[ \\u00A0\\u202F]", ",");
                    out.report(m.start(), m.end(), "\u201c" + number + "\u201d groups thousands with a space; English writes "
                            + english, BlockFix.replace(m.start(), m.end(), english, false, "write " + english));
                }
            }
        }
        m = SparseMatcher.of(DECIMAL_COMMA, block.text(), block.chars(), SparseMatcher.NUMBER);
        java.util.Set<Integer> percentSpaces = new java.util.HashSet<>();
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                continue;
            }
            String english = m.group(1) + "." + m.group(2) + (m.group(3) != null ? "%" : "");
            if (m.group(3) != null) {
                percentSpaces.add(m.start(3));
            }
            out.report(m.start(), m.end(), "\u201c" + m.group() + "\u201d uses a decimal comma; English writes " + english,
                    BlockFix.replace(m.start(), m.end(), english, false, "write " + english));
        }
        m = SparseMatcher.of(SPACE_PERCENT, block.text(), block.chars(), SPACE_BEFORE_PERCENT);
        while (m.find()) {
            if (percentSpaces.contains(m.start(2))) {
                continue; // reported with its decimal comma: "38,5 %" is one artefact
            }
            out.report(m.start(1), m.end(2), "Space before the percent sign",
                    BlockFix.replace(m.start(1), m.end(1), "", true, "remove the space"));
        }
        m = SparseMatcher.of(DOTTED_DATE, block.text(), block.chars(), DAY_AND_DOT);
        while (m.find()) {
            String english = Integer.parseInt(m.group(1)) + " " + MONTHS.get(Integer.parseInt(m.group(2)) - 1) + " "
                    + m.group(3);
            out.report(m.start(), m.end(), "\u201c" + m.group() + "\u201d writes the date day.month.year; English writes "
                    + english, BlockFix.replace(m.start(), m.end(), english, false, "write " + english));
        }
        m = SparseMatcher.of(THOUSAND_MILLION, block.text(), block.chars(), AT_T);
        while (m.find()) {
            out.report(m.start(), m.end(), "\u201c" + m.group() + "\u201d calques Spanish \u201cmil millones\u201d: "
                    + "English says \u201cbillion\u201d", BlockFix.replace(m.start(), m.end(), "billion", false, "billion"));
        }
    }

    /**
     * Once a document proves it groups thousands with dots ("150.000 participants"), its other dot-grouped
     * numbers ("reduced it to 22.000.") are read the same way.
     */
    private static boolean documentGroupsThousandsWithDots(DocumentContext context, Lexicon target) {
        return context.document().derived(NumberFormatRule.class.getName() + "|" + target.languageCode(), () -> {
            for (ProseBlock b : context.document().blocks()) {
                SparseMatcher m = SparseMatcher.of(DOT_THOUSANDS, b.text(), b.chars(), SparseMatcher.NUMBER);
                while (m.find()) {
                    if (isDotThousands(b.text(), m.end(), m.group(), target)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private static boolean joinedBySpace(String text, Words.Word a, Words.Word b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    private static boolean isFollowedByPercentOrUnit(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && "%\u2030\u00b0".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        List<Words.Word> next = Words.of(text, i, Math.min(text.length(), i + 12));
        return !next.isEmpty() && next.get(0).start() == i && UNITS.contains(next.get(0).text());
    }

    /**
     * "1.500" is one and a half in English, so the dot only proves a thousands group when the number cannot be a
     * decimal: two groups or more, a currency before it, or a plural noun or magnitude after it.
     */
    private static boolean isDotThousands(String text, int end, String number, Lexicon target) {
        String[] groups = number.split("\\.");
        if (groups.length >= 4) {
            return false; // an IP address shape
        }
        if (groups.length >= 2 && number.chars().filter(ch -> ch == '.').count() >= 2) {
            return true;
        }
        int start = end - number.length();
        if (start > 0 && "\u20ac$\u00a3".indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        if (end < text.length() && "%\u2030".indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        List<Words.Word> next = Words.of(text, end, Math.min(text.length(), end + 60));
        if (next.isEmpty() || next.get(0).start() != end + 1 || text.charAt(end) != ' ') {
            return false;
        }
        String word = next.get(0).text();
        if (MAGNITUDES.contains(word.toLowerCase(java.util.Locale.ROOT)) || word.equals("euros") || word.equals("dollars")) {
            return true;
        }
        // A plural noun within the next few words counts what the number counts: "1.500 new agents".
        for (int k = 0; k < Math.min(3, next.size()); k++) {
            if (k > 0 && !joinedBySpace(text, next.get(k - 1), next.get(k))) {
                break;
            }
            Set<String> tags = target.lookup(next.get(k).text()).tags();
            if (tags.contains("NNS")) {
                return true;
            }
            if (!(tags.contains("JJ") || tags.contains("NN") || tags.contains("VBG") || tags.contains("VBN"))) {
                break;
            }
        }
        return false;
    }
}
