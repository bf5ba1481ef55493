package io.mtlint.languagetool;

import io.mtlint.support.Preload;
import io.mtlint.support.Trace;
import org.languagetool.Language;
import org.languagetool.Languages;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Process-wide access to LanguageTool's language data. Everything is created on first use and shared: taggers and
 * dictionaries are large, and loading them twice would double start-up time.
 */
public final class LanguageRegistry {
    private static final Map<String, Lexicon> LEXICONS = new ConcurrentHashMap<>();
    private static final Map<String, SentenceSplitter> SPLITTERS = new ConcurrentHashMap<>();
    /**
     * Languages by the code asked for: LanguageTool finds a code by going through all its languages, and the
     * detectors ask for their lexicons by code in every block of text.
     */
    private static final Map<String, Language> BY_CODE = new ConcurrentHashMap<>();

    /** LanguageTool's list of languages, loaded by the first of {@link #preload} and {@link #isSupported}. */
    private static final Preload<Boolean> LANGUAGES = new Preload<>("mtlint-language-list", () -> {
        Trace.mark("language list: loading");
        Languages.get();
        Trace.mark("language list: loaded");
        return true;
    });

    private LanguageRegistry() {
    }

    /**
     * Starts loading LanguageTool's language list on a background thread (a third of a second of class loading),
     * so that it overlaps with reading rule packs; {@link #isSupported} waits for it.
     */
    public static void preload() {
        LANGUAGES.start();
    }

    /** The LanguageTool language for a code such as {@code en}, {@code en-US} or {@code es}. */
    public static Language language(String code) {
        return BY_CODE.computeIfAbsent(code, c -> {
            if (!Languages.isLanguageSupported(c)) {
                throw new IllegalArgumentException("unsupported language '" + c + "' (available: "
                        + available() + ")");
            }
            return Languages.getLanguageForShortCode(c);
        });
    }

    /** The variant LanguageTool checks best for a bare language code: spelling needs a regional variant. */
    public static String defaultVariant(String code) {
        return code.contains("-") || code.contains("_") ? code : io.mtlint.lang.Languages.of(code).languageToolVariant();
    }

    public static boolean isSupported(String code) {
        LANGUAGES.future().join();
        return Languages.isLanguageSupported(code);
    }

    public static String available() {
        return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }

    /**
     * The lexicon of a language; a bare code reads the dictionaries of its default variant, since LanguageTool's
     * plain German, for one, has a speller that accepts every word.
     */
    public static Lexicon lexicon(String code) {
        return LEXICONS.computeIfAbsent(canonical(defaultVariant(code)), c -> new Lexicon(language(c)));
    }

    public static SentenceSplitter sentenceSplitter(String code) {
        return SPLITTERS.computeIfAbsent(canonical(code), c -> new SentenceSplitter(language(c)));
    }

    private static String canonical(String code) {
        return language(code).getShortCodeWithCountryAndVariant();
    }
}
