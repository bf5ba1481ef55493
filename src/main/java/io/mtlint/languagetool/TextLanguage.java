package io.mtlint.languagetool;

import io.mtlint.support.Lazy;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.language.identifier.LanguageIdentifier;
import org.languagetool.language.identifier.LanguageIdentifierService;

import java.util.List;

/** Which language a text is written in, by LanguageTool's own identifier (the one its HTTP server uses). */
public final class TextLanguage {
    /** Longer texts are cut to this many characters before identification, as LanguageTool's server does. */
    private static final int MAX_LENGTH = 1000;
    private static final Lazy<LanguageIdentifier> IDENTIFIER = new Lazy<>(() ->
            LanguageIdentifierService.INSTANCE.getDefaultLanguageIdentifier(MAX_LENGTH, null, null, null));

    /** A detection: the language's code with country and variant, its name, the confidence and the method. */
    public record Detection(String code, String name, float confidence, String source) {
    }

    private TextLanguage() {
    }

    /**
     * The language of {@code text}; {@code preferred} (codes such as {@code en-GB}) break ties and choose the
     * variant. Null when the text gives no evidence, as for an empty text.
     */
    public static Detection detect(String text, List<String> preferred) {
        LanguageRegistry.preload();
        List<String> bases = preferred.stream().map(io.mtlint.lang.LanguageCodes::base).distinct().toList();
        DetectedLanguage detected = IDENTIFIER.get().detectLanguage(text, List.of(), bases);
        if (detected == null) {
            return null;
        }
        Language language = detected.getDetectedLanguage();
        // As LanguageTool's server reports it: a variant, "en-US" rather than "en", unless a preferred one fits.
        Language preferredVariant = preferred.stream().filter(LanguageRegistry::isSupported).map(LanguageRegistry::language)
                .filter(l -> l.getShortCode().equals(detected.getDetectedLanguage().getShortCode())).findFirst().orElse(null);
        if (preferredVariant != null) {
            language = preferredVariant;
        } else if (language.getDefaultLanguageVariant() != null) {
            language = language.getDefaultLanguageVariant();
        }
        return new Detection(language.getShortCodeWithCountryAndVariant(), language.getName(),
                detected.getDetectionConfidence(), detected.getDetectionSource());
    }

    /** A language LanguageTool checks: its code with country and variant, its bare code and its name. */
    public record Known(String code, String shortCode, String name) {
    }

    /** Every language LanguageTool checks in this process, as its server lists them. */
    public static List<Known> all() {
        LanguageRegistry.preload();
        return org.languagetool.Languages.get().stream()
                .map(l -> new Known(l.getShortCodeWithCountryAndVariant(), l.getShortCode(), l.getName())).toList();
    }

    /** LanguageTool's name of a language code ("English (US)" for en-US). */
    public static String name(String code) {
        return LanguageRegistry.language(code).getName();
    }

    /**
     * A language code in one form: LanguageTool's for a code it lists ("en-US" for en_us, "ru-RU" for ru), else the
     * code normalised with its region kept ("es-MX", checked by LanguageTool as "es"), for the region's conventions.
     */
    public static String canonical(String code) {
        String normal = io.mtlint.lang.LanguageCodes.normalise(code);
        Language language = LanguageRegistry.language(normal);
        return normal.equals(LanguageRegistry.variantFor(normal)) ? language.getShortCodeWithCountryAndVariant() : normal;
    }
}
