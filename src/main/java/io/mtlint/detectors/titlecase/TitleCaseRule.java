package io.mtlint.detectors.titlecase;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.FunctionWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.DocumentNames;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.languagetool.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A heading in English title case in a language that writes headings in sentence case ("Ola De Calor Lleva Las
 * Redes Al Límite"): machine translation carries the capitals of "Heatwave Pushes Power Grids to the Limit" into
 * Spanish, French, Italian, Portuguese, Catalan or German. Judged with the target's dictionary: a capitalised word
 * counts when the language writes it in lowercase (not a name, not a German noun), and the heading must capitalise
 * such words nearly throughout, articles and prepositions among them (not before a name, as in "Le Pen"), so that
 * a heading holding an institution's name ("El Banco Central Europeo sube los tipos") or a name alone ("Hospital
 * Nossa Senhora da Paz") stays clean.
 */
public final class TitleCaseRule extends EnvironmentRule {
    public static final String ID = "mt.title-case";
    /** Fewer capitalised common words than this are a name or two in a heading, not title case. */
    private static final int MIN_CAPITALISED = 3;
    /** With this many capitalised common words, one capitalised article or preposition is evidence enough. */
    private static final int LONG_TITLE = 5;
    /**
     * With this many capitalised common words and every lowercase word an article, preposition or conjunction,
     * the heading is in the title case English style guides teach ("Las Nuevas Ballenas Dirigen la Dirección del
     * Mercado"), which leaves those short words in lowercase.
     */
    private static final int STYLE_GUIDE_TITLE = 4;
    /** Headings with a capitalised common word that show a page writes its headings in title case. */
    private static final int MIN_TITLE_CASE_HEADINGS = 3;
    /** A title-like paragraph of plain text has at most this many words. */
    private static final int MAX_TITLE_WORDS = 25;

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.PROPER_NOUN_CASE, Severity.WARNING,
            "Heading in English title case in a language that uses sentence case",
            "English capitalises the main words of a headline; Spanish, French, Italian, Portuguese, Catalan and "
                    + "German capitalise only its first word and names (and, in German, nouns). Machine "
                    + "translation keeps the English capitals (\u201cOla De Calor Lleva Las Redes Al L\u00edmite\u201d). "
                    + "The rule reads Markdown headings and, in plain text, one-line paragraphs without a full "
                    + "stop. It reports a heading where at least three words are capitalised that the target's "
                    + "dictionary knows in lowercase and not as names, where they outnumber the lowercase words "
                    + "two to one, and where two articles or prepositions (one in a long heading) are among them, not "
                    + "before a name; or where four such words are capitalised and every lowercase word is an article, "
                    + "a preposition or a conjunction, as English style guides write titles (\u201cLas Nuevas "
                    + "Ballenas Dirigen la Direcci\u00f3n del Mercado\u201d). On a page that writes most of its "
                    + "headings so (three or more capitalise a common word), a short heading with one such word (\u201cC\u00f3digo de Conducta\u201d) counts "
                    + "too. In a heading otherwise in sentence case, a bracket of common words opened with a "
                    + "capital (\u201c(Recomendado)\u201d) is reported (one holding a name, an acronym or a German "
                    + "noun, or opening the heading, is not), and so is a capitalised common word after \"vs\" or a "
                    + "conjunction whose first term ends in lowercase (\"Arr\u00eat complet vs Contr\u00f4le\"). "
                    + "Words the document capitalises elsewhere in mid-sentence count as names. "
                    + "Fix (not automatic): lowercase them.",
            Example.bad("Ola <marker>De Calor Lleva Las Redes El\u00e9ctricas De Europa Al L\u00edmite</marker>\n",
                    "Ola de calor lleva las redes el\u00e9ctricas de Europa al l\u00edmite\n").in("en", "es"),
            Example.bad("Las <marker>Nuevas Ballenas Ahora Dirigen la Direcci\u00f3n del Mercado</marker>\n",
                    "Las nuevas ballenas ahora dirigen la direcci\u00f3n del mercado\n").in("en", "es"),
            Example.good("Ministerio de Trabajo y Econom\u00eda Social\n").in("en", "es"),
            Example.bad("# Hitzewelle <marker>Treibt Die Stromnetze Europas An Ihre</marker> Grenzen\n",
                    "# Hitzewelle treibt die Stromnetze Europas an ihre Grenzen\n").in("en", "de"),
            Example.bad("# Gu\u00eda\n\n## C\u00f3digo de <marker>Conducta</marker>\n\n## Pruebas Locales\n\n"
                            + "## Flujo de Trabajo\n\nLea la gu\u00eda antes de empezar.\n",
                    "# Gu\u00eda\n\n## C\u00f3digo de conducta\n\n## Pruebas Locales\n\n"
                            + "## Flujo de Trabajo\n\nLea la gu\u00eda antes de empezar.\n").in("en", "es").asMarkdown(),
            Example.good("El Banco Central Europeo sube los tipos de inter\u00e9s\n\nEl BCE decidi\u00f3 subir los tipos.\n")
                    .in("en", "es"),
            Example.good("# Gu\u00eda\n\n## C\u00f3digo de Conducta\n\n## Pruebas locales\n\n## Flujo de trabajo\n\n"
                    + "## Uso de la API\n").in("en", "es").asMarkdown(),
            Example.bad("# Gu\u00eda\n\n## Vaciar la cach\u00e9 del servidor (<marker>Opcional</marker>)\n\nEl servidor arranca "
                            + "antes.\n",
                    "# Gu\u00eda\n\n## Vaciar la cach\u00e9 del servidor (opcional)\n\nEl servidor arranca antes.\n")
                    .in("en", "es").asMarkdown(),
            Example.good("# Gu\u00eda\n\n## 2. (Opcional) Vaciar la cach\u00e9\n\n## Puertos del servidor (Routes API)\n")
                    .in("en", "es").asMarkdown(),
            Example.bad("# Gu\u00eda\n\n## Copias locales y <marker>Restauraci\u00f3n</marker>\n\nLas copias se guardan a diario.\n",
                    "# Gu\u00eda\n\n## Copias locales y restauraci\u00f3n\n\nLas copias se guardan a diario.\n")
                    .in("en", "es").asMarkdown(),
            Example.good("# Gu\u00eda\n\n## Paquetes para Docker y Snap\n\n## Instalaci\u00f3n y Python\n").in("en", "es").asMarkdown(),
            Example.good("Heatwave Pushes Europe's Power Grids to the Limit\n").in("es", "en"));

    public TitleCaseRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (env.targetLanguage().typography().titleCaseHeadings() || !isTitle(block)) {
            return;
        }
        Reading reading = read(block, context);
        List<Words.Word> capitalised = reading.capitalised();
        boolean titleCase = capitalised.size() >= MIN_CAPITALISED && capitalised.size() >= 2 * reading.lowercase()
                && (reading.functionWords() >= 2 || reading.functionWords() == 1 && capitalised.size() >= LONG_TITLE)
                || capitalised.size() >= STYLE_GUIDE_TITLE && reading.lowercaseContentWords() == 0;
        String why = "Heading in English title case: " + language() + " capitalises only the first word and names";
        if (!titleCase && block.kind() == ProseBlock.Kind.HEADING && !headingsInTitleCase(context)) {
            List<Words.Word> aside = capitalisedAside(block, context);
            List<Words.Word> coordinated = aside.isEmpty() ? capitalisedAfterCoordination(block, context) : List.of();
            if (!aside.isEmpty()) {
                capitalised = aside;
                why = "Bracketed words in English title case: " + language() + " writes them in lowercase in a heading";
            } else if (!coordinated.isEmpty()) {
                capitalised = coordinated;
                why = "English title case after a conjunction: " + language()
                        + " writes the second term in lowercase, as the first";
            } else {
                return;
            }
        } else if (!titleCase) {
            // A short heading ("Código de Conducta") is title case when the page writes its headings so: a heading
            // reaches here only on such a page.
            if (capitalised.isEmpty() || block.kind() != ProseBlock.Kind.HEADING) {
                return;
            }
            why = "Heading in English title case, as most of this page's headings are: " + language()
                    + " capitalises only the first word and names";
        }
        List<BlockFix.Edit> edits = new ArrayList<>();
        for (Words.Word w : capitalised) {
            edits.add(new BlockFix.Edit(w.start(), w.end(), w.text().toLowerCase(locale())));
        }
        Words.Word first = capitalised.get(0);
        Words.Word last = capitalised.get(capitalised.size() - 1);
        out.report(first.start(), last.end(), why, new BlockFix(edits, false,
                "lowercase " + capitalised.size() + (capitalised.size() == 1 ? " word" : " words")));
    }

    /**
     * The capitalised common words of a bracket in mid-heading whose words are all common words and whose first
     * is capitalised ("Restringir la clave (Recomendado)", "(Automatisiert & Immer aktuell)"): English capitals
     * of "(Recommended)". A bracket holding a name, an acronym or a noun of a language that capitalises nouns
     * ("(Routes API)", "(Adapter-API)") is left alone; so is one that opens the heading ("7. (Opcional) Instalar").
     */
    private List<Words.Word> capitalisedAside(ProseBlock block, DocumentContext context) {
        String text = block.text();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        List<Words.Word> found = new ArrayList<>();
        for (int open = text.indexOf('('); open > 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0 || text.substring(0, open).codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            List<Words.Word> inside = new ArrayList<>();
            for (Words.Word w : words) {
                if (w.start() > open && w.end() <= close) {
                    inside.add(w);
                }
            }
            List<Words.Word> capitals = new ArrayList<>();
            boolean common = !inside.isEmpty();
            for (Words.Word w : inside) {
                if (w.isLowercase()) {
                    continue;
                }
                if (!isCommonCapital(w, context)) {
                    common = false;
                    break;
                }
                capitals.add(w);
            }
            if (common && !capitals.isEmpty() && capitals.get(0) == inside.get(0)) {
                found.addAll(capitals);
            }
        }
        return found;
    }

    /**
     * The capitalised common word that opens the second term of a coordination whose first term ends in lowercase
     * ("Arrêt complet vs Contrôle d'écrasement", "Copias locales y Restauración"): the English capital of "Full Stop
     * vs Overwrite Control" kept on one side only. A name there ("Docker y Snap") is left alone.
     */
    private List<Words.Word> capitalisedAfterCoordination(ProseBlock block, DocumentContext context) {
        Lexicon target = env.targetLexicon();
        String text = block.text();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        List<Words.Word> found = new ArrayList<>();
        for (int k = 2; k < words.size(); k++) {
            Words.Word joiner = words.get(k - 1);
            Words.Word before = words.get(k - 2);
            Words.Word w = words.get(k);
            if (!before.isLowercase() || !joiner.isLowercase() || inBrackets(text, w.start())
                    || !onlySpaces(text, before.end(), joiner.start()) || !joinsTerms(text, joiner, w, target)
                    || !isCommonCapital(w, context)) {
                continue;
            }
            found.add(w);
        }
        return found;
    }

    /** "vs", "vs." or "versus", or a coordinating conjunction of the target, with one space before the word. */
    private static boolean joinsTerms(String text, Words.Word joiner, Words.Word w, Lexicon target) {
        String between = text.substring(joiner.end(), w.start());
        String j = joiner.text();
        if (j.equals("vs") && (between.equals(" ") || between.equals(". ")) || j.equals("versus") && between.equals(" ")) {
            return true;
        }
        return between.equals(" ") && target.lookup(j).tags().stream().anyMatch(target.descriptor()::isCoordinatingTag)
                && FunctionWords.is(target, j) && j.length() <= 2;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        return from < to && text.substring(from, to).isBlank();
    }

    /** A capitalised word the target writes in lowercase: no name, no noun of a language that capitalises nouns. */
    private boolean isCommonCapital(Words.Word w, DocumentContext context) {
        Lexicon target = env.targetLexicon();
        if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital()) {
            return false;
        }
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (!target.knows(lower) || target.hasProperNounReading(w.form())) {
            return false;
        }
        var tags = target.lookup(w.form()).tags();
        if (target.descriptor().capitalisesNouns() && tags.stream().anyMatch(target.descriptor()::isNounTag)) {
            return false;
        }
        return !DocumentNames.of(context.document(), TitleCaseRule.class.getName(), b -> !isTitle(b)).contains(w.text());
    }

    /**
     * A title's capitalised common words (after its first word), its lowercase words, those of them that are not
     * articles, prepositions or conjunctions, and its capitalised function words.
     */
    private record Reading(List<Words.Word> capitalised, int lowercase, int lowercaseContentWords, int functionWords) {
    }

    private Reading read(ProseBlock block, DocumentContext context) {
        Lexicon target = env.targetLexicon();
        String text = block.text();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        List<Words.Word> capitalised = new ArrayList<>();
        int lowercase = 0;
        int lowercaseContentWords = 0;
        int functionWords = 0;
        Set<String> names = null;
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            // The first word, whatever symbols or emphasis open the heading, and the first after a colon or a
            // dash that opens a subtitle ("Anuncio - Nuevo proyecto") keep their capital.
            if (k == 0 || Sentences.startsSentence(text, w.start()) || afterColon(text, w.start())) {
                continue;
            }
            if (w.isLowercase()) {
                lowercase++;
                lowercaseContentWords += isFunctionWord(target.lookup(w.form()).tags(), target) ? 0 : 1;
                continue;
            }
            if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital()) {
                continue;
            }
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (!target.knows(lower) || target.hasProperNounReading(w.form())) {
                continue;
            }
            var tags = target.lookup(w.form()).tags();
            if (target.descriptor().capitalisesNouns() && tags.stream().anyMatch(target.descriptor()::isNounTag)) {
                continue;
            }
            if (names == null) {
                // Running prose only: a heading in title case would make every one of its words a name.
                names = DocumentNames.of(context.document(), TitleCaseRule.class.getName(), b -> !isTitle(b));
            }
            if (names.contains(w.text())) {
                continue;
            }
            capitalised.add(w);
            if (isFunctionWord(tags, target) && k + 1 < words.size() && !isName(words.get(k + 1), target)) {
                functionWords++;
            }
        }
        return new Reading(capitalised, lowercase, lowercaseContentWords, functionWords);
    }

    /**
     * Whether the page writes its headings in English title case: at least {@value #MIN_TITLE_CASE_HEADINGS} of
     * its headings capitalise a common word after the first, outside brackets, and they are most of its headings of
     * several words.
     */
    private boolean headingsInTitleCase(DocumentContext context) {
        return context.document().derived(HeadingStyle.class, () -> {
            int titleCase = 0;
            int several = 0;
            for (ProseBlock b : context.document().blocks()) {
                if (b.kind() != ProseBlock.Kind.HEADING || Words.of(b.text()).size() < 2) {
                    continue;
                }
                several++;
                String text = b.text();
                if (read(b, context).capitalised().stream().anyMatch(w -> !inBrackets(text, w.start()))) {
                    titleCase++;
                }
            }
            return new HeadingStyle(titleCase >= MIN_TITLE_CASE_HEADINGS && 2 * titleCase >= several);
        }).titleCase();
    }

    private record HeadingStyle(boolean titleCase) {
    }

    /** Whether {@code at} lies inside round brackets: "(Beta)" after a heading says nothing of the page's style. */
    private static boolean inBrackets(String text, int at) {
        int open = text.lastIndexOf('(', at);
        return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) > 0;
    }

    /**
     * An article, preposition or conjunction: what English title case capitalises and names seldom hold, except
     * before a name ("Le Pen", "De Gaulle"), which the caller checks.
     */
    private static boolean isFunctionWord(Set<String> tags, Lexicon target) {
        return tags.stream().anyMatch(t -> target.descriptor().isConnectiveTag(t) || target.descriptor().isDeterminerTag(t));
    }

    private static boolean isName(Words.Word w, Lexicon target) {
        return !w.isLowercase() && (target.hasProperNounReading(w.form()) || !target.knowsAnyCase(w.form()));
    }

    private Locale locale() {
        return Locale.forLanguageTag(env.targetBase());
    }

    private String language() {
        return env.targetLanguage().name();
    }

    /** A heading, or a plain-text paragraph of one short line without a full stop: a title or subtitle. */
    private static boolean isTitle(ProseBlock block) {
        if (block.kind() == ProseBlock.Kind.HEADING) {
            return true;
        }
        if (block.kind() != ProseBlock.Kind.PARAGRAPH) {
            return false;
        }
        String text = block.text().strip();
        if (text.isEmpty() || text.indexOf('\n') >= 0 || ".!?…:;,".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int words = Words.of(text).size();
        return words >= MIN_CAPITALISED + 1 && words <= MAX_TITLE_WORDS;
    }

    private static boolean afterColon(String text, int offset) {
        int i = offset - 1;
        // A dash is an opening mark of dialogue, but here it may be the subtitle's separator itself.
        while (i >= 0 && (text.charAt(i) == ' ' || Sentences.isOpeningMark(text.charAt(i)) && !isDash(text.charAt(i))
                || text.charAt(i) == '_' || text.charAt(i) == '*')) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || isDash(text.charAt(i)) && i > 0
                && text.charAt(i - 1) == ' ' && offset - i > 1);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
