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

    @Test
    void theDictionaryListsWordsAsWrittenWithoutAnalysingCompounds() {
        Lexicon german = LanguageRegistry.lexicon("de");
        io.mtlint.text.WordForm listed = io.mtlint.text.WordForm.of("und", 0, 3);
        io.mtlint.text.WordForm compound = io.mtlint.text.WordForm.of("Kartoffelsuppenrezepte", 0, 22);
        assertTrue(german.lists(listed));
        assertFalse(german.lists(compound), "no dictionary lists every compound");
        assertFalse(german.lookup(compound).tags().isEmpty(), "the tagger analyses it");
        assertFalse(german.lists(io.mtlint.text.WordForm.of("however", 0, 7)));
    }
}
