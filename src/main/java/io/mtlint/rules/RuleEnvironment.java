package io.mtlint.rules;

import io.mtlint.core.Vocabulary;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.SentenceSplitter;
import io.mtlint.translate.Translator;

import java.util.Locale;

/**
 * What the built-in detectors work with: the target and source languages' LanguageTool data, the vocabulary
 * from the rule packs, and an optional machine translator for fix suggestions. Everything here is shared and
 * thread-safe.
 */
public final class RuleEnvironment {
    private final String target;
    private final String source;
    private final Vocabulary vocabulary;
    private final Translator translator;

    public RuleEnvironment(String target, String source, Vocabulary vocabulary, Translator translator) {
        this.target = target;
        this.source = source;
        this.vocabulary = vocabulary;
        this.translator = translator;
    }

    /** The target language code as given, e.g. {@code en-US}. */
    public String target() {
        return target;
    }

    /** The target language without region, e.g. {@code en}. */
    public String targetBase() {
        return base(target);
    }

    /** The source language code, or null when it is unknown. */
    public String source() {
        return source;
    }

    public Lexicon targetLexicon() {
        return LanguageRegistry.lexicon(target);
    }

    public Lexicon sourceLexicon() {
        return source == null ? null : LanguageRegistry.lexicon(source);
    }

    public SentenceSplitter sentences() {
        return LanguageRegistry.sentenceSplitter(target);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Translator translator() {
        return translator;
    }

    static String base(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
