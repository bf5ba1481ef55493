package io.mtlint.languagetool.accel;

import io.mtlint.languagetool.LanguageRegistry;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's archive of compiled speller word lists reaches LanguageTool and spells as the lists say. */
class SpellerArchiveTest {
    @Test
    void archivedWordListsAreWhatTheSpellerUses() throws Exception {
        assertNotNull(SpellerArchive.class.getResource("/io/mtlint/languagetool/spellers/index.tsv"),
                "the build (process-classes) writes the archive");
        Language english = LanguageRegistry.language("en-US");
        LanguageWarmup.start(english).join();

        Map<String, Dictionary> cache = SpellerArchive.cache();
        String key = cache.keySet().stream().filter(k -> k.endsWith("|/en/hunspell/en_US.info")).findFirst()
                .orElseThrow(() -> new AssertionError("no en-US word lists in " + cache.keySet()));
        Dictionary installed = cache.get(key);
        SpellingCheckRule speller = english.getDefaultSpellingRule();
        // Names that only the plain-text lists (spelling_global.txt) contain, and misspellings of them.
        assertFalse(speller.isMisspelled("Grepolis"));
        assertFalse(speller.isMisspelled("Doculax"));
        assertTrue(speller.isMisspelled("Grepollis"));
        assertTrue(speller.isMisspelled("Doculaks"));
        assertSame(installed, SpellerArchive.cache().get(key), "LanguageTool kept the archived automaton");
    }
}
