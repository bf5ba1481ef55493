package io.mtlint.lang;

import io.mtlint.support.WholeMatches;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What mtlint knows about one language, read from its descriptor ({@code io/mtlint/lang/languages/<code>.yaml}):
 * its script, quotation marks, number conventions, typography, how LanguageTool's tagger marks names and
 * function words, whether it writes compounds as one word ({@code writesCompounds}: German "Hafenbehörde"), which
 * LanguageTool rules it switches off, Apertium's name for it, and the prefixes it builds
 * words with freely ({@code wordPrefixes}: "ultra", "super", which no dictionary lists with every word), how it
 * romanises names from Cyrillic, as respellings of the English romanisation ({@code romanisation}: pairs of a
 * lowercase regular expression and its replacement, "zh" to German "sch"), the endings of its own names as English
 * romanises them ({@code englishNameEndings}: Russian "ov", "sky"), and what its
 * regions write differently ({@code regions}, applied by {@link RegionalConventions}). Every detector reads
 * language facts from here, so adding a language is one descriptor plus its rule packs.
 */
public record LanguageDescriptor(String code, String name, Character.UnicodeScript script, String apertium,
                                 int sourceDetection, boolean capitalisesNouns, boolean writesCompounds,
                                 LanguageToolData languagetool,
                                 Quotes quotes, Numbers numbers, Typography typography, Tags tags,
                                 Set<String> nameParticles, Institutions institutions,
                                 java.util.Map<String, String> surnamesAsEnglishWords,
                                 List<List<String>> romanisation, Pattern englishNameEndings,
                                 List<Character.UnicodeScript> alsoWrites, List<String> wordPrefixes,
                                 List<Region> regions) {

    /** Words that join the parts of names in many languages ("de" in "Charles de Gaulle", "Palazzo delle Aquile"). */
    static final Set<String> COMMON_NAME_PARTICLES = Set.of(
            "de", "del", "della", "delle", "dello", "degli", "dei", "di", "da", "das", "do", "dos", "du", "des", "la",
            "le", "van", "von", "der", "den", "ter", "ten", "y", "e", "bin", "ibn", "al", "el", "af", "zu");

    /**
     * The LanguageTool variant checked for a bare code (spelling needs a region), rules switched off by default,
     * and other variants whose spellings are just as right in the press ("colour" beside "color").
     */
    public record LanguageToolData(String variant, List<String> disabledRules, List<String> otherVariants) {
        public LanguageToolData {
            disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
            otherVariants = otherVariants == null ? List.of() : List.copyOf(otherVariants);
        }
    }

    /**
     * The double quotation marks of the language: the pair it opens and closes with, every mark its press uses
     * ({@code nativeMarks}), and whether a comma ending a quoted clause goes inside the closing mark, as in
     * American English ("…," she said), or after it ("…», dijo); and whether a space goes inside the marks
     * ({@code spacedInside}, French « … »); and the marks it uses only inside a quotation ({@code innerMarks}:
     * French “ ” within « … »), which are English marks anywhere else; and whether its press writes guillemets
     * either way round ({@code guillemetsEitherWay}: German »…« in books, «…» in Swiss papers and agency copy).
     */
    public record Quotes(char open, char close, String nativeMarks, boolean commaInside, boolean spacedInside,
                         String innerMarks, boolean guillemetsEitherWay) {
        public Quotes {
            innerMarks = innerMarks == null ? "" : innerMarks;
        }
    }

    /**
     * How the language writes numbers: its decimal mark and the marks that group thousands (the preferred one
     * first); where the currency sign goes ({@code before} the amount, as "$25"; {@code before-spaced}, as
     * Brazilian "R$ 25"; or {@code after}, as "25 €"); words after a figure that show it counts a quantity
     * ({@code afterNumber}, regular expressions);
     * for reading a figure as a count, the tags of plural nouns and of the words that may stand between figure
     * and noun; month names, for rewriting dates; and magnitudes other languages calque word for word
     * ("thousand million" for a billion); the word for thousand, which a figure in digits does not take in this
     * language ({@code thousandWords}, regular expressions: "mille" in "76 mille"); whether a full stop after
     * digits makes an ordinal ({@code ordinalDot}: German "am 3. Oktober", "vom 13. bis 17."), so that it ends no
     * sentence; the order of a numeric date ({@code dateOrder}: "day-month-year") and the clock the language writes
     * ({@code clock}: "24-hour"), null where usage varies. {@code null} numbers mean they are not known.
     */
    public record Numbers(char decimal, List<Character> grouping, String currencySign, List<String> afterNumber,
                          Pattern pluralNounTag, Pattern modifierTag, List<String> months,
                          java.util.Map<String, String> calquedMagnitudes, List<String> thousandWords,
                          boolean ordinalDot, String dateOrder, String clock) {
        public Numbers {
            thousandWords = thousandWords == null ? List.of() : List.copyOf(thousandWords);
            grouping = grouping == null ? List.of() : List.copyOf(grouping);
            afterNumber = afterNumber == null ? List.of() : List.copyOf(afterNumber);
            months = months == null ? List.of() : List.copyOf(months);
            calquedMagnitudes = calquedMagnitudes == null ? java.util.Map.of() : java.util.Map.copyOf(calquedMagnitudes);
            currencySign = currencySign == null ? "" : currencySign;
        }

        /** Whether the currency sign follows the amount ("25 €") rather than leading it ("$25"). */
        public boolean signAfterAmount() {
            return currencySign.equals("after");
        }

        public boolean signBeforeAmount() {
            return currencySign.startsWith("before");
        }

        /** The mark that groups thousands in this language's own text. */
        public char preferredGrouping() {
            return grouping.isEmpty() ? ' ' : grouping.get(0);
        }

        public boolean groupsWith(char mark) {
            return grouping.contains(mark);
        }
    }

    /**
     * Typesetting conventions: a space before {@code ; : ! ?} (French), whether headings may capitalise every
     * word (English) rather than only the first (most other languages), and the pronouns written with a capital
     * anywhere in a sentence (English "I", German polite "Sie"), and the words that elide before a vowel and join
     * the next word with an apostrophe and no space (French "l'", "qu'"), and whether the language writes
     * full-width brackets, colons and commas with no space around them (Chinese, Japanese), which translation
     * into a Latin script turns into ASCII marks without the space; and the accented capitals the language's
     * writers often leave without their accent ({@code accentedCapitals}: "EÉÈÊ" is E for É, È or Ê, French
     * "Etats-Unis"); and the nouns that, capitalised, are the name of one being, though the dictionary reads them
     * as common nouns ({@code capitalisedNouns}: Spanish "Dios"); and the adverbs and prepositions that open a
     * sentence and begin no name ({@code sentenceOpeners}: "According to", "However", French "Selon"), so that one
     * capitalised right after a word marks a lost full stop; and the verbs written as a clitic after an apostrophe
     * ({@code verbContractions}: English "s", "re", "ll", "t" of "it's", "they're", "we'll", "don't"); and its
     * personal subject pronouns, lowercase ({@code subjectPronouns}: French "il", "ils"), which begin no name, so
     * that one capitalised right after a name restarts a sentence, unless the name is a work's author
     * ({@code workNouns}: "the song by X", French "la chanson de X"), where the pronoun may open the work's title.
     */
    public record Typography(boolean spaceBeforeHighPunctuation, boolean titleCaseHeadings,
                             Set<String> capitalisedPronouns, List<String> elisions, boolean fullWidthPunctuation,
                             List<String> accentedCapitals, Set<String> capitalisedNouns, List<String> sentenceOpeners,
                             Set<String> verbContractions, Set<String> subjectPronouns, Set<String> workNouns) {
        static final Typography DEFAULT = new Typography(false, false, null, null, false, null, null, null, null, null,
                null);

        public Typography {
            subjectPronouns = subjectPronouns == null ? Set.of() : Set.copyOf(subjectPronouns);
            workNouns = workNouns == null ? Set.of() : Set.copyOf(workNouns);
            verbContractions = verbContractions == null ? Set.of() : Set.copyOf(verbContractions);
            sentenceOpeners = sentenceOpeners == null ? List.of() : List.copyOf(sentenceOpeners);
            capitalisedPronouns = capitalisedPronouns == null ? Set.of() : Set.copyOf(capitalisedPronouns);
            capitalisedNouns = capitalisedNouns == null ? Set.of() : Set.copyOf(capitalisedNouns);
            elisions = elisions == null ? List.of() : List.copyOf(elisions);
            accentedCapitals = accentedCapitals == null ? List.of() : List.copyOf(accentedCapitals);
        }
    }

    /**
     * LanguageTool's part-of-speech tags, as regular expressions over a whole tag: proper nouns; prepositions and
     * conjunctions (words that join a sentence's parts and cannot start a new one); determiners; nouns, adjectives
     * and names (what a surname that is also a word can be); common nouns, for languages that capitalise them;
     * pronouns; verbs; adjectives; coordinating conjunctions ("y", "et", "e"); and finite verb forms, the ones that
     * make a clause ("said", "ist"; not participles such as "saying" or "gesagt"; English base forms count, as
     * imperatives). A language without tags has no proper nouns, connectives, determiners, pronouns, verbs,
     * adjectives or coordinating conjunctions, and every tag is nominal.
     */
    public record Tags(Pattern properNoun, Pattern connective, Pattern determiner, Pattern nominal, Pattern noun,
                       Pattern pronoun, Pattern verb, Pattern adjective, Pattern coordinating, Pattern relative,
                       Pattern personName, Pattern finiteVerb) {
        static final Tags NONE = new Tags(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * How the language cases institutions: a portfolio is capitalised after a ministry's head and linking word
     * ("Ministry of Health", "ministro de Defensa"; {@code headsAnyCase} when the head itself may be lowercase),
     * and offices the language writes in lowercase ("el presidente") except after a form of address that
     * capitalises them ({@code addressForms}: "Monsieur le Président"); titles of nobility, which the language
     * writes in lowercase too ({@code lowercaseTitles}: "el duque de Alba", "le comte de Paris"); royal titles,
     * written in lowercase before the name they go with ({@code royalTitles}: "la reina Isabel", "le prince Harry"),
     * though the press may capitalise one standing alone for a reigning monarch ("el Rey"); and generic
     * nouns of places and bodies, written in lowercase before a specific name that alone is capitalised, adjective
     * or not ({@code genericNouns}: "el océano Pacífico", "la plaza Mayor", "la mer Baltique"); and, where the name
     * of a body capitalises its first noun only, with the adjectives after it in lowercase, the nouns such names
     * start with ({@code bodyNouns}: French "la Garde civile", "l'Union européenne"; empty where names capitalise
     * every significant word); {@code portfoliosFirst}, the portfolios the language also puts before the head
     * ("the Foreign Ministry"); {@code conventionalCapitals}, the offices with their complement that the language's
     * own convention capitalises, unlike its other offices (French "le Président de la République");
     * {@code titlesBeforeNames}, the offices and ranks the language capitalises right before a person's name
     * (English "President Andrés López", "Captain Giovanni Rossi").
     */
    public record Institutions(List<String> heads, boolean headsAnyCase, List<String> linkingWords,
                               List<String> portfolios, List<String> lowercaseOffices, List<String> addressForms,
                               Set<String> lowercaseTitles, Set<String> royalTitles, Set<String> genericNouns,
                               Set<String> bodyNouns, List<String> portfoliosFirst,
                               List<String> conventionalCapitals, List<String> titlesBeforeNames) {
        public Institutions {
            heads = heads == null ? List.of() : List.copyOf(heads);
            linkingWords = linkingWords == null ? List.of() : List.copyOf(linkingWords);
            portfolios = portfolios == null ? List.of() : List.copyOf(portfolios);
            lowercaseOffices = lowercaseOffices == null ? List.of() : List.copyOf(lowercaseOffices);
            addressForms = addressForms == null ? List.of() : List.copyOf(addressForms);
            lowercaseTitles = lowercaseTitles == null ? Set.of() : Set.copyOf(lowercaseTitles);
            royalTitles = royalTitles == null ? Set.of() : Set.copyOf(royalTitles);
            genericNouns = genericNouns == null ? Set.of() : Set.copyOf(genericNouns);
            bodyNouns = bodyNouns == null ? Set.of() : Set.copyOf(bodyNouns);
            portfoliosFirst = portfoliosFirst == null ? List.of() : List.copyOf(portfoliosFirst);
            conventionalCapitals = conventionalCapitals == null ? List.of() : List.copyOf(conventionalCapitals);
            titlesBeforeNames = titlesBeforeNames == null ? List.of() : List.copyOf(titlesBeforeNames);
        }

        static final Institutions NONE = new Institutions(null, false, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * What a group of regions writes differently from the language's entry ({@code regions:} in a descriptor):
     * the regions ({@code codes}: ISO 3166 letters or UN area digits, "MX", "419"), number marks and quotation
     * marks that override the language's (each field given replaces the language's, the others stay), and the
     * LanguageTool variant to check them with where LanguageTool lists none of its own ("IN" in English: "en-GB").
     */
    public record Region(List<String> codes, RegionNumbers numbers, RegionQuotes quotes, String languagetoolVariant) {
        public Region {
            codes = codes == null ? List.of() : codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        }

        boolean covers(String region) {
            return codes.contains(region);
        }
    }

    /** A region's number marks; null fields are the language's (or CLDR's, see {@link RegionalConventions}). */
    public record RegionNumbers(Character decimal, List<Character> grouping, String currencySign) {
    }

    /** A region's quotation marks; null fields are the language's. */
    public record RegionQuotes(Character open, Character close, String nativeMarks, Boolean commaInside,
                               Boolean spacedInside, String innerMarks) {
    }

    public LanguageDescriptor {
        code = code.toLowerCase(Locale.ROOT);
        regions = regions == null ? List.of() : List.copyOf(regions);
        name = name == null ? code : name;
        script = script == null ? Character.UnicodeScript.LATIN : script;
        languagetool = languagetool == null ? new LanguageToolData(null, List.of(), List.of()) : languagetool;
        typography = typography == null ? Typography.DEFAULT : typography;
        tags = tags == null ? Tags.NONE : tags;
        nameParticles = nameParticles == null ? COMMON_NAME_PARTICLES : Set.copyOf(nameParticles);
        institutions = institutions == null ? Institutions.NONE : institutions;
        surnamesAsEnglishWords = surnamesAsEnglishWords == null ? java.util.Map.of() : java.util.Map.copyOf(surnamesAsEnglishWords);
        romanisation = romanisation == null ? List.of() : romanisation.stream().map(List::copyOf).toList();
        alsoWrites = alsoWrites == null ? List.of() : List.copyOf(alsoWrites);
        wordPrefixes = wordPrefixes == null ? List.of() : List.copyOf(wordPrefixes);
    }

    /** Every script the language is written in: its main one first, then those it mixes in (Japanese kana). */
    public List<Character.UnicodeScript> scripts() {
        List<Character.UnicodeScript> all = new java.util.ArrayList<>(alsoWrites.size() + 1);
        all.add(script);
        all.addAll(alsoWrites);
        return all;
    }

    /** The {@code regions:} entry that covers {@code region} ("MX", "419"), or null when none does. */
    public Region region(String region) {
        return region == null ? null : regions.stream().filter(r -> r.covers(region)).findFirst().orElse(null);
    }

    /** Whether the language's own text uses letters of {@code s}. */
    public boolean writes(Character.UnicodeScript s) {
        return s == script || alsoWrites.contains(s);
    }

    /** The marks of English, which every language without its own falls back to. */
    static final Quotes ENGLISH_QUOTES = new Quotes('\u201c', '\u201d', "\u201c\u201d\"", true, false, "", false);

    /** A language mtlint has no descriptor for: Latin script, English quotation marks, numbers unknown. */
    static LanguageDescriptor unknown(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return new LanguageDescriptor(code, name.isEmpty() ? code : name, null, null, 0, false, false, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** The quotation marks of the language, English ones when the descriptor names none. */
    public Quotes quoteMarks() {
        return quotes == null ? ENGLISH_QUOTES : quotes;
    }

    /** The LanguageTool variant for this language written as a bare code ("en" gives "en-US"). */
    public String languageToolVariant() {
        return languagetool.variant() == null ? code : languagetool.variant();
    }

    /** Whether {@code auto} may name this language as a document's source, and in which order it is tried. */
    public boolean detectableAsSource() {
        return sourceDetection > 0;
    }

    public boolean isProperNounTag(String tag) {
        return matches(tags.properNoun(), tag, false);
    }

    public boolean isConnectiveTag(String tag) {
        return matches(tags.connective(), tag, false);
    }

    public boolean isDeterminerTag(String tag) {
        return matches(tags.determiner(), tag, false);
    }

    public boolean isNominalTag(String tag) {
        return matches(tags.nominal(), tag, true);
    }

    /** A reading of a common noun, for languages that capitalise nouns. */
    public boolean isNounTag(String tag) {
        return capitalisesNouns && matches(tags.noun(), tag, false);
    }

    public boolean isPronounTag(String tag) {
        return matches(tags.pronoun(), tag, false);
    }

    public boolean isVerbTag(String tag) {
        return matches(tags.verb(), tag, false);
    }

    /** Whether the descriptor tells finite verb forms apart, so that a clause without one can be recognised. */
    public boolean tellsFiniteVerbs() {
        return tags.finiteVerb() != null;
    }

    public boolean isFiniteVerbTag(String tag) {
        return matches(tags.finiteVerb(), tag, false);
    }

    public boolean isAdjectiveTag(String tag) {
        return matches(tags.adjective(), tag, false);
    }

    /** Whether the tag marks a person's name (German "EIG:…:NAC", a surname); false where the tags do not say. */
    public boolean isPersonNameTag(String tag) {
        return matches(tags.personName(), tag, false);
    }

    /** Relative pronouns and adverbs ("which", "où", "donde"): a clause they open continues a sentence. */
    public boolean isRelativeTag(String tag) {
        return matches(tags.relative(), tag, false);
    }

    public boolean isCoordinatingTag(String tag) {
        return matches(tags.coordinating(), tag, false);
    }

    /**
     * A reading of a closed-class word: a preposition, conjunction, determiner or pronoun ("the", "after",
     * "which", "und", "que").
     */
    public boolean isFunctionTag(String tag) {
        return isConnectiveTag(tag) || isDeterminerTag(tag) || isPronounTag(tag);
    }

    public boolean isNameParticle(String word) {
        return nameParticles.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(Pattern pattern, String tag, boolean whenUnknown) {
        return pattern == null ? whenUnknown : WholeMatches.matches(pattern, tag);
    }
}
