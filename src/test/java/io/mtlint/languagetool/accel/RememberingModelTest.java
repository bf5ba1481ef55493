package io.mtlint.languagetool.accel;

import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A remembering model gives LanguageTool's English tagger and chunker exactly the answers of the model it wraps:
 * the same best sequences with the same scores, bit for bit, on sentences of articles from the corpus.
 */
class RememberingModelTest {
    private static OpenNlpFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new OpenNlpFixture("drought-andalusia.txt", "mexico-election.md", "housing-protest.md");
    }

    @Test
    void taggingAndChunkingAreUnchanged() {
        POSTaggerFactory tagging = fixture.tags.getFactory();
        ChunkerFactory chunking = fixture.chunks.getFactory();
        MaxentModel tagger = fixture.tags.getPosModel();
        MaxentModel chunker = fixture.chunks.getChunkerModel();
        SequenceClassificationModel<String> plainTagger = new BeamSearch<>(3, tagger);
        SequenceClassificationModel<String> rememberingTagger =
                new BeamSearch<>(3, new RememberingModel((AbstractModel) tagger));
        SequenceClassificationModel<TokenTag> plainChunker = new BeamSearch<>(10, chunker);
        SequenceClassificationModel<TokenTag> rememberingChunker =
                new BeamSearch<>(10, new RememberingModel((AbstractModel) chunker));
        assertTrue(fixture.sentences.size() > 40, "sentences read: " + fixture.sentences.size());
        for (String[] words : fixture.sentences) {
            Sequence[] expectedTags = plainTagger.bestSequences(3, words, null,
                    tagging.getPOSContextGenerator(3), tagging.getSequenceValidator());
            Sequence[] actualTags = rememberingTagger.bestSequences(3, words, null,
                    tagging.getPOSContextGenerator(3), tagging.getSequenceValidator());
            OpenNlpFixture.assertSameSequences(expectedTags, actualTags, words);
            TokenTag[] tagged = TokenTag.create(words, expectedTags[0].getOutcomes().toArray(new String[0]));
            OpenNlpFixture.assertSameAnswers(plainChunker, rememberingChunker, beam -> beam.bestSequences(10, tagged,
                    null, chunking.getContextGenerator(), chunking.getSequenceValidator()), words);
        }
    }
}
