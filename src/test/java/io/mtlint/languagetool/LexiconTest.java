package io.mtlint.languagetool;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the lexicons answer for a bare language code, as a descriptor or a configuration names it. */
class LexiconTest {
    @Test
    void aBareCodeSpellsWithItsDefaultVariant() {
        Lexicon german = LanguageRegistry.lexicon("de");
        assertTrue(german.spelledCorrectly("Wetterbericht"));
        assertTrue(german.spelledCorrectly("Kartoffelsuppenrezept"), "compounds are words");
        assertFalse(german.spelledCorrectly("Kartoffelund"), "a noun glued to a conjunction is not");
        assertFalse(german.spelledCorrectly("Wetterbrichtx"));
    }
}
