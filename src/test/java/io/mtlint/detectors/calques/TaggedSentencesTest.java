package io.mtlint.detectors.calques;

import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.Words;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calque checks' tokens: each word as written, with the readings of its straight-apostrophe spelling. */
class TaggedSentencesTest {
    @Test
    void wordsKeepTheirSpellingAndTakeTheLexiconsReadings() {
        Lexicon english = LanguageRegistry.lexicon("en-US");
        String text = "The Minister doesn\u2019t know, and doesn't say, what Spain\u2019s well-known plan costs.";
        List<Token> tokens = TaggedSentences.tokens(text, Words.of(text), english);
        List<String> words = tokens.stream().filter(Token::isWord).map(Token::text).toList();
        assertEquals(List.of("The", "Minister", "doesn\u2019t", "know", "and", "doesn't", "say", "what", "Spain\u2019s",
                "well-known", "plan", "costs"), words);
        for (Token t : tokens) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertEquals(t.text().toLowerCase(Locale.ROOT), t.lower());
            if (t.isWord()) {
                Lexicon.Entry entry = english.lookup(t.text().replace('\u2019', '\''));
                assertEquals(entry.tags(), t.tags(), t.text());
                assertEquals(entry.lemmas(), t.lemmas(), t.text());
            }
        }
    }
}
