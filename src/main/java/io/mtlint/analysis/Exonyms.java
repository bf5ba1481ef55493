package io.mtlint.analysis;

import io.mtlint.languagetool.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Country names as the source language writes them where the target writes them otherwise ("Alemania",
 * "Royaume-Uni" in English; "Germany" in Spanish), from the JDK's locale data (CLDR): machine translation
 * leaves them untranslated, and an editor reads them as source-language text.
 */
public final class Exonyms {
    /** One source-language name in a text, with the target language's name for the same country. */
    public record Match(int start, int end, String sourceName, String targetName) {
    }

    private static final Map<String, Exonyms> BY_PAIR = new ConcurrentHashMap<>();

    private final Map<String, String> targetBySource;
    private final Pattern names;

    private Exonyms(Map<String, String> targetBySource) {
        this.targetBySource = targetBySource;
        this.names = targetBySource.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}-])(?:"
                + targetBySource.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}\\p{Nd}])");
    }

    /**
     * The exonyms of {@code source} in {@code target}: every country whose names differ, less those the target's
     * dictionary knows as a word of its own (German "Island" is Iceland; English "island" is a word).
     */
    public static Exonyms of(String source, String target, Lexicon targetLexicon) {
        return BY_PAIR.computeIfAbsent(source + ">" + target, k -> {
            Locale from = Locale.forLanguageTag(source);
            Locale to = Locale.forLanguageTag(target);
            Map<String, String> map = new HashMap<>();
            for (String country : Locale.getISOCountries()) {
                Locale region = new Locale("", country);
                String sourceName = region.getDisplayCountry(from);
                String targetName = region.getDisplayCountry(to).replace(" & ", " and ");
                if (sourceName.isEmpty() || sourceName.equals(country) || sourceName.equalsIgnoreCase(targetName)
                        || !Character.isUpperCase(sourceName.codePointAt(0))
                        || !sourceName.contains(" ") && targetLexicon.knowsAnyCase(sourceName)) {
                    continue;
                }
                map.put(sourceName, targetName);
            }
            return new Exonyms(map);
        });
    }

    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (names == null) {
            return found;
        }
        Matcher m = names.matcher(text);
        while (m.find()) {
            found.add(new Match(m.start(), m.end(), m.group(), targetBySource.get(m.group())));
        }
        return found;
    }
}
