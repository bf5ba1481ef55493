package io.mtlint.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A tokeniser's words get the forms {@link Words} interned where it cut them alike, and the right form elsewhere. */
class WordFormCursorTest {
    @Test
    void reusesTheFormsOfWordsCutAlikeAndSpellsTheOthers() {
        String text = "The well-known plan, COVID19 and Spain";
        var words = Words.of(text);
        WordFormCursor forms = new WordFormCursor(text, words);
        assertSame(words.get(0).form(), forms.at(0, 3));
        assertEquals("well-known", forms.at(4, 14).text());
        assertEquals("plan", forms.at(15, 19).text());
        assertSame(words.get(3).form(), forms.at(15, 19));
        assertEquals("COVID19", forms.at(21, 28).text());
        assertEquals("and", forms.at(29, 32).text());
        assertSame(words.get(words.size() - 1).form(), forms.at(33, 38));
    }
}
