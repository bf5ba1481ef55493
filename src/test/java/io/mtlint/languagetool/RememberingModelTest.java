package io.mtlint.languagetool;

import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A remembering model gives LanguageTool's English tagger and chunker exactly the answers of the model it wraps:
 * the same best sequences with the same scores, bit for bit, on sentences of articles from the corpus.
 */
class RememberingModelTest {
    private static TokenizerModel tokens;
    private static POSModel tags;
    private static ChunkerModel chunks;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        tokens = new TokenizerModel(resource("/en-token.bin"));
        tags = new POSModel(resource("/en-pos-maxent.bin"));
        chunks = new ChunkerModel(resource("/en-chunker.bin"));
        TokenizerME tokenizer = new TokenizerME(tokens);
        sentences = new ArrayList<>();
        for (String article : List.of("drought-andalusia.txt", "mexico-election.md", "housing-protest.md")) {
            for (String sentence : Files.readString(Path.of("test-corpus/es-en", article)).split("(?<=[.!?])\\s+")) {
                if (!sentence.isBlank()) {
                    sentences.add(tokenizer.tokenize(sentence));
                }
            }
        }
    }

    private static InputStream resource(String name) {
        return RememberingModelTest.class.getResourceAsStream(name);
    }

    @Test
    void taggingAndChunkingAreUnchanged() {
        POSTaggerFactory tagging = tags.getFactory();
        ChunkerFactory chunking = chunks.getFactory();
        MaxentModel tagger = tags.getPosModel();
        MaxentModel chunker = chunks.getChunkerModel();
        SequenceClassificationModel<String> plainTagger = new BeamSearch<>(3, tagger);
        SequenceClassificationModel<String> rememberingTagger =
                new BeamSearch<>(3, new RememberingModel((AbstractModel) tagger));
        SequenceClassificationModel<TokenTag> plainChunker = new BeamSearch<>(10, chunker);
        SequenceClassificationModel<TokenTag> rememberingChunker =
                new BeamSearch<>(10, new RememberingModel((AbstractModel) chunker));
        assertTrue(sentences.size() > 40, "sentences read: " + sentences.size());
        for (String[] words : sentences) {
            Sequence[] expectedTags = plainTagger.bestSequences(3, words, null,
                    tagging.getPOSContextGenerator(3), tagging.getSequenceValidator());
            Sequence[] actualTags = rememberingTagger.bestSequences(3, words, null,
                    tagging.getPOSContextGenerator(3), tagging.getSequenceValidator());
            assertSameSequences(expectedTags, actualTags, words);
            TokenTag[] tagged = TokenTag.create(words, expectedTags[0].getOutcomes().toArray(new String[0]));
            Sequence[] expectedChunks = plainChunker.bestSequences(10, tagged, null,
                    chunking.getContextGenerator(), chunking.getSequenceValidator());
            Sequence[] actualChunks = rememberingChunker.bestSequences(10, tagged, null,
                    chunking.getContextGenerator(), chunking.getSequenceValidator());
            assertSameSequences(expectedChunks, actualChunks, words);
        }
    }

    private static void assertSameSequences(Sequence[] expected, Sequence[] actual, String[] words) {
        String sentence = String.join(" ", words);
        assertEquals(expected.length, actual.length, sentence);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].getOutcomes(), actual[i].getOutcomes(), sentence);
            assertArrayEquals(expected[i].getProbs(), actual[i].getProbs(), 0.0, sentence);
            assertEquals(Double.doubleToLongBits(expected[i].getScore()), Double.doubleToLongBits(actual[i].getScore()),
                    sentence);
        }
    }

    @Test
    void languageToolsEnglishChunkerRemembersAnswersAfterTheWarmUp() {
        Language english = LanguageRegistry.language("en-US");
        LanguageWarmup.start(english).join();
        assertEquals(2, ChunkerMemo.install(english.getChunker()), "the part-of-speech and the chunking model");
    }
}
