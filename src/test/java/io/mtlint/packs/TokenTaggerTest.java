package io.mtlint.packs;

import io.mtlint.languagetool.LanguageRegistry;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * English readings are remembered per word form; they must be what LanguageTool's tagger gives the same words in
 * their sentence, on a real article, whether a word is seen for the first time or recalled.
 */
class TokenTaggerTest {
    @Test
    void rememberedEnglishReadingsEqualTaggingInContext() throws Exception {
        Language english = LanguageRegistry.language("en-US");
        String article = Files.readString(Path.of("test-corpus/es-en/drought-andalusia.txt"));
        int compared = 0;
        for (int round = 0; round < 2; round++) {
            for (String line : article.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                List<TaggedToken> tokens = TokenTagger.tag(english, line, 0, line.length());
                List<String> words = tokens.stream().map(TaggedToken::text).toList();
                List<TokenTagger.Readings> direct = TokenTagger.tagged(english.getTagger(), words);
                for (int i = 0; i < tokens.size(); i++) {
                    assertEquals(direct.get(i), new TokenTagger.Readings(tokens.get(i).lemmas(), tokens.get(i).tags()),
                            "readings of \u201c" + words.get(i) + "\u201d in: " + line);
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 500, "compared " + compared);
    }
}
