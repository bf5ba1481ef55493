package io.mtlint.languagetool.accel;

import io.mtlint.languagetool.LanguageRegistry;
import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chunker's search gives exactly OpenNLP's beam search results: every one of the ten best sequences, in the
 * same order, with the same probabilities and scores bit for bit, on sentences of corpus articles.
 */
class ChunkerSearchTest {
    private static OpenNlpFixture fixture;
    private static List<TokenTag[]> tagged;
    private static ChunkerFactory chunking;
    private static MaxentModel model;
    /** OpenNLP's search and ours, both with LanguageTool's beam of ten. */
    private static BeamSearch<TokenTag> plain;
    private static ChunkerSearch search;

    @BeforeAll
    static void load() {
        fixture = new OpenNlpFixture("drought-andalusia.txt", "mexico-election.md", "housing-protest.md",
                "ukraine-allies-1000-days.txt", "football-club-debt.md", "eu-parliament-vote.txt");
        POSTaggerFactory tagging = fixture.tags.getFactory();
        BeamSearch<String> tagger = new BeamSearch<>(3, fixture.tags.getPosModel());
        tagged = new ArrayList<>();
        for (String[] words : fixture.sentences) {
            Sequence tags = tagger.bestSequence(words, null, tagging.getPOSContextGenerator(3),
                    tagging.getSequenceValidator());
            tagged.add(TokenTag.create(words, tags.getOutcomes().toArray(new String[0])));
        }
        chunking = fixture.chunks.getFactory();
        model = fixture.chunks.getChunkerModel();
        plain = new BeamSearch<>(10, model);
        search = ChunkerSearch.of(model, 10).orElseThrow();
    }

    /** Both searches give the same ten best sequences for {@code sentence}. */
    private static void assertSameTenBest(TokenTag[] sentence) {
        OpenNlpFixture.assertSameAnswers(plain, search, beam -> beam.bestSequences(10, sentence, null,
                chunking.getContextGenerator(), chunking.getSequenceValidator()), TokenTag.extractTokens(sentence));
    }

    @Test
    void findsOpenNlpsBestSequences() {
        assertTrue(tagged.size() > 100, "sentences read: " + tagged.size());
        for (TokenTag[] sentence : tagged) {
            assertSameTenBest(sentence);
            OpenNlpFixture.assertSameAnswers(plain, search, beam -> new Sequence[] {beam.bestSequence(sentence, null,
                    chunking.getContextGenerator(), chunking.getSequenceValidator())}, TokenTag.extractTokens(sentence));
        }
    }

    @Test
    void aSmallerBeamAndAMinimumScoreAreKept() {
        BeamSearch<TokenTag> plainThree = new BeamSearch<>(3, model);
        ChunkerSearch searchThree = ChunkerSearch.of(model, 3).orElseThrow();
        for (TokenTag[] sentence : tagged) {
            OpenNlpFixture.assertSameAnswers(plainThree, searchThree, beam -> beam.bestSequences(3, sentence, null, -6.0,
                    chunking.getContextGenerator(), chunking.getSequenceValidator()), TokenTag.extractTokens(sentence));
        }
    }

    /**
     * Tags the model never saw (the tables number only the model's own) and words it never saw are looked up by
     * their strings, as OpenNLP does; so are tag names that look like the generator's own strings.
     */
    @Test
    void unknownTagsAndWordsGiveOpenNlpsAnswers() {
        String[] strangeTags = {"ZZ", "t0=NN", "NNt1=", "eos", "bos", ""};
        for (TokenTag[] sentence : tagged.subList(0, 40)) {
            TokenTag[] changed = new TokenTag[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                String word = i % 4 == 1 ? sentence[i].getToken() + "qx" : sentence[i].getToken();
                String tag = i % 3 == 2 ? strangeTags[i % strangeTags.length] : sentence[i].getTag();
                changed[i] = new TokenTag(word, tag, null);
            }
            assertSameTenBest(changed);
        }
    }

    /** A context generator it does not know (here one that forgets the previous tags) goes to OpenNLP. */
    @Test
    void otherContextGeneratorsAreSearchedByOpenNlp() {
        DefaultChunkerContextGenerator forgetful = new DefaultChunkerContextGenerator() {
            @Override
            public String[] getContext(int i, String[] words, String[] tags, String[] previous) {
                return Arrays.copyOf(super.getContext(i, words, tags, previous), 19);
            }
        };
        for (TokenTag[] sentence : tagged.subList(0, 20)) {
            OpenNlpFixture.assertSameAnswers(new BeamSearch<>(10, model), search, beam -> beam.bestSequences(10,
                    sentence, null, forgetful, chunking.getSequenceValidator()), TokenTag.extractTokens(sentence));
        }
    }

    @Test
    void onlyTakesModelsWhoseArithmeticItRepeats() {
        AbstractModel model = (AbstractModel) fixture.chunks.getChunkerModel();
        assertTrue(ChunkerSearch.of(model, 10).isPresent());
        assertTrue(ChunkerSearch.of(new RememberingModel(model), 10).isEmpty());
        assertTrue(ChunkerSearch.of(null, 10).isEmpty());
    }

    @Test
    void languageToolsEnglishChunkerIsFasterAfterTheWarmUp() {
        Language english = LanguageRegistry.language("en-US");
        LanguageWarmup.start(english).join();
        assertEquals(2, FasterChunker.install(english.getChunker()), "the part-of-speech and the chunking model");
    }
}
