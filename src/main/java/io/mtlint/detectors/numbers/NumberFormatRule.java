package io.mtlint.detectors.numbers;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.LanguageDescriptor.Numbers;
import io.mtlint.lang.Languages;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;
import io.mtlint.text.search.Alternatives;
import io.mtlint.text.search.SparseMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in the source language's conventions where the target's differ, read from the two languages'
 * descriptors. Into a language with a decimal point (English) from one with a decimal comma: a dot grouping
 * thousands ("1.500 soldiers"), a space grouping them, a decimal comma ("3,5 %"), a space before the percent
 * sign, a dotted date and a calqued magnitude. Into a language with a decimal comma from one with a decimal
 * point: a decimal point before a unit or the percent sign ("7.4 %") and a comma grouping thousands ("2,400").
 */
public final class NumberFormatRule extends EnvironmentRule {
    public static final String ID = "mt.number-format";

    // Patterns start with a character they consume or a cheap lookahead: a leading lookbehind would be tried
    // at every position of every block.
    private static final Pattern SPACE_THOUSANDS = Pattern.compile(
            "(?=\\d)(?<![\\d.,\\u00A0\\u202F])(?<!\\d )\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d]|[.,]\\d)");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("(?=\\d)(?<![\\d.,])(?!0\\.)\\d{1,3}(?:\\.\\d{3})+(?![\\d]|[.,]\\d)");
    /** A first group of 1 to 3 digits that is not a lone zero ("0,781" is a decimal), then comma-separated triples. */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("(?=\\d)(?<![\\d.,])(?!0,)\\d{1,3}(?:,\\d{3})+(?![\\d]|[.,]\\d)");
    /** A figure in full English marks, comma-grouped with a decimal point ("21,000.50"): no reading as continental. */
    private static final Pattern ENGLISH_MARKS = Pattern.compile("(?=\\d)(?<![\\d.,])\\d{1,3}(?:,\\d{3})+\\.\\d+(?![\\d]|[.,]\\d)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(?=\\d)(?<![\\d.,])(\\d+),(\\d{1,2})(?![\\d]|,\\d)(?:[ \\u00A0\\u202F]?(%))?");
    private static final Pattern PER_CENT = Pattern.compile(" (?:per ?cent|percent)\\b");
    private static final Pattern SPACE_PERCENT = Pattern.compile("(?=[ \\u00A0\\u202F]%)(?<=\\d)([ \\u00A0\\u202F])(%)");
    /** Day.month.year, as German, Russian or Polish write it ("12.07.2024"). */
    private static final Pattern DOTTED_DATE = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d.,])(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.((?:1[89]|20)\\d{2})(?!\\d|[.,]\\d)");
    // Start tests are built once: each holds a table of its characters.
    private static final SparseMatcher.StartTest SPACE_BEFORE_PERCENT = SparseMatcher.beforeAnyOf(" \u00A0\u202F", "%");
    /** A day of one or two digits and its dot: "1." or "12.". */
    private static final SparseMatcher.StartTest DAY_AND_DOT = SparseMatcher.startingWith("0123456789",
            (text, i) -> (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && (i + 1 < text.length() && text.charAt(i + 1) == '.'
                        || i + 2 < text.length() && text.charAt(i + 2) == '.' && Character.isDigit(text.charAt(i + 1))));
    /** Measurement units after which a dot is a decimal point ("1.250 mm"), in every language. */
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "mg", "g", "kg", "t", "ml", "l", "s", "ms",
            "h", "min", "kW", "MW", "GW", "kWh", "MWh", "Hz", "kHz", "MHz", "GHz", "V", "A", "W", "bar", "psi", "ppm");
    private static final List<String> FORMER_DECIMAL_POINT = List.of("en-es.decimal-point", "en-fr.decimal-point",
            "en-de.decimal-point", "en-it.decimal-point", "en-pt.decimal-point", "en-ca.decimal-point");
    private static final List<String> FORMER_THOUSANDS_COMMA = List.of("en-es.thousands-comma",
            "en-fr.thousands-comma", "en-de.thousands-comma", "en-it.thousands-comma", "en-pt.thousands-comma",
            "en-ca.thousands-comma");

    static final RuleInfo DOT_THOUSANDS_CHECK = RuleInfo.check(ID, "dot-thousands", Category.NUMBER_FORMAT,
            Severity.WARNING, "A dot grouping thousands in a language with a decimal point",
            "Spanish, German and most continental languages group thousands with a dot; in English \"1.500 "
                    + "soldiers\" reads as one and a half. Flagged where the figure cannot be a decimal: two groups, "
                    + "a currency before it, or a plural noun or magnitude after it (and then every dot-grouped "
                    + "figure of the document). Years, versions, IP addresses and times stay clean. With no source "
                    + "named or detected, only a figure that cannot be a decimal itself is flagged, and a decimal comma "
                    + "only in a percentage.",
            Example.bad("The army sent <marker>1.500</marker> soldiers to the border.",
                    "The army sent 1,500 soldiers to the border.").in("es", "en"));
    static final RuleInfo SPACE_THOUSANDS_CHECK = RuleInfo.check(ID, "space-thousands", Category.NUMBER_FORMAT,
            Severity.WARNING, "A space grouping thousands in a language that never groups with one",
            "French, Russian and Polish group thousands with a (no-break) space: \"45 000 people\"; English never "
                    + "does, whatever the source. Flagged when the space is a no-break one or the figure counts a noun.",
            Example.bad("About <marker>45\u00a0000</marker> people marched.", "About 45,000 people marched.").in("fr", "en"));
    static final RuleInfo DECIMAL_COMMA_CHECK = RuleInfo.check(ID, "decimal-comma", Category.NUMBER_FORMAT,
            Severity.WARNING, "A decimal comma in a language with a decimal point",
            "\"3,5 %\" for 3.5%: the source's decimal comma survives translation. Lists such as 1,2,3 stay clean.",
            Example.bad("Inflation rose to <marker>3,5 %</marker> in March.", "Inflation rose to 3.5% in March.").in("es", "en"),
            Example.bad("The bank expects growth of <marker>1,8</marker> points.", "The bank expects growth of 1.8 points.").in("es", "en"),
            Example.good("The yield was 4.125% and the rod measured 1.250 mm; lists such as 1,2,3 are fine.").in("es", "en"));
    static final RuleInfo SPACE_PERCENT_CHECK = RuleInfo.check(ID, "space-percent", Category.NUMBER_FORMAT,
            Severity.WARNING, "A space before the percent sign",
            "Continental languages set a space before %; English does not. Fix (safe): remove the space.",
            Example.bad("Support fell to 38<marker> %</marker> this year.", "Support fell to 38% this year.").in("es", "en"));
    static final RuleInfo DOTTED_DATE_CHECK = RuleInfo.check(ID, "dotted-date", Category.NUMBER_FORMAT,
            Severity.WARNING, "A date written day.month.year",
            "German, Russian or Polish write \"12.07.2024\"; a language that never dots a date names the month.",
            Example.bad("The vote took place on <marker>03.11.2024</marker> in Berlin.",
                    "The vote took place on 3 November 2024 in Berlin.").in("de", "en-GB"),
            Example.good("In 2023, version 2.1.3 ran on 192.168.1.20 at 10.30; the score was 3-1 and 1,500 came.").in("es", "en"));
    static final RuleInfo CALQUED_MAGNITUDE_CHECK = RuleInfo.check(ID, "calqued-magnitude", Category.NUMBER_FORMAT,
            Severity.WARNING, "A magnitude translated word for word",
            "Spanish \"mil millones\" is a billion; word for word it becomes \"thousand million\". The other way, "
                    + "English \"trillion\" is Spanish \"billón\", and \"trillones\" (a million million million) is "
                    + "its false friend. The magnitudes are each target's descriptor data (numbers.calqued-magnitudes).",
            Example.bad("The plan costs 5 <marker>thousand million</marker> euros.",
                    "The plan costs 5 billion euros.").in("es", "en"),
            Example.bad("La deuda del país supera los 2,3 <marker>trillones</marker> de dólares.",
                    "La deuda del país supera los 2,3 billones de dólares.").in("en", "es"));
    static final RuleInfo DECIMAL_POINT_CHECK = new RuleInfo(ID + ".decimal-point", Category.NUMBER_FORMAT,
            Severity.WARNING, "A decimal point in a language with a decimal comma",
            "French, Spanish, German, Italian, Portuguese and Catalan write decimals with a comma (3,5 %); English's "
                    + "decimal point survives translation. Flagged before the percent sign or a word that shows a "
                    + "quantity (a unit, a currency, a magnitude), so that versions and times stay clean.",
            List.of(Example.bad("Le chômage atteint <marker>7.4</marker> % en mars.", "Le chômage atteint 7,4 % en mars.").in("en", "fr"),
                    Example.bad("Le fleuve a monté de <marker>2.5</marker> mètres en deux jours.").in("en", "fr"),
                    Example.good("Le chômage atteint 7,4 % ; la version 2.1 est sortie à 10.30.").in("en", "fr"),
                    Example.bad("La inflación subió al <marker>3.5</marker> % en marzo.", "La inflación subió al 3,5 % en marzo.").in("en", "es"),
                    Example.bad("La central aportará <marker>3.5</marker> gigavatios a la red.").in("en", "es"),
                    Example.good("La inflación subió al 3,5 % en 2023; la versión 2.1 salió a las 10.30.").in("en", "es"),
                    Example.bad("Die Inflation stieg auf <marker>2.9</marker> Prozent.", "Die Inflation stieg auf 2,9 Prozent.").in("en", "de"),
                    Example.bad("Das Kraftwerk liefert <marker>1.2</marker> Gigawatt.").in("en", "de"),
                    Example.good("Die Inflation stieg auf 2,9 Prozent; Version 2.1 erschien.").in("en", "de"),
                    Example.bad("L'inflazione è salita al <marker>3.5</marker>% a marzo.", "L'inflazione è salita al 3,5% a marzo.").in("en", "it"),
                    Example.bad("La centrale fornirà <marker>1.2</marker> gigawatt alla rete.").in("en", "it"),
                    Example.good("L'inflazione è salita al 3,5% nel 2023; la versione 2.1 è uscita alle 10.30.").in("en", "it"),
                    Example.bad("A inflação subiu para <marker>3.5</marker>% em março.", "A inflação subiu para 3,5% em março.").in("en", "pt"),
                    Example.bad("A barragem vai produzir <marker>2.4</marker> gigawatts.").in("en", "pt"),
                    Example.good("A inflação subiu para 3,5% em 2023; a versão 2.1 saiu às 10.30.").in("en", "pt"),
                    Example.bad("La inflació va pujar al <marker>3.5</marker> % al març.", "La inflació va pujar al 3,5 % al març.").in("en", "ca"),
                    Example.bad("La central aportarà <marker>3.5</marker> gigawatts a la xarxa.").in("en", "ca"),
                    Example.good("La inflació va pujar al 3,5 % el 2023; la versió 2.1 va sortir a les 10.30.").in("en", "ca")),
            "built-in", FORMER_DECIMAL_POINT);
    static final RuleInfo THOUSANDS_COMMA_CHECK = new RuleInfo(ID + ".thousands-comma", Category.NUMBER_FORMAT,
            Severity.WARNING, "A comma grouping thousands in a language with a decimal comma",
            "In French, Spanish, German, Italian, Portuguese and Catalan \"1,500\" reads as one and a half; English's "
                    + "thousands comma survives translation. Fix (suggested): the target's grouping.",
            List.of(Example.bad("Près de <marker>2,400</marker> soldats sont arrivés.").in("en", "fr"),
                    Example.good("Près de 2\u202f400 soldats sont arrivés\u00a0; 2,5 % sont repartis.").in("en", "fr"),
                    Example.bad("Llegaron <marker>1,500</marker> soldados a la frontera.").in("en", "es"),
                    Example.bad("La onza osciló entre <marker>2,310-2,365</marker> dólares en la semana.",
                            "La onza osciló entre 2.310-2.365 dólares en la semana.").in("en", "es"),
                    Example.bad("El ayuntamiento pagó <marker>48,250.75</marker> euros por la reforma.",
                            "El ayuntamiento pagó 48.250,75 euros por la reforma.").in("en", "es"),
                    Example.good("Llegaron 1500 soldados; el 2,5 % restante no, y el índice bajó de 0,781 a 0,757.").in("en", "es"),
                    Example.bad("Rund <marker>3,200</marker> Soldaten wurden verlegt.").in("en", "de"),
                    Example.good("Rund 3.200 Soldaten wurden verlegt; 2,5 Prozent blieben.").in("en", "de"),
                    Example.bad("Sono arrivati <marker>1,500</marker> soldati al confine.").in("en", "it"),
                    Example.good("Sono arrivati 1.500 soldati; il restante 2,5% no.").in("en", "it"),
                    Example.bad("Chegaram <marker>1,500</marker> soldados à fronteira.").in("en", "pt"),
                    Example.good("Chegaram 1500 soldados; os restantes 2,5% não.").in("en", "pt"),
                    Example.bad("Van arribar <marker>1,450</marker> soldats a la frontera.").in("en", "ca"),
                    Example.good("Van arribar 1.450 soldats; el 2,5 % restant no.").in("en", "ca")),
            "built-in", FORMER_THOUSANDS_COMMA);

    static final RuleInfo CURRENCY_BEFORE_CHECK = RuleInfo.check(ID, "currency-before", Category.NUMBER_FORMAT,
            Severity.WARNING, "A currency sign before the amount in a language that writes it after",
            "Spanish, French, German, Italian and Portuguese write \"25.000 $\" or \"25 €\"; machine translation from "
                    + "English keeps \"$25.000\" and \"€5\", and so does translation from another language through an "
                    + "English pivot (\"über $7500\" from French). Read in a translation from any given source; where "
                    + "the sign goes is each language's descriptor data. Fix (suggested): the sign after the amount.",
            Example.bad("El bitcoin superó los <marker>$25.000</marker> el martes.",
                    "El bitcoin superó los 25.000\u00a0$ el martes.").in("en", "es"),
            Example.bad("La acción cerró en <marker>$1,250.75</marker> tras la junta.",
                    "La acción cerró en 1.250,75\u00a0$ tras la junta.").in("en", "es"),
            Example.bad("Der Kurs stieg auf über <marker>$7500</marker> am Montag.").in("fr", "de"),
            Example.good("El bitcoin superó los 25.000 dólares; el euro, 1,08 $.").in("en", "es"));
    static final RuleInfo CURRENCY_AFTER_CHECK = RuleInfo.check(ID, "currency-after", Category.NUMBER_FORMAT,
            Severity.WARNING, "A currency sign after the amount in a language that writes it before",
            "Spanish, French, German, Italian, Catalan, Russian and Ukrainian write \"15 €\" and \"3.000 $\"; "
                    + "machine translation into English keeps the order, where English writes \"€15\" and "
                    + "\"$3,000\". Where the sign goes is each language's descriptor data; any source, or none. Fix "
                    + "(suggested): the sign before the amount, with the figure in the source's marks converted.",
            Example.bad("A monthly pass costs <marker>49 \u20ac</marker> from January.",
                    "A monthly pass costs \u20ac49 from January.").in("es", "en"),
            Example.bad("The fine was raised to <marker>1.500\u20ac</marker> per offence.",
                    "The fine was raised to \u20ac1,500 per offence.").in("fr", "en"),
            Example.good("A monthly pass costs \u20ac49, or 49 euros, from January.").in("es", "en"));
    static final RuleInfo CURRENCY_SPACE_CHECK = RuleInfo.check(ID, "currency-space", Category.NUMBER_FORMAT,
            Severity.WARNING, "A space between a leading currency sign and the amount",
            "English writes \"R$0.07\", \"US$80\", \"€5\"; machine translation splits the sign (\"R $ 0.07\") or "
                    + "spaces a bare symbol from its amount (\"$ 5\"). A whole lettered sign followed by a space "
                    + "(\"R$ 0.50\") is a form English-language papers print too and stays clean. Fix (safe): remove "
                    + "the spaces.",
            Example.bad("Petrol rose by <marker>R $ </marker>0.07 a litre.", "Petrol rose by R$0.07 a litre.").in("pt", "en"),
            Example.bad("Bread costs <marker>$ </marker>3 a loaf.", "Bread costs $3 a loaf.").in("pt", "en"),
            Example.good("Petrol rose by R$0.07 a litre and US$80 a barrel; diesel by R$ 0.20.").in("pt", "en"));

    static final RuleInfo DIGITS_THOUSAND_WORD_CHECK = new RuleInfo(ID + ".digits-thousand-word",
            Category.NUMBER_FORMAT, Severity.WARNING, "Digits followed by the word for thousand (\"76 mille\")",
            "Portuguese \"76 mil dólares\", Spanish \"30 mil personas\", Italian \"30 mila persone\" and Russian "
                    + "\"30 тысяч\" put the word for thousand after the digits; machine translation into French or "
                    + "German keeps the order (\"76 mille dollars\", \"30 tausend Menschen\"). Their news writes the "
                    + "figure in digits or the number in words, not the two mixed. The words are each language's "
                    + "descriptor data (numbers.thousand-words). Fix (suggested): the digits.",
            List.of(Example.bad("Le cours est retombé sous les <marker>64 mille</marker> dollars dans la nuit.",
                            "Le cours est retombé sous les 64\u202f000 dollars dans la nuit.").in(null, "fr"),
                    Example.good("Près de 64\u202f000 manifestants, soixante-quatre mille selon la police ; le voilier "
                            + "a parcouru 2 milles marins.").in(null, "fr"),
                    Example.bad("Rund <marker>30 tausend</marker> Menschen zogen durch die Stadt.",
                            "Rund 30.000 Menschen zogen durch die Stadt.").in(null, "de"),
                    Example.good("Rund 30.000 Menschen, dreißigtausend nach Angaben der Polizei, und Tausende "
                            + "Schaulustige.").in(null, "de")),
            "built-in", List.of("fr.digits-mille", "de.digits-tausend"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Source-language number format",
            "Numbers written in the source language's conventions where the target's differ, read from the two "
                    + "languages' descriptors: grouping and decimal marks, the space before %, dotted dates and "
                    + "calqued magnitudes, digits before the word for thousand, the American month-first date and 12-hour clock. Fixes are suggestions, except removing a space before %.",
            List.of(),
            DOT_THOUSANDS_CHECK, SPACE_THOUSANDS_CHECK, DECIMAL_COMMA_CHECK, SPACE_PERCENT_CHECK, DOTTED_DATE_CHECK,
            CALQUED_MAGNITUDE_CHECK, DECIMAL_POINT_CHECK, THOUSANDS_COMMA_CHECK, CURRENCY_BEFORE_CHECK, CURRENCY_AFTER_CHECK,
            CURRENCY_SPACE_CHECK, DIGITS_THOUSAND_WORD_CHECK, DateAndClockOrder.MONTH_FIRST_CHECK,
            DateAndClockOrder.TWELVE_HOUR_CHECK);

    /** A leading currency sign and the amount after it, with any spaces between. */
    private static final Pattern LEADING_SIGN = Pattern.compile(
            "(?<![\\p{L}\\d])((?:US|R|A|C|NZ|HK|MX)?(?: ?)\\$|[€£¥])([ \\u00A0]*)(\\d(?:[\\d.,]*\\d)?)(?![\\d])");

    /** The currency signs written after a figure. */
    private static final String TRAILING_SIGNS = "€£¥$₽₴";
    private static final char[] TRAILING_SIGN_CHARS = TRAILING_SIGNS.toCharArray();
    /** A figure, then perhaps one space, then a currency symbol standing alone ("15 €", "3.000$", "2 500 €"). */
    private static final Pattern TRAILING_SIGN = Pattern.compile(
            "(?<![\\p{L}\\d.,]|\\d[ \\u00A0\\u202F])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d{1,2})?|\\d(?:[\\d.,]*\\d)?)"
                    + "([ \\u00A0\\u202F]?)([" + TRAILING_SIGNS + "])(?![\\p{L}\\d$])");

    /** An amount in continental marks: digits grouped by dots or spaces, then perhaps a decimal comma and decimals. */
    private static final Pattern CONTINENTAL_AMOUNT = Pattern.compile("(\\d{1,3}(?:[. \\u00A0\\u202F]\\d{3})+|\\d+)(?:,(\\d{1,2}))?");

    /** An amount in English marks: comma-grouped or plain digits, then perhaps a decimal point and decimals. */
    private static final Pattern ENGLISH_AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?");

    /** Per target language: the decimal point before the percent sign or a quantity word. */
    private final Map<String, Pattern> decimalPoints = new ConcurrentHashMap<>();
    private final Map<String, Pattern> digitsThousandWords = new ConcurrentHashMap<>();
    private final Map<String, Pattern> calquedMagnitudes = new ConcurrentHashMap<>();
    private final Map<String, SparseMatcher.StartTest> calquedMagnitudeStarts = new ConcurrentHashMap<>();

    public NumberFormatRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String source = env.sourceFor(context.document());
        Numbers from = source == null ? null : Languages.of(source).numbers();
        LanguageDescriptor target = env.targetLanguage();
        Numbers to = target.numbers();
        if (to == null) {
            return;
        }
        digitsThousandWord(block, target, out);
        DateAndClockOrder.check(block, target, out);
        List<int[]> amounts = currencyAfter(block, from, target, out);
        if (from != null) {
            amounts.addAll(currencySigns(block, from, target, out));
        }
        // Languages that group with a dot accept a space too (the RAE and DIN 5008 recommend it for long figures).
        if (to.groupsWith(',') && !to.groupsWith(' ')) {
            spaceThousands(block, target, amounts, out);
        }
        if (source == null) {
            // No source named or detected: "1.500 soldiers" and "3,5 %" are wrong in a point language whatever
            // the source, and most sources write them so; a point in a comma language may be a region's own. Only
            // the figure itself is evidence then, not the document's other figures, spaces or dates.
            if (to.decimal() == '.') {
                decimalCommaSource(block, context, target, amounts, out, false);
            }
            return;
        }
        if (from == null || from.decimal() == to.decimal()) {
            return; // a source whose descriptor has no number conventions, or the target's own
        }
        // Decimal marks part the scales too: the comma languages of Europe count long ("Trillion" is a million
        // million million, as "trillón" is), the point languages short ("trillion" is a "billón").
        calquedMagnitudes(block, target, out);
        if (from.decimal() == ',' && to.decimal() == '.') {
            decimalCommaSource(block, context, target, amounts, out, true);
        } else if (from.decimal() == '.' && to.decimal() == ',') {
            decimalPointSource(block, target, amounts, out);
        }
    }

    /**
     * "on April 3 410 bodies": after a month name a first group that can be a day is the day, not thousands; one no
     * day can be ("in March 150 000 people"), or a day before a group no count starts with ("August 18 000
     * tonnes"), still groups thousands.
     */
    private static boolean afterMonth(String text, int start, Numbers to) {
        int day = 0;
        int i = start;
        for (; i < text.length() && Character.isDigit(text.charAt(i)) && day <= 31; i++) {
            day = day * 10 + Character.digit(text.charAt(i), 10);
        }
        if (day < 1 || day > 31 || i + 1 < text.length() && text.charAt(i + 1) == '0') {
            return false;
        }
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = text.substring(begin, end);
        return begin < end && to.months().stream().anyMatch(month -> month.equalsIgnoreCase(word));
    }

    /**
     * "15 640 officers" in a target that groups with a comma: French, Russian and Polish group with a space, and sites
     * that publish machine translation from other languages too, so the source need not.
     */
    private void spaceThousands(ProseBlock block, LanguageDescriptor target, List<int[]> amounts, BlockReporter out) {
        String text = block.text();
        Numbers to = target.numbers();
        List<int[]> figures = new ArrayList<>();
        List<Boolean> counting = new ArrayList<>();
        SparseMatcher m = SparseMatcher.of(SPACE_THOUSANDS, text, block.chars(), SparseMatcher.NUMBER);
        while (m.find()) {
            String number = m.group();
            boolean noBreak = number.indexOf('\u00A0') >= 0 || number.indexOf('\u202F') >= 0;
            figures.add(new int[] {m.start(), m.end()});
            counting.add(noBreak || (isDotThousands(text, m.end(), number, env.targetLexicon(), to)
                    || text.startsWith(" \u20ac", m.end())) && !afterMonth(text, m.start(), to));
        }
        // "between 1 000 and 2 000 people", "15 640, 12 300 and 9 800 officers": the last figure says what the
        // others count.
        for (int i = figures.size() - 2; i >= 0; i--) {
            if (!counting.get(i) && counting.get(i + 1)
                    && LISTED_FIGURES.matcher(text.substring(figures.get(i)[1], figures.get(i + 1)[0])).matches()) {
                counting.set(i, true);
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            // A figure reported with its currency sign has its marks converted there.
            if (counting.get(i) && !within(amounts, figures.get(i)[0], figures.get(i)[1])) {
                String number = text.substring(figures.get(i)[0], figures.get(i)[1]);
                String fixed = number.replaceAll("[ \\u00A0\\u202F]", String.valueOf(to.preferredGrouping()));
                out.report(SPACE_THOUSANDS_CHECK, figures.get(i)[0], figures.get(i)[1], "\u201c" + number
                        + "\u201d groups thousands with a space; " + target.name() + " writes " + fixed,
                        BlockFix.replace(figures.get(i)[0], figures.get(i)[1], fixed, false, "write " + fixed));
            }
        }
    }

    /** What joins figures of one list or range: ", ", " and ", " or ", " to ", a dash. */
    private static final Pattern LISTED_FIGURES = Pattern.compile(",? (?:and|or|to|and up to) |, | ?[\u2013-] ?");

    private void decimalCommaSource(ProseBlock block, DocumentContext context, LanguageDescriptor target,
                                    List<int[]> amounts, BlockReporter out, boolean sourceKnown) {
        String text = block.text();
        Numbers to = target.numbers();
        Lexicon lexicon = env.targetLexicon();
        String writes = target.name() + " writes ";
        boolean documentGroupsWithDots = sourceKnown && documentGroupsThousandsWithDots(context, lexicon, to);
        SparseMatcher m = SparseMatcher.of(DOT_THOUSANDS, block.text(), block.chars(), SparseMatcher.NUMBER);
        while (m.find()) {
            String number = m.group();
            if (within(amounts, m.start(), m.end())) {
                continue; // reported with its currency sign, marks converted
            }
            if (isDotThousands(text, m.end(), number, lexicon, to)
                    || documentGroupsWithDots && !isFollowedByPercentOrUnit(text, m.end())) {
                String fixed = number.replace('.', to.preferredGrouping());
                out.report(DOT_THOUSANDS_CHECK, m.start(), m.end(), "\u201c" + number
                        + "\u201d groups thousands with a dot; " + writes + fixed,
                        BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
            }
        }
        m = SparseMatcher.of(DECIMAL_COMMA, block.text(), block.chars(), SparseMatcher.NUMBER);
        Set<Integer> percentSpaces = new java.util.HashSet<>();
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1)) || within(amounts, m.start(), m.end())) {
                continue;
            }
            // With no source, "(3,4)" and "rows 1,2 and 5" are pairs and lists; a percentage is a figure.
            if (!sourceKnown && m.group(3) == null && !PER_CENT.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            String fixed = m.group(1) + to.decimal() + m.group(2) + (m.group(3) != null ? "%" : "");
            if (m.group(3) != null) {
                percentSpaces.add(m.start(3));
            }
            out.report(DECIMAL_COMMA_CHECK, m.start(), m.end(), "\u201c" + m.group() + "\u201d uses a decimal comma; "
                    + writes + fixed, BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
        }
        if (!sourceKnown) {
            return;
        }
        m = SparseMatcher.of(SPACE_PERCENT, block.text(), block.chars(), SPACE_BEFORE_PERCENT);
        while (m.find()) {
            if (percentSpaces.contains(m.start(2))) {
                continue; // reported with its decimal comma: "38,5 %" is one artefact
            }
            out.report(SPACE_PERCENT_CHECK, m.start(1), m.end(2), "Space before the percent sign",
                    BlockFix.replace(m.start(1), m.end(1), "", true, "remove the space"));
        }
        if (to.months().size() == 12) {
            m = SparseMatcher.of(DOTTED_DATE, block.text(), block.chars(), DAY_AND_DOT);
            while (m.find()) {
                String written = writtenDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), to);
                out.report(DOTTED_DATE_CHECK, m.start(), m.end(), "\u201c" + m.group()
                        + "\u201d writes the date day.month.year; " + writes + written,
                        BlockFix.replace(m.start(), m.end(), written, false, "write " + written));
            }
        }
    }

    /**
     * A date as the target writes it in words: with a region, its own long form from CLDR ("May 12, 1980" in
     * en-US, "12 May 1980" in en-GB); else day, month name and year.
     */
    private String writtenDate(int day, int month, int year, Numbers to) {
        String fallback = day + " " + to.months().get(month - 1) + " " + year;
        if (io.mtlint.lang.LanguageCodes.region(env.target()) == null) {
            return fallback;
        }
        try {
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(Locale.forLanguageTag(env.target().replace('_', '-')))
                    .format(java.time.LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return fallback; // 31.02.2020: no such day, written as found
        }
    }

    /**
     * A magnitude the target's descriptor lists as calqued: "thousand million" from a continental source into
     * English, "trillones" (English trillion) into Spanish, where a trillón is a million million million.
     */
    private void calquedMagnitudes(ProseBlock block, LanguageDescriptor target, BlockReporter out) {
        Numbers to = target.numbers();
        Pattern calques = calquedMagnitudes.computeIfAbsent(target.code(), k -> alternation(to.calquedMagnitudes().keySet()));
        if (calques == null) {
            return;
        }
        String text = block.text();
        SparseMatcher c = SparseMatcher.of(calques, text, block.chars(),
                calquedMagnitudeStarts.computeIfAbsent(target.code(),
                        k -> SparseMatcher.atWordsStartingAnyOf(to.calquedMagnitudes().keySet())));
        while (c.find()) {
            String proper = to.calquedMagnitudes().get(c.group().toLowerCase(Locale.ROOT));
            out.report(CALQUED_MAGNITUDE_CHECK, c.start(), c.end(), "\u201c" + c.group()
                    + "\u201d renders the source's magnitude word for word: " + target.name() + " says \u201c" + proper
                    + "\u201d", BlockFix.replace(c.start(), c.end(), proper, false, proper));
        }
    }

    /** The mark a fix groups thousands with: a narrow no-break space where the language groups with a space. */
    private static char printedGrouping(Numbers to) {
        return to.preferredGrouping() == ' ' ? '\u202F' : to.preferredGrouping();
    }

    /** "76 mille": the source's order, whatever the source; the target writes "76 000". */
    private void digitsThousandWord(ProseBlock block, LanguageDescriptor target, BlockReporter out) {
        Numbers to = target.numbers();
        if (to.thousandWords().isEmpty()) {
            return;
        }
        Pattern digitsThenWord = digitsThousandWords.computeIfAbsent(target.code(), k -> Pattern.compile(
                "(?<![\\d.,])\\b([1-9]\\d{0,2}) (?:" + String.join("|", to.thousandWords()) + ")\\b"));
        SparseMatcher m = SparseMatcher.of(digitsThenWord, block.text(), block.chars(), SparseMatcher.NUMBER);
        while (m.find()) {
            char grouping = printedGrouping(to);
            String fixed = m.group(1) + grouping + "000";
            out.report(DIGITS_THOUSAND_WORD_CHECK, m.start(), m.end(), "\u201c" + m.group() + "\u201d puts the word "
                            + "for thousand after the digits, as the source does; " + target.name() + " writes " + fixed,
                    BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
        }
    }

    /**
     * {@code amounts} are figures already reported with their currency sign, marks converted: "$95,000" is one
     * artefact, not two.
     */
    private void decimalPointSource(ProseBlock block, LanguageDescriptor target, List<int[]> amounts,
                                    BlockReporter out) {
        String text = block.text();
        Numbers to = target.numbers();
        Pattern decimalPoint = decimalPoints.computeIfAbsent(target.code(), k -> decimalPointPattern(to));
        java.util.regex.Matcher m = decimalPoint.matcher(text);
        while (m.find()) {
            if (within(amounts, m.start(), m.end())) {
                continue;
            }
            String fixed = m.group(1) + to.decimal() + m.group(2);
            out.report(DECIMAL_POINT_CHECK, m.start(), m.end(), "\u201c" + m.group() + "\u201d uses the decimal point; "
                    + target.name() + " writes " + fixed, BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
        }
        char grouping = printedGrouping(to);
        SparseMatcher english = SparseMatcher.of(ENGLISH_MARKS, block.text(), block.chars(), SparseMatcher.NUMBER);
        while (english.find()) {
            if (!within(amounts, english.start(), english.end())) {
                String written = english.group();
                int point = written.indexOf('.');
                String fixed = written.substring(0, point).replace(',', grouping) + to.decimal() + written.substring(point + 1);
                out.report(THOUSANDS_COMMA_CHECK, english.start(), english.end(), "\u201c" + written
                        + "\u201d is written in English marks, a comma grouping thousands and a decimal point; "
                        + target.name() + " writes " + fixed,
                        BlockFix.replace(english.start(), english.end(), fixed, false, "write " + fixed));
            }
        }
        SparseMatcher t = SparseMatcher.of(COMMA_THOUSANDS, block.text(), block.chars(), SparseMatcher.NUMBER);
        int start = -1;
        int end = -1;
        while (t.find()) {
            if (within(amounts, t.start(), t.end())) {
                continue;
            }
            // The two ends of a range ("4,418-4,375") are one figure to rewrite.
            if (start >= 0 && isRangeDash(text, end, t.start())) {
                end = t.end();
                continue;
            }
            if (start >= 0) {
                reportThousandsComma(text, start, end, grouping, target, out);
            }
            start = t.start();
            end = t.end();
        }
        if (start >= 0) {
            reportThousandsComma(text, start, end, grouping, target, out);
        }
    }

    private static void reportThousandsComma(String text, int start, int end, char grouping, LanguageDescriptor target,
                                             BlockReporter out) {
        String written = text.substring(start, end);
        String fixed = written.replace(',', grouping);
        out.report(THOUSANDS_COMMA_CHECK, start, end, "\u201c" + written
                + "\u201d groups thousands with a comma, which " + target.name() + " reads as a decimal comma",
                BlockFix.replace(start, end, fixed, false, "write " + fixed));
    }

    /** A hyphen or dash alone between two figures, or spaced on both sides. */
    private static boolean isRangeDash(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.length() == 1 && "-\u2013\u2014".indexOf(between.charAt(0)) >= 0
                || between.length() == 3 && between.charAt(0) == ' ' && between.charAt(2) == ' '
                    && "-\u2013\u2014".indexOf(between.charAt(1)) >= 0;
    }

    private static boolean within(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start >= span[0] && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * An amount in the target's marks when the two languages swap them: "95,000" and "2.19" from English become
     * "95.000" and "2,19" in Spanish. Anything else is returned as written.
     */
    /** "3.000,50" as English writes it, "3,000.50", when the source marks are continental and the target's English. */
    private static String continentalInTargetMarks(String amount, Numbers from, Numbers to) {
        if (from.decimal() != ',' || to.decimal() != '.') {
            return amount;
        }
        Matcher m = CONTINENTAL_AMOUNT.matcher(amount);
        if (!m.matches()) {
            return amount;
        }
        String whole = m.group(1).replaceAll("[. \\u00A0\\u202F]", String.valueOf(to.preferredGrouping()));
        return m.group(2) == null ? whole : whole + '.' + m.group(2);
    }

    private static String inTargetMarks(String amount, Numbers from, Numbers to) {
        if (from.decimal() != '.' || to.decimal() != ',') {
            return amount;
        }
        Matcher m = ENGLISH_AMOUNT.matcher(amount);
        if (!m.matches()) {
            return amount;
        }
        String whole = m.group(1).replace(',', printedGrouping(to));
        return m.group(2) == null ? whole : whole + ',' + m.group(2);
    }

    /**
     * A currency sign where the source puts it and the target does not, or spaced where the target glues it.
     * Returns the amounts reported with their sign moved, whose marks the fix already converts.
     */
    /**
     * "15 €" in a language that writes the sign first: wrong whatever the source, whose marks, when it is known,
     * convert the figure. Returns the amounts reported, whose marks the fix already converts.
     */
    private static List<int[]> currencyAfter(ProseBlock block, Numbers from, LanguageDescriptor target, BlockReporter out) {
        Numbers to = target.numbers();
        List<int[]> amounts = new java.util.ArrayList<>();
        if (!to.currencySign().equals("before") || from != null && !from.signAfterAmount()
                || !block.chars().mayHoldAnyOf(TRAILING_SIGN_CHARS)) {
            return amounts;
        }
        SparseMatcher m = SparseMatcher.of(TRAILING_SIGN, block.text(), block.chars(), SparseMatcher.NUMBER);
        while (m.find()) {
            String amount = from == null ? m.group(1) : continentalInTargetMarks(m.group(1), from, to);
            String fixed = m.group(3) + amount;
            amounts.add(new int[] {m.start(1), m.end(1)});
            out.report(CURRENCY_AFTER_CHECK, m.start(), m.end(), "Currency sign after the amount: " + target.name()
                            + " writes it before the amount: " + fixed,
                    BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
        }
        return amounts;
    }

    private List<int[]> currencySigns(ProseBlock block, Numbers from, LanguageDescriptor target, BlockReporter out) {
        Numbers to = target.numbers();
        boolean before = to.signAfterAmount();
        boolean spaced = to.signBeforeAmount() && from.currencySign().equals("before-spaced");
        List<int[]> amounts = new java.util.ArrayList<>();
        if (!before && !spaced) {
            return amounts;
        }
        Matcher m = LEADING_SIGN.matcher(block.text());
        while (m.find()) {
            String sign = m.group(1).replace(" ", "");
            if (before) {
                String amount = inTargetMarks(m.group(3), from, to);
                String fixed = amount + "\u00a0" + sign;
                amounts.add(new int[] {m.start(3), m.end(3)});
                out.report(CURRENCY_BEFORE_CHECK, m.start(), m.end(), "Currency sign before the amount: " + target.name()
                                + " writes it after the amount, with a space"
                                + (amount.equals(m.group(3)) ? "" : ", and writes the figure " + amount),
                        BlockFix.replace(m.start(), m.end(), fixed, false, "write " + amount + " " + sign));
            } else if (m.group(1).contains(" ") || !m.group(2).isEmpty() && sign.length() == 1) {
                // A sign split in two ("R $") or a bare symbol spaced from its amount ("$ 5"); a whole lettered
                // sign with a space ("R$ 0.50", "US$ 80") is a form English-language papers print too.
                out.report(CURRENCY_SPACE_CHECK, m.start(), m.start(3), "Space in or after the currency sign: "
                                + target.name() + " writes the sign against the amount",
                        BlockFix.replace(m.start(), m.start(3), sign, true, "write " + sign + m.group(3)));
            }
        }
        return amounts;
    }

    /** A decimal point before the percent sign or one of the target's quantity words. */
    private static Pattern decimalPointPattern(Numbers to) {
        String words = to.afterNumber().isEmpty() ? "(?!)" : String.join("|", to.afterNumber());
        return Pattern.compile("(?<![\\d.,])(\\d+)\\.(\\d{1,2})(?![\\d]|[.,]\\d)(?=[\\s\\u00a0\\u202f]?%| (?:" + words + ")\\b)");
    }

    private static Pattern alternation(Set<String> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?i)\\b(?:" + Alternatives.longestFirst(phrases) + ")\\b");
    }

    /**
     * Once a document proves it groups thousands with dots ("150.000 participants"), its other dot-grouped
     * numbers ("reduced it to 22.000.") are read the same way.
     */
    private static boolean documentGroupsThousandsWithDots(DocumentContext context, Lexicon target, Numbers to) {
        return context.document().derived(NumberFormatRule.class.getName() + "|" + target.languageCode(), () -> {
            for (ProseBlock b : context.document().blocks()) {
                SparseMatcher m = SparseMatcher.of(DOT_THOUSANDS, b.text(), b.chars(), SparseMatcher.NUMBER);
                while (m.find()) {
                    if (isDotThousands(b.text(), m.end(), m.group(), target, to)) {
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
     * "1.500" is one and a half in a language with a decimal point, so the dot only proves a thousands group when
     * the number cannot be a decimal: two groups or more, a currency before it, or a plural noun or magnitude
     * after it.
     */
    private static boolean isDotThousands(String text, int end, String number, Lexicon target, Numbers to) {
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
        String word = next.get(0).text().toLowerCase(Locale.ROOT);
        if (to.afterNumber().stream().anyMatch(word::matches)) {
            return true;
        }
        if (to.pluralNounTag() == null) {
            return false;
        }
        // A plural noun within the next few words counts what the number counts: "1.500 new agents".
        for (int k = 0; k < Math.min(3, next.size()); k++) {
            if (k > 0 && !joinedBySpace(text, next.get(k - 1), next.get(k))) {
                break;
            }
            Set<String> tags = target.lookup(next.get(k).text()).tags();
            if (tags.stream().anyMatch(t -> to.pluralNounTag().matcher(t).matches())) {
                return true;
            }
            if (to.modifierTag() == null || tags.stream().noneMatch(t -> to.modifierTag().matcher(t).matches())) {
                break;
            }
        }
        return false;
    }
}
