package io.mtlint.languagetool.accel;

import io.mtlint.languagetool.LanguageRegistry;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.WordTagger;
import org.languagetool.tagging.en.EnglishTagger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RememberingWordTaggerTest {
    @Test
    void looksAWordUpOnceAndHandsOutAFreshListEachTime() {
        AtomicInteger lookups = new AtomicInteger();
        WordTagger dictionary = word -> {
            lookups.incrementAndGet();
            return word.equals("zzq") ? null : new ArrayList<>(List.of(new TaggedWord(word, "NN")));
        };
        RememberingWordTagger tagger = new RememberingWordTagger(dictionary);
        List<TaggedWord> first = tagger.tag("house");
        first.clear();
        assertEquals(List.of(new TaggedWord("house", "NN")), tagger.tag("house"), "a caller's change stays its own");
        assertNull(tagger.tag("zzq"));
        assertNull(tagger.tag("zzq"));
        assertEquals(2, lookups.get());
    }

    @Test
    void englishTaggingIsUnchanged() throws Exception {
        Language english = LanguageRegistry.language("en-US");
        assertTrue(RememberingWordTagger.install(english.getTagger()));
        assertTrue(RememberingWordTagger.install(english.getTagger()), "installing twice is harmless");
        List<String> words = new ArrayList<>(List.of("The", "THE", "running", "Running", "goin'", "GOIN'",
                "isn’t", "O’Brien", "Zaporizhzhia", "kyiv", "e-mail", "42", "½", "naïve", "ÉCOLE", " ", ""));
        try (Stream<Path> files = Files.walk(Path.of("test-corpus"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(Path.of("test-corpus", "real"))).sorted().toList()) {
                words.addAll(List.of(Files.readString(file).split("[\\s\\p{Punct}«»“”]+")));
            }
        }
        for (int round = 0; round < 2; round++) {   // the second round is answered from memory
            assertEquals(describe(new EnglishTagger().tag(words)), describe(english.getTagger().tag(words)));
        }
    }

    private static List<String> describe(List<AnalyzedTokenReadings> tagged) {
        List<String> out = new ArrayList<>();
        for (AnalyzedTokenReadings token : tagged) {
            StringBuilder b = new StringBuilder(token.getToken()).append(token.getStartPos())
                    .append(token.hasTypographicApostrophe());
            for (AnalyzedToken reading : token.getReadings()) {
                b.append(' ').append(reading.getToken()).append('/').append(reading.getPOSTag()).append('/')
                        .append(reading.getLemma()).append('/').append(reading.hasNoTag());
            }
            out.add(b.toString());
        }
        return out;
    }
}
