package io.mtlint.analysis;

import io.mtlint.lang.CityNames;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.PhraseWords;
import io.mtlint.text.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Country and city names as the source language writes them where the target writes them otherwise ("Alemania",
 * "Royaume-Uni", "Londres" in English; "Germany" in Spanish), from CLDR (the JDK's locale data and
 * {@link CityNames}): machine translation leaves them untranslated, and an editor reads them as source-language text.
 */
public final class Exonyms {
    /** One source-language name in a text, with the target language's name for the same place. */
    public record Match(int start, int end, String sourceName, String targetName) {
    }

    private static final Map<String, Exonyms> BY_PAIR = new ConcurrentHashMap<>();

    private final Map<String, String> targetBySource;
    /**
     * The names by their first run of letters ("Côte" for "Côte d’Ivoire"), longest first: a text is searched
     * once, word by word, instead of trying some 250 alternatives at every position.
     */
    private final Map<String, List<String>> namesByFirstRun = new HashMap<>();

    private Exonyms(Map<String, String> targetBySource) {
        this.targetBySource = targetBySource;
        for (String name : targetBySource.keySet()) {
            namesByFirstRun.computeIfAbsent(name.substring(0, PhraseWords.wordEnd(name, 0, name.length())), k -> new ArrayList<>()).add(name);
        }
        namesByFirstRun.values().forEach(names -> names.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /**
     * The exonyms of {@code source} in {@code target}: every country and city ({@link CityNames}) whose names
     * differ, less those the target's dictionary knows as a word of its own (German "Island" is Iceland; English
     * "island" is a word).
     */
    public static Exonyms of(String source, String target, Lexicon targetLexicon) {
        return BY_PAIR.computeIfAbsent(source + ">" + target, k -> {
            Locale from = Locale.forLanguageTag(source);
            Locale to = Locale.forLanguageTag(target);
            Map<String, String> names = new HashMap<>();
            for (String country : Locale.getISOCountries()) {
                Locale region = new Locale("", country);
                String sourceName = region.getDisplayCountry(from);
                if (!sourceName.equals(country)) {
                    names.put(sourceName, region.getDisplayCountry(to).replace(" & ", " and "));
                }
            }
            CityNames.get().pairs(LanguageCodes.base(source), LanguageCodes.base(target), names);
            Map<String, String> map = new HashMap<>();
            names.forEach((sourceName, targetName) -> {
                if (!sourceName.isEmpty() && !sourceName.equalsIgnoreCase(targetName)
                        && Character.isUpperCase(sourceName.codePointAt(0))
                        && (sourceName.contains(" ") || !targetLexicon.knowsAnyCase(sourceName))) {
                    map.put(sourceName, targetName);
                }
            });
            return new Exonyms(map);
        });
    }

    /** The source-language names this finds. */
    public Set<String> sourceNames() {
        return targetBySource.keySet();
    }

    /** Each name standing as a whole word: not inside a longer word, number or hyphenated compound. */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int runEnd = PhraseWords.wordEnd(text, i, text.length());
            String name = i > 0 && joinsWord(text.codePointBefore(i)) ? null : nameAt(text, i, runEnd);
            if (name == null) {
                i = runEnd;
                continue;
            }
            found.add(new Match(i, i + name.length(), name, targetBySource.get(name)));
            i += name.length();
        }
        return found;
    }

    /**
     * Whether {@code m} stands as a person's given name: right before a capitalised word that is no word of the
     * target ("Maurício Souza": Portuguese "Maurício" is Mauritius and a man's name; "Alemania Occidental" stays a
     * country).
     */
    public static boolean isGivenName(String text, Match m, Lexicon targetLexicon) {
        int next = m.end() + 1;
        if (next >= text.length() || text.charAt(m.end()) != ' ' || !Character.isUpperCase(text.codePointAt(next))) {
            return false;
        }
        int end = PhraseWords.wordEnd(text, next, text.length());
        String word = text.substring(next, end);
        return end - next > 1 && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                && !targetLexicon.knows(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code m} is part of a longer name: a channel ("France 2"), or after a capitalised word in mid-sentence
     * ("Radio New Zealand"), or after one and a particle that is no function word of the target ("Tour de France" in
     * German, "Banco de España" in English). "The President of Francia" stays a leftover: "of" is a word of the target.
     */
    public static boolean isPartOfLongerName(String text, Match m, Lexicon targetLexicon) {
        if (isChannel(text, m) || startsLongerName(text, m, targetLexicon)) {
            return true;
        }
        int before = wordBefore(text, m.start());
        if (before < 0) {
            return false;
        }
        String word = text.substring(before, m.start() - 1);
        if (Character.isLowerCase(word.codePointAt(0))) {
            if (word.length() > 3 || FunctionWords.is(targetLexicon, word)) {
                return false;
            }
            int particle = before;
            before = wordBefore(text, particle);
            if (before < 0) {
                return false;
            }
            word = text.substring(before, particle - 1);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // A brand or name opening the sentence ("SciPy India") names the event as much as one inside it.
        boolean nameOpensSentence = !word.equals(Character.toUpperCase(word.charAt(0)) + lower.substring(1))
                || !targetLexicon.knowsAnyCase(word);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && (!Sentences.startsSentence(text, before) || nameOpensSentence)
                && !FunctionWords.is(targetLexicon, lower);
    }

    /**
     * The match goes on into a capitalised word or an acronym that is no function word ("Japan DNS Server",
     * "India Today"): a name the country's name begins.
     */
    private static boolean startsLongerName(String text, Match m, Lexicon targetLexicon) {
        int next = m.end() + 1;
        if (next >= text.length() || text.charAt(m.end()) != ' ' || !Character.isUpperCase(text.codePointAt(next))) {
            return false;
        }
        int end = next;
        while (end < text.length() && isWordPart(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        String word = text.substring(next, end);
        return !word.isEmpty() && !FunctionWords.is(targetLexicon, word.toLowerCase(Locale.ROOT))
                && !Sentences.startsSentence(text, next);
    }

    /**
     * A channel named by a country and a number ("France 2", "France 24"); a score ("Alemania 2-1", "Alemania 2 -
     * 1") is none.
     */
    private static boolean isChannel(String text, Match m) {
        int i = m.end() + 1;
        if (i >= text.length() || text.charAt(m.end()) != ' ' || !Character.isDigit(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || ".,;)!?".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return text.charAt(i) == ' ' && i + 1 < text.length() && !Character.isDigit(text.charAt(i + 1))
                && text.charAt(i + 1) != '-' && text.charAt(i + 1) != '\u2013';
    }

    /** Where the word that ends one space before {@code start} begins, or -1. */
    private static int wordBefore(String text, int start) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ' || !isWordPart(text.codePointBefore(end))) {
            return -1;
        }
        int i = end;
        while (i > 0 && isWordPart(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    private String nameAt(String text, int start, int runEnd) {
        List<String> candidates = namesByFirstRun.get(text.substring(start, runEnd));
        if (candidates == null) {
            return null;
        }
        for (String name : candidates) {
            int end = start + name.length();
            if (text.startsWith(name, start) && (end == text.length() || !isWordPart(text.codePointAt(end)))) {
                return name;
            }
        }
        return null;
    }

    private static boolean joinsWord(int before) {
        return isWordPart(before) || before == '-';
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER;
    }
}
