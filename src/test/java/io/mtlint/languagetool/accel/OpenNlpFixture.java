package io.mtlint.languagetool.accel;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.Sequence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** LanguageTool's English OpenNLP models, fresh from their files, and tokenised sentences of corpus articles. */
final class OpenNlpFixture {
    final POSModel tags;
    final ChunkerModel chunks;
    final List<String[]> sentences = new ArrayList<>();

    OpenNlpFixture(String... articles) {
        try {
            tags = new POSModel(resource("/en-pos-maxent.bin"));
            chunks = new ChunkerModel(resource("/en-chunker.bin"));
            TokenizerME tokenizer = new TokenizerME(new TokenizerModel(resource("/en-token.bin")));
            for (String article : articles) {
                for (String sentence : Files.readString(Path.of("test-corpus/es-en", article)).split("(?<=[.!?])\\s+")) {
                    if (!sentence.isBlank()) {
                        sentences.add(tokenizer.tokenize(sentence));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return OpenNlpFixture.class.getResourceAsStream(name);
    }

    /**
     * The same question asked of OpenNLP's search and of another gets the same answer. Asking may build its own
     * context generator: the tagger's remembers contexts per sentence, as OpenNLP's tagger builds one per use.
     */
    static <T> void assertSameAnswers(SequenceClassificationModel<T> openNlp, SequenceClassificationModel<T> other,
                                      Function<SequenceClassificationModel<T>, Sequence[]> question, String[] words) {
        assertSameSequences(question.apply(openNlp), question.apply(other), words);
    }

    /** Same sequences in the same order, with the same probabilities and scores, bit for bit. */
    static void assertSameSequences(Sequence[] expected, Sequence[] actual, String[] words) {
        String sentence = String.join(" ", words);
        assertEquals(expected.length, actual.length, sentence);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].getOutcomes(), actual[i].getOutcomes(), sentence);
            assertArrayEquals(expected[i].getProbs(), actual[i].getProbs(), 0.0, sentence);
            assertEquals(Double.doubleToLongBits(expected[i].getScore()), Double.doubleToLongBits(actual[i].getScore()),
                    sentence);
        }
    }
}
