package io.mtlint.languagetool;

import io.mtlint.text.PhraseWords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A language's fixed multi-word expressions from LanguageTool's {@code multiwords.txt}: adverbial, prepositional
 * and conjunctive locutions such as Spanish "sin embargo". They reveal untranslated text even when each word
 * happens to be an English word too.
 */
public final class Locutions {
    private static final Map<String, Locutions> CACHE = new ConcurrentHashMap<>();
    /** Compiled once: {@code String.split} would compile them again for each of some 20,000 lines at start-up. */
    private static final Pattern SEPARATOR = Pattern.compile("[\t;/]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Locutions by their first and second words, lowercase, each as its list of words: Spanish has hundreds
     * starting with "a", so the first word alone narrows too little.
     */
    private final Map<String, Map<String, List<List<String>>>> byFirstWords = new HashMap<>();
    /**
     * The same locutions as the detectors split prose ({@link PhraseWords}: "coup d'état" is three words), by their
     * first and second words.
     */
    private final Map<String, Map<String, List<List<String>>>> byFirstProseWords = new HashMap<>();
    /** Phrases (their prose words, joined by spaces) the list writes with a capital ("Buenos Aires"): names. */
    private final Set<String> names = new HashSet<>();

    private Locutions(String language, boolean locutionsOnly) {
        read("/org/languagetool/resource/" + language + "/multiwords.txt", locutionsOnly);
        if (!locutionsOnly) {
            // Multi-word entries of the speller's word list: Latin and loan phrases the language uses as is.
            read("/org/languagetool/resource/" + language + "/hunspell/spelling.txt", false);
        }
    }

    private void read(String resource, boolean locutionsOnly) {
        try (InputStream in = Locutions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = SEPARATOR.split(line, 2);
                String tag = parts.length > 1 ? parts[1].trim() : "";
                if (locutionsOnly && !tag.startsWith("LOC")) {
                    continue;
                }
                String written = parts[0].trim();
                String phrase = written.toLowerCase(Locale.ROOT);
                List<String> proseWords = PhraseWords.of(phrase);
                if (proseWords.size() >= 2) {
                    byFirstProseWords.computeIfAbsent(proseWords.get(0), k -> new HashMap<>())
                            .computeIfAbsent(proseWords.get(1), k -> new java.util.ArrayList<>()).add(proseWords);
                    if (!phrase.equals(written)) {
                        names.add(String.join(" ", proseWords));
                    }
                }
                List<String> words = List.of(SPACES.split(phrase));
                if (words.size() < 2) {
                    continue;
                }
                byFirstWords.computeIfAbsent(words.get(0), k -> new HashMap<>())
                        .computeIfAbsent(words.get(1), k -> new java.util.ArrayList<>()).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixed locutions of a source language (adverbial, prepositional, conjunctive). */
    public static Locutions of(String language) {
        String base = io.mtlint.lang.LanguageCodes.base(language);
        return CACHE.computeIfAbsent("loc:" + base, k -> new Locutions(base, true));
    }

    /** Every multi-word expression LanguageTool lists for a language, for telling loans from leftovers. */
    public static Locutions allOf(String language) {
        String base = io.mtlint.lang.LanguageCodes.base(language);
        return CACHE.computeIfAbsent("all:" + base, k -> new Locutions(base, false));
    }

    /** Whether some locution starts with this lowercase word. */
    public boolean startsAny(String first) {
        return byFirstWords.containsKey(first);
    }

    /** The locutions (each at least two words) that start with these two lowercase words. */
    public List<List<String>> startingWith(String first, String second) {
        Map<String, List<List<String>>> bySecond = byFirstWords.get(first);
        return bySecond == null ? List.of() : bySecond.getOrDefault(second, List.of());
    }

    /**
     * The locutions, each as its lowercase words split as prose is ({@link PhraseWords}), that start with these two
     * such words.
     */
    public List<List<String>> startingWithProseWords(String first, String second) {
        Map<String, List<List<String>>> bySecond = byFirstProseWords.get(first);
        return bySecond == null ? List.of() : bySecond.getOrDefault(second, List.of());
    }

    /** True when the list writes the phrase (given as its lowercase prose words) with a capital: a name. */
    public boolean isName(List<String> phrase) {
        return names.contains(String.join(" ", phrase));
    }
}
