package io.mtlint.analysis;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.LanguagePair;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.SentenceSplitter;
import io.mtlint.model.Document;
import io.mtlint.translate.Translator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the built-in detectors work with: the language pair and its descriptors, the languages' LanguageTool data,
 * the vocabulary from the rule packs, and an optional machine translator for fix suggestions. Everything here is
 * shared and thread-safe.
 */
public final class RuleEnvironment {
    private final LanguagePair pair;
    private final Vocabulary vocabulary;
    private final Function<String, Translator> translators;
    private final Map<String, Translator> translatorCache = new ConcurrentHashMap<>();
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();
    /** Every rule asks for the source in every block: one key object, built once, not a string per call. */
    private final SourceKey sourceKey;

    private record SourceKey(String target) {
    }

    /** {@code translators} gives the translator from a source language into the target, for fix suggestions. */
    public RuleEnvironment(LanguagePair pair, Vocabulary vocabulary, Function<String, Translator> translators) {
        this.pair = pair;
        this.vocabulary = vocabulary;
        this.translators = translators;
        this.sourceKey = new SourceKey(pair.target());
    }

    public LanguagePair pair() {
        return pair;
    }

    /** The target language code as given, e.g. {@code en-US}. */
    public String target() {
        return pair.target();
    }

    /** The target language without region, e.g. {@code en}. */
    public String targetBase() {
        return pair.targetBase();
    }

    public LanguageDescriptor targetLanguage() {
        return pair.targetLanguage();
    }

    /** The source language of this document: the configured one, or the one its leftovers point to. */
    public String sourceFor(Document document) {
        if (!pair.detectsSource()) {
            return pair.source();
        }
        return document.derived(sourceKey, () -> Optional.ofNullable(SourceDetector.detect(this, document))).orElse(null);
    }

    public Lexicon targetLexicon() {
        return LanguageRegistry.lexicon(pair.target());
    }

    /** The source language's dictionary for this document, or null when its source is unknown or LanguageTool lacks it. */
    public Lexicon sourceLexicon(Document document) {
        String s = sourceFor(document);
        return s == null || !LanguageRegistry.isSupported(s) ? null : LanguageRegistry.lexicon(s);
    }

    public SentenceSplitter sentences() {
        return LanguageRegistry.sentenceSplitter(pair.target());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * A value built once per environment and shared by every document and thread (a detector's per-language
     * state and word caches); {@code create} must give a thread-safe value.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> create) {
        return (T) shared.computeIfAbsent(key, k -> create.get());
    }

    public Translator translatorFor(String sourceCode) {
        return translatorCache.computeIfAbsent(sourceCode, translators);
    }

    public static String base(String code) {
        return LanguageCodes.base(code);
    }
}
