package io.mtlint.lang;

import java.util.Locale;

/**
 * The languages of a translation: the target the text is written in ({@code en-US}) and the source it was
 * translated from, which may be a language ({@code es}), detected per document from its leftovers
 * ({@value #AUTO}), or unknown ({@value #NONE}).
 */
public record LanguagePair(String target, String source, boolean detectsSource) {
    public static final String AUTO = "auto";
    public static final String NONE = "none";

    public LanguagePair {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a language pair needs a target language");
        }
        // One spelling of each code from here on: es_mx, ES-mx and es-MX are one target.
        target = LanguageCodes.normalise(target);
        source = LanguageCodes.normalise(source);
        if (detectsSource && source != null) {
            throw new IllegalArgumentException("a detected source has no fixed language");
        }
    }

    /** The pair for a target and a source written as a user writes it: a code, {@value #AUTO} or {@value #NONE}. */
    public static LanguagePair of(String target, String source) {
        return new LanguagePair(target, null, false).withSource(source);
    }

    /** The same target with another source: a code, {@value #AUTO}, {@value #NONE} or null (unknown). */
    public LanguagePair withSource(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase(NONE)) {
            return new LanguagePair(target, null, false);
        }
        if (spec.trim().equalsIgnoreCase(AUTO)) {
            return new LanguagePair(target, null, true);
        }
        return new LanguagePair(target, spec.trim(), false);
    }

    public LanguagePair withTarget(String newTarget) {
        return new LanguagePair(newTarget.trim(), source, detectsSource);
    }

    /** The target without its region: {@code en} for {@code en-US}. */
    public String targetBase() {
        return LanguageCodes.base(target);
    }

    /** The source without its region, or null when it is unknown or to be detected. */
    public String sourceBase() {
        return LanguageCodes.base(source);
    }

    /** Whether the source language is fixed (not unknown, not detected). */
    public boolean hasSource() {
        return source != null;
    }

    /** The source as a user writes it: its code, {@value #AUTO} or {@value #NONE}. */
    public String sourceSpec() {
        return detectsSource ? AUTO : source == null ? NONE : source;
    }

    public LanguageDescriptor targetLanguage() {
        return Languages.of(target);
    }

    /** The source's descriptor, or null when the source is unknown or to be detected. */
    public LanguageDescriptor sourceLanguage() {
        return source == null ? null : Languages.of(source);
    }

    /** "es→en-US", "auto→en-US". */
    @Override
    public String toString() {
        return sourceSpec().toLowerCase(Locale.ROOT) + "\u2192" + target;
    }
}
