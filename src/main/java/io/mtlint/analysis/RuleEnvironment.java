package io.mtlint.analysis;

import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.SentenceSplitter;
import io.mtlint.translate.Translator;


/**
 * What the built-in detectors work with: the target and source languages' LanguageTool data, the vocabulary
 * from the rule packs, and an optional machine translator for fix suggestions. Everything here is shared and
 * thread-safe.
 */
public final class RuleEnvironment {
    private final String target;
    private final String source;
    private final Vocabulary vocabulary;
    private final java.util.function.Function<String, Translator> translators;
    private final java.util.Map<String, Translator> translatorCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code translators} gives the translator from a source language into the target, for fix suggestions. */
    public RuleEnvironment(String target, String source, Vocabulary vocabulary,
                           java.util.function.Function<String, Translator> translators) {
        this.target = target;
        this.source = source;
        this.vocabulary = vocabulary;
        this.translators = translators;
    }

    /** The target language code as given, e.g. {@code en-US}. */
    public String target() {
        return target;
    }

    /** The target language without region, e.g. {@code en}. */
    public String targetBase() {
        return base(target);
    }

    /** The source language code as configured: a code, {@value #AUTO}, or null when it is unknown. */
    public String source() {
        return source;
    }

    /** The source language of this document: the configured one, or the one its leftovers point to. */
    public String sourceFor(io.mtlint.model.Document document) {
        if (!AUTO.equals(source)) {
            return source;
        }
        return document.derived(SourceDetector.class.getName() + "|" + target,
                () -> java.util.Optional.ofNullable(SourceDetector.detect(this, document))).orElse(null);
    }

    /** Source languages {@value #AUTO} chooses among, when LanguageTool has them. */
    public static final java.util.List<String> AUTO_CANDIDATES = java.util.List.of("es", "fr", "de", "pt", "it",
            "ca", "ru", "uk", "en");
    public static final String AUTO = "auto";

    public Lexicon targetLexicon() {
        return LanguageRegistry.lexicon(target);
    }

    public Lexicon sourceLexicon(io.mtlint.model.Document document) {
        String s = sourceFor(document);
        return s == null ? null : LanguageRegistry.lexicon(s);
    }

    public SentenceSplitter sentences() {
        return LanguageRegistry.sentenceSplitter(target);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * A value built once per environment and shared by every document and thread (a detector's per-language
     * state and word caches); {@code create} must give a thread-safe value.
     */
    @SuppressWarnings("unchecked")
    <T> T shared(Object key, java.util.function.Supplier<T> create) {
        return (T) shared.computeIfAbsent(key, k -> create.get());
    }

    public Translator translatorFor(String sourceCode) {
        return translatorCache.computeIfAbsent(sourceCode, translators);
    }

    public static String base(String code) {
        return io.mtlint.lang.LanguageCodes.base(code);
    }
}
