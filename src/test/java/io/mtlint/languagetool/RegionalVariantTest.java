package io.mtlint.languagetool;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which LanguageTool language checks a code with a region. */
class RegionalVariantTest {
    @ParameterizedTest(name = "{0} is checked as {1}")
    @CsvSource({
            // LanguageTool's own variants.
            "es-AR, es-AR", "de-CH, de-CH", "de_at, de-AT", "en-gb, en-GB", "pt-BR, pt-BR", "fr-CA, fr-CA",
            "ca-ES-valencia, ca-ES-valencia", "es, es", "pt, pt",
            // Regions LanguageTool's generic language lists among its countries.
            "es-MX, es", "es_mx, es", "es-CO, es", "fr-LU, fr", "it-CH, it",
            // A region no variant lists: the language's default variant, or its own.
            "es-419, es", "es-XX, es", "en-XX, en", "pt-CV, pt",
            // Regions the descriptor assigns a variant LanguageTool does not.
            "de-LI, de-CH", "en-IN, en-GB", "en-IE, en-GB",
    })
    void eachRegionHasItsClosestVariant(String code, String variant) {
        assertEquals(variant, LanguageRegistry.variantFor(code));
        assertEquals(variant, LanguageRegistry.language(code).getShortCodeWithCountryAndVariant());
    }

    @Test
    void aLanguageWithoutLanguageToolDataHasNoVariantInAnyRegion() {
        assertNull(LanguageRegistry.variantFor("sw-KE"));
        assertNull(LanguageRegistry.variantFor("pl-PL"));
        assertNull(LanguageRegistry.variantFor("xx-MX"));
        assertNull(LanguageRegistry.variantFor(""));
        assertFalse(LanguageRegistry.isSupported("sw-KE"));
        assertTrue(LanguageRegistry.isSupported("es-419"));
    }

    @Test
    void aRegionCheckedAsTheBareLanguageSpellsInItsDefaultVariant() {
        // LanguageTool's plain German accepts every word; mtlint reads Germany's dictionaries for it.
        assertSame(LanguageRegistry.lexicon("de-DE"), LanguageRegistry.lexicon("de-LU"));
        assertSame(LanguageRegistry.lexicon("de-CH"), LanguageRegistry.lexicon("de-LI"));
        assertSame(LanguageRegistry.lexicon("es"), LanguageRegistry.lexicon("es-MX"));
        assertNotSame(LanguageRegistry.lexicon("de-DE"), LanguageRegistry.lexicon("de-CH"));
    }

    @Test
    void theServerKeepsTheRegionItDoesNotList() {
        assertEquals("es-MX", TextLanguage.canonical("es_mx"));
        assertEquals("en-US", TextLanguage.canonical("en_us"));
        assertEquals("de-CH", TextLanguage.canonical("de-ch"));
    }
}
