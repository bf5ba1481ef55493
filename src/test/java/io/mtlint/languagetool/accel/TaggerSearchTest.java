package io.mtlint.languagetool.accel;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tagger's search gives exactly OpenNLP's beam search results: every one of the best sequences, in the same
 * order, with the same probabilities and scores bit for bit, on sentences of corpus articles.
 */
class TaggerSearchTest {
    private static OpenNlpFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new OpenNlpFixture("drought-andalusia.txt", "mexico-election.md", "housing-protest.md",
                "ukraine-allies-1000-days.txt", "football-club-debt.md", "eu-parliament-vote.txt");
    }

    @Test
    void findsOpenNlpsBestSequences() {
        POSTaggerFactory tagging = fixture.tags.getFactory();
        MaxentModel model = fixture.tags.getPosModel();
        BeamSearch<String> plain = new BeamSearch<>(3, model);
        TaggerSearch search = TaggerSearch.of(model, 3).orElseThrow();
        assertTrue(fixture.sentences.size() > 100, "sentences read: " + fixture.sentences.size());
        for (String[] words : fixture.sentences) {
            OpenNlpFixture.assertSameAnswers(plain, search, beam -> beam.bestSequences(3, words, null,
                    tagging.getPOSContextGenerator(3), tagging.getSequenceValidator()), words);
            OpenNlpFixture.assertSameAnswers(plain, search, beam -> new Sequence[] {beam.bestSequence(words, null,
                    tagging.getPOSContextGenerator(0), tagging.getSequenceValidator())}, words);
        }
    }

    @Test
    void aWiderBeamAndAMinimumScoreAreKept() {
        POSTaggerFactory tagging = fixture.tags.getFactory();
        MaxentModel model = fixture.tags.getPosModel();
        BeamSearch<String> plain = new BeamSearch<>(8, model);
        TaggerSearch search = TaggerSearch.of(model, 8).orElseThrow();
        for (String[] words : fixture.sentences) {
            OpenNlpFixture.assertSameAnswers(plain, search, beam -> beam.bestSequences(8, words, null, -12.0,
                    tagging.getPOSContextGenerator(0), tagging.getSequenceValidator()), words);
        }
    }

    /** A context generator it does not know (here one that forgets the previous tags) goes to OpenNLP. */
    @Test
    void otherContextGeneratorsAreSearchedByOpenNlp() {
        POSTaggerFactory tagging = fixture.tags.getFactory();
        MaxentModel model = fixture.tags.getPosModel();
        POSContextGenerator forgetful = new DefaultPOSContextGenerator(null) {
            @Override
            public String[] getContext(int index, Object[] tokens, String[] tags) {
                return Arrays.stream(super.getContext(index, tokens, tags))
                        .filter(feature -> !feature.startsWith("t")).toArray(String[]::new);
            }
        };
        TaggerSearch search = TaggerSearch.of(model, 3).orElseThrow();
        for (String[] words : fixture.sentences.subList(0, 20)) {
            OpenNlpFixture.assertSameAnswers(new BeamSearch<>(3, model), search, beam -> beam.bestSequences(3, words,
                    null, forgetful, tagging.getSequenceValidator()), words);
        }
    }

    @Test
    void onlyTakesModelsWhoseArithmeticItRepeats() {
        AbstractModel model = (AbstractModel) fixture.tags.getPosModel();
        assertTrue(TaggerSearch.of(model, 3).isPresent());
        assertTrue(TaggerSearch.of(new RememberingModel(model), 3).isEmpty());
        assertTrue(TaggerSearch.of(null, 3).isEmpty());
    }
}
