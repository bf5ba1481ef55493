package io.mtlint.languagetool;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.support.Preload;
import io.mtlint.support.Trace;
import org.languagetool.Language;
import org.languagetool.Languages;

import java.util.Locale;
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

    /**
     * The LanguageTool language for a code such as {@code en}, {@code en-US}, {@code es_MX} or {@code es-419}: the
     * one {@link #variantFor} chooses.
     */
    public static Language language(String code) {
        return BY_CODE.computeIfAbsent(code, c -> {
            String variant = variantFor(c);
            if (variant == null) {
                throw new IllegalArgumentException("unsupported language '" + c + "' (available: "
                        + available() + ")");
            }
            return Languages.getLanguageForShortCode(variant);
        });
    }

    /**
     * The LanguageTool language closest to a code, as its code, or null when LanguageTool has none for the base
     * language. This is the one place a user's code becomes LanguageTool's: a code LanguageTool lists is itself
     * ({@code es-AR}, {@code de-CH}, {@code en-GB}, {@code ca-ES-valencia}, bare {@code de}); a region the
     * language's descriptor assigns a variant is that variant ({@code de-LI} is checked as {@code de-CH}, since
     * Liechtenstein writes ss for ß); any other region is LanguageTool's own choice for the locale, from the
     * countries each of its variants lists ({@code es-MX} and {@code es-419} are {@code es}, whose list holds
     * Mexico; {@code fr-LU} is {@code fr}), falling back to the language's default variant.
     */
    public static String variantFor(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        LANGUAGES.future().join();
        String normal = LanguageCodes.normalise(code);
        if (Languages.isLanguageSupported(normal)) {
            return normal;
        }
        String base = LanguageCodes.base(normal);
        if (!Languages.isLanguageSupported(base) || !LanguageCodes.isKnown(base)) {
            return null;
        }
        String region = LanguageCodes.region(normal);
        if (region == null) {
            return base;
        }
        io.mtlint.lang.LanguageDescriptor.Region entry = io.mtlint.lang.Languages.of(base).region(region);
        if (entry != null && entry.languagetoolVariant() != null) {
            return entry.languagetoolVariant();
        }
        Language chosen = Languages.getLanguageForLocale(new Locale(base, region));
        return chosen.getShortCode().equals(base) ? chosen.getShortCodeWithCountryAndVariant() : base;
    }

    /** The variant LanguageTool checks best for a bare language code: spelling needs a regional variant. */
    public static String defaultVariant(String code) {
        return code.contains("-") || code.contains("_") ? code : io.mtlint.lang.Languages.of(code).languageToolVariant();
    }

    /** Whether LanguageTool checks the language of {@code code}, in the code's region or the closest variant. */
    public static boolean isSupported(String code) {
        return variantFor(code) != null;
    }

    public static String available() {
        return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }

    /** The languages LanguageTool checks, by bare code, each of which takes any region: "ca, de, en, …". */
    public static String availableBases() {
        LANGUAGES.future().join();
        return Languages.get().stream().map(Language::getShortCode)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }

    /**
     * The lexicon of a language; a bare code, or a region LanguageTool checks as the bare language ({@code de-LU}),
     * reads the dictionaries of its default variant, since LanguageTool's plain German, for one, has a speller that
     * accepts every word.
     */
    public static Lexicon lexicon(String code) {
        return LEXICONS.computeIfAbsent(canonical(defaultVariant(canonical(code))), c -> new Lexicon(language(c)));
    }

    public static SentenceSplitter sentenceSplitter(String code) {
        return SPLITTERS.computeIfAbsent(canonical(code), c -> new SentenceSplitter(language(c)));
    }

    private static String canonical(String code) {
        return language(code).getShortCodeWithCountryAndVariant();
    }
}
