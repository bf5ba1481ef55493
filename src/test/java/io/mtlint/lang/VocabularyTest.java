package io.mtlint.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    @Test
    void acceptedLoanwordsTakeTheirEnglishPlural() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.addAccepted("retracement");
        vocabulary.addAccepted("bear market");
        assertTrue(vocabulary.isAccepted("Retracements"));
        assertEquals(1, vocabulary.acceptedPhrasesStartingWith("bear", "markets").size());
        assertFalse(vocabulary.isAccepted("retracementss"));
    }

    @Test
    void pluralFollowsEnglishSpelling() {
        assertEquals("hashes", Vocabulary.englishPlural("hash"));
        assertEquals("proxies", Vocabulary.englishPlural("proxy"));
        assertEquals("key days", Vocabulary.englishPlural("key day"));
        assertNull(Vocabulary.englishPlural("tokens"));
        assertNull(Vocabulary.englishPlural("café"));
        assertNull(Vocabulary.englishPlural("ok"));
    }
}
