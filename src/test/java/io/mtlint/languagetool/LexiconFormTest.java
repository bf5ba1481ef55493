package io.mtlint.languagetool;

import io.mtlint.text.WordForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word asked by its interned form gets the answers its text gets, from any thread. */
class LexiconFormTest {
    private static final List<String> WORDS = List.of("the", "The", "minister", "Minister", "Madrid", "madrid",
            "gobierno", "Gobierno", "securityafter", "iPhone", "NATO", "don't", "über", "Über", "élection", "xqzt");

    private static WordForm form(String word) {
        String padded = "(" + word + ")";
        return WordForm.of(padded, 1, padded.length() - 1);
    }

    @Test
    void aFormIsAnsweredAsItsText() {
        for (String code : List.of("en-US", "es", "de")) {
            Lexicon lexicon = LanguageRegistry.lexicon(code);
            for (String word : WORDS) {
                WordForm form = form(word);
                assertEquals(lexicon.lookup(word), lexicon.lookup(form), code + " " + word);
                assertEquals(lexicon.knows(word), lexicon.knows(form), code + " " + word);
                assertEquals(lexicon.knowsAnyCase(word), lexicon.knowsAnyCase(form), code + " " + word);
            }
        }
    }

    @Test
    void threadsAskingAtOnceGetTheSameAnswers() throws Exception {
        Lexicon lexicon = LanguageRegistry.lexicon("en-US");
        Random random = new Random(31);
        List<String> words = new ArrayList<>(WORDS);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 3 + random.nextInt(6); k > 0; k--) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            words.add(b.toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Boolean>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(pool.submit(() -> words.stream().map(w -> lexicon.knows(form(w))).toList()));
            }
            List<Boolean> expected = words.stream().map(lexicon::knows).toList();
            for (Future<List<Boolean>> a : answers) {
                assertEquals(expected, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
