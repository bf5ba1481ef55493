package io.mtlint.lang;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How a target language builds what machine translation builds the source's way, read from
 * {@code io/mtlint/lang/constructions/<code>.yaml}: weekday and month names, verbs by the complements they take,
 * the nouns that name speakers, the documents that speak and the places a name may stand beside, what a passive of reporting names, the words of
 * hearsay and of conditions, relational adjectives and the words that take an adjective after them, countries
 * named without an article, and offices that translate word for word into a name the target does not use. Lemmas
 * and word lists are kept lowercase.
 */
public record Constructions(String language, List<String> weekdays, List<String> months, List<String> dayWords,
                            List<String> futureMarkers, Verbs verbs, Set<String> speakers,
                            Set<String> speakingDocuments, Set<String> placeNouns, Set<String> reportedThings,
                            List<String> hearsayMarkers,
                            List<String> conditionMarkers, Set<String> relationalAdjectives, Set<String> adjectiveAfter,
                            List<String> postposedPhrases, List<String> countriesWithoutArticle, List<Title> titles) {
    private static final String DIRECTORY = "/io/mtlint/lang/constructions/";
    private static final Map<String, Constructions> BY_CODE = new ConcurrentHashMap<>();

    /**
     * Verb lemmas by the complements they take ({@code objectComplement}: an object and an adjective that
     * describes it), {@code acts}: nouns for what a person-object verb's person is thanked or praised for,
     * which cannot be its object, {@code speechWithoutClause}: verbs of speaking that take no that-clause,
     * {@code appealing}: verbs of urging that take their addressee after a preposition ("appeals to"), and
     * {@code describing}: verbs of saying that also open the descriptions of reference documentation.
     */
    public record Verbs(Set<String> objectBeforeThat, Set<String> noThatClause, Set<String> personObject,
                        Set<String> acts, Set<String> reporting, Set<String> personObjectReporting,
                        Set<String> inverting, Set<String> invertingAfterExclamation, Set<String> passiveReporting,
                        Set<String> objectComplement, Set<String> speechWithoutClause, Set<String> appealing,
                        Set<String> describing) {
        public Verbs {
            objectBeforeThat = lower(objectBeforeThat);
            noThatClause = lower(noThatClause);
            personObject = lower(personObject);
            acts = lower(acts);
            reporting = lower(reporting);
            personObjectReporting = lower(personObjectReporting);
            inverting = lower(inverting);
            invertingAfterExclamation = lower(invertingAfterExclamation);
            passiveReporting = lower(passiveReporting);
            objectComplement = lower(objectComplement);
            speechWithoutClause = lower(speechWithoutClause);
            appealing = lower(appealing);
            describing = lower(describing);
        }

        static final Verbs NONE = new Verbs(null, null, null, null, null, null, null, null, null, null, null, null, null);

        /** The verbs that introduce speech: the reporting ones and those that put the speaker after them. */
        public Set<String> ofSpeech() {
            Set<String> verbs = new java.util.HashSet<>(reporting);
            verbs.addAll(inverting);
            return Set.copyOf(verbs);
        }
    }

    /**
     * An office or institution that a source language names in words the target renders literally: the source's
     * name, the literal rendering as a word pattern (see {@link #calqueWords}), the target's usual name, and a
     * word that, following the rendering, makes it a longer and correct name.
     */
    public record Title(String source, String original, String calque, String english, String unlessFollowedBy) {
        private static final String COUNTRY = " <country>";

        /** The word that, following the rendering, may make it a longer and correct name, or null. */
        public String follower() {
            return unlessFollowedBy == null ? null : unlessFollowedBy.replace(COUNTRY, "");
        }

        /** Whether only a country's name after {@link #follower} makes the longer name ("of the Republic of Korea"). */
        public boolean onlyBeforeCountry() {
            return unlessFollowedBy != null && unlessFollowedBy.endsWith(COUNTRY);
        }

        /**
         * The rendering's words: each a list of alternatives ({@code tenant|tenants}); an alternative in brackets
         * is optional, and {@code NAME} stands for a run of capitalised words.
         */
        public List<String> calqueWords() {
            return List.of(calque.trim().split("\\s+"));
        }
    }

    public Constructions {
        weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
        months = months == null ? List.of() : List.copyOf(months);
        dayWords = dayWords == null ? List.of() : List.copyOf(dayWords);
        futureMarkers = futureMarkers == null ? List.of() : List.copyOf(futureMarkers);
        verbs = verbs == null ? Verbs.NONE : verbs;
        speakers = lower(speakers);
        speakingDocuments = lower(speakingDocuments);
        placeNouns = lower(placeNouns);
        reportedThings = lower(reportedThings);
        hearsayMarkers = hearsayMarkers == null ? List.of() : List.copyOf(hearsayMarkers);
        conditionMarkers = conditionMarkers == null ? List.of() : List.copyOf(conditionMarkers);
        relationalAdjectives = lower(relationalAdjectives);
        adjectiveAfter = lower(adjectiveAfter);
        postposedPhrases = postposedPhrases == null ? List.of()
                : postposedPhrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        countriesWithoutArticle = countriesWithoutArticle == null ? List.of() : List.copyOf(countriesWithoutArticle);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** The constructions of {@code code}'s language ({@code en-US} reads {@code en}); empty for a language without. */
    public static Constructions of(String code) {
        return BY_CODE.computeIfAbsent(LanguageCodes.base(code), Constructions::load);
    }

    /** Whether mtlint knows the constructions of the language. */
    public boolean isKnown() {
        return !weekdays.isEmpty();
    }

    public boolean isWeekday(String word) {
        return weekdays.contains(word);
    }

    public boolean isMonth(String word) {
        return months.contains(word);
    }

    private static Set<String> lower(Set<String> words) {
        return words == null ? Set.of()
                : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static Constructions load(String base) {
        return LanguageData.read("constructions of " + base, DIRECTORY + base + ".yaml", Constructions.class,
                () -> new Constructions(base, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null));
    }
}
