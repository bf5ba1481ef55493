package io.mtlint.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageNamesTest {
    @Test
    void theStoredNamesAreTheLocalesOwn() {
        // The build stores the names in this runtime; they must be exactly what the locale data gives.
        Set<String> derived = LanguageNames.fromLocales();
        assertEquals(derived, LocaleSnapshots.orDerive(LocaleSnapshots.AUTONYMS, () -> Set.of("unread")));
        assertTrue(derived.contains("español") && derived.contains("한국어"));
    }

    @Test
    void withoutASnapshotTheNamesAreDerived() {
        assertEquals(Set.of("derived"), LocaleSnapshots.orDerive("missing.txt", () -> Set.of("derived")));
    }

    @Test
    void autonymsKeepOrIgnoreTheirCase() {
        assertTrue(LanguageNames.isAutonymAsWritten("polski"));
        assertFalse(LanguageNames.isAutonymAsWritten("Polski"));
        assertTrue(LanguageNames.isAutonym(" Polski "));
        assertFalse(LanguageNames.isAutonym("kyiv"));
    }

    @Test
    void aLanguageVersionLinkNamesTheLanguage() {
        assertTrue(LanguageNames.isAutonym("日本語版"));
        assertTrue(LanguageNames.isAutonym("한국어 버전"));
        assertTrue(LanguageNames.isAutonym("中文版本"));
        assertFalse(LanguageNames.isAutonym("出版"));
        assertFalse(LanguageNames.isAutonym("版"));
    }
}
