package io.mtlint.languagetool;

import io.mtlint.core.Trace;
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

    private static final java.util.concurrent.CompletableFuture<Void> LANGUAGES_LOADED = new java.util.concurrent.CompletableFuture<>();
    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    private LanguageRegistry() {
    }

    /**
     * Starts loading LanguageTool's language list on a background thread (a third of a second of class loading),
     * so that it overlaps with reading rule packs; {@link #isSupported} waits for it.
     */
    public static void preload() {
        if (LOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    Trace.mark("language list: loading");
                    Languages.get();
                    Trace.mark("language list: loaded");
                    LANGUAGES_LOADED.complete(null);
                } catch (Throwable e) {
                    LANGUAGES_LOADED.completeExceptionally(e);
                }
            }, "mtlint-language-list");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The LanguageTool language for a code such as {@code en}, {@code en-US} or {@code es}. */
    public static Language language(String code) {
        if (!Languages.isLanguageSupported(code)) {
            throw new IllegalArgumentException("unsupported language '" + code + "' (available: "
                    + available() + ")");
        }
        return Languages.getLanguageForShortCode(code);
    }

    /** The variant LanguageTool checks best for a bare language code: spelling needs a regional variant. */
    public static String defaultVariant(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> "en-US";
            case "de" -> "de-DE";
            case "pt" -> "pt-PT";
            case "ca" -> "ca-ES";
            default -> code;
        };
    }

    public static boolean isSupported(String code) {
        preload();
        LANGUAGES_LOADED.join();
        return Languages.isLanguageSupported(code);
    }

    public static String available() {
        return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }

    public static Lexicon lexicon(String code) {
        return LEXICONS.computeIfAbsent(canonical(code), c -> new Lexicon(language(c)));
    }

    public static SentenceSplitter sentenceSplitter(String code) {
        return SPLITTERS.computeIfAbsent(canonical(code), c -> new SentenceSplitter(language(c)));
    }

    private static String canonical(String code) {
        return language(code).getShortCodeWithCountryAndVariant();
    }
}
