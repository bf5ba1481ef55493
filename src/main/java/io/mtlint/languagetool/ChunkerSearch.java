package io.mtlint.languagetool;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * OpenNLP's chunking beam search ({@link LinkedBeam}), computed with less repeated work and exactly the same
 * result. The default chunker describes a word by 41 features; the first 19 (the words and tags around it) are
 * the same for every sequence in the beam, the other 22 depend only on the last two chunk tags of the sequence.
 * So the model's sums over the first 19 are made once per word and continued for each different pair of last
 * tags, in the model's own order of additions ({@link MaxentSums}). The weights are found through
 * {@link ChunkerFeatures}, one lookup per string of the word whatever tags the beam holds, instead of 41 lookups
 * per sequence.
 * Other generators and validators go to OpenNLP's own search ({@link LinkedBeamSearch}).
 */
final class ChunkerSearch extends LinkedBeamSearch<TokenTag> {
    /** The word's strings in the order the generator puts them after the previous tag. */
    private static final int[] AFTER_LAST_ORDER = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0, 1, 2, 3, 4, 5, 6};

    private final ChunkerFeatures features;
    /** follows[previous + 1][outcome]: the default validator's answer; previous -1 is the start of the sentence. */
    private final boolean[][] follows;

    private ChunkerSearch(MaxentModel model, int beamSize, MaxentSums sums, ChunkerFeatures features) {
        super(model, beamSize, sums, DefaultChunkerContextGenerator.class, DefaultChunkerSequenceValidator.class);
        this.features = features;
        this.follows = new boolean[outcomes.length + 1][outcomes.length];
        Validator validator = new Validator();
        for (int previous = -1; previous < outcomes.length; previous++) {
            String[] before = previous < 0 ? new String[0] : new String[] {outcomes[previous]};
            for (int outcome = 0; outcome < outcomes.length; outcome++) {
                follows[previous + 1][outcome] = validator.follows(outcomes[outcome], before);
            }
        }
    }

    /** A faster search for this model, if it is the maximum-entropy kind whose arithmetic this class repeats. */
    static Optional<ChunkerSearch> of(Object model, int beamSize) {
        return MaxentSums.of(model).flatMap(sums -> ChunkerFeatures.of(sums.predicates(), sums.outcomes())
                .map(features -> new ChunkerSearch((MaxentModel) model, beamSize, sums, features)));
    }

    @Override
    protected IntFunction<LinkedBeam.Word> words(TokenTag[] sequence, Object[] additionalContext,
                                                 BeamSearchContextGenerator<TokenTag> contexts,
                                                 SequenceValidator<TokenTag> validator) {
        String[] words = TokenTag.extractTokens(sequence);
        String[] tags = TokenTag.extractTags(sequence);
        return i -> new Word(i, words, tags);
    }

    /** The features of one word: the shared ones summed once, the tag-dependent ones per pair of last tags. */
    private final class Word implements LinkedBeam.Word {
        private final int index;
        private final ChunkerFeatures.Feature[] shared;
        private final double[] sharedSums;

        Word(int i, String[] words, String[] tags) {
            index = i;
            boolean first = i < 1;
            boolean second = i < 2;
            boolean last = i + 1 >= words.length;
            boolean beforeLast = i + 2 >= words.length;
            String w_2 = second ? "w_2=bos" : "w_2=" + words[i - 2];
            String t_2 = second ? "t_2=bos" : "t_2=" + tags[i - 2];
            String w_1 = first ? "w_1=bos" : "w_1=" + words[i - 1];
            String t_1 = first ? "t_1=bos" : "t_1=" + tags[i - 1];
            String w0 = "w0=" + words[i];
            String t0 = "t0=" + tags[i];
            String w1 = last ? "w1=eos" : "w1=" + words[i + 1];
            String t1 = last ? "t1=eos" : "t1=" + tags[i + 1];
            String w2 = beforeLast ? "w2=eos" : "w2=" + words[i + 2];
            String t2 = beforeLast ? "t2=eos" : "t2=" + tags[i + 2];
            String[] strings = {w_2, w_1, w0, w1, w2, w_1 + w0, w0 + w1, t_2, t_1, t0, t1, t2, t_2 + t_1, t_1 + t0,
                    t0 + t1, t1 + t2, t_2 + t_1 + t0, t_1 + t0 + t1, t0 + t1 + t2};
            shared = new ChunkerFeatures.Feature[strings.length];
            sharedSums = sums.prior();
            for (int s = 0; s < strings.length; s++) {
                shared[s] = features.feature(strings[s]);
                MaxentSums.add(sharedSums, shared[s].alone());
            }
        }

        /**
         * The model's evaluation of the full context, continuing the shared sums in the generator's order:
         * {@code p_2}, {@code p_1}, the two together, then the previous tag before each of the word's strings.
         */
        @Override
        public double[] probabilities(int beforeLast, int last) {
            int start = outcomes.length;
            int b = index < 2 ? start : beforeLast;
            int l = index < 1 ? start : last;
            double[] total = sharedSums.clone();
            MaxentSums.add(total, features.beforeLastAlone(b));
            MaxentSums.add(total, features.lastAlone(l));
            MaxentSums.add(total, features.pair(b, l));
            for (int s : AFTER_LAST_ORDER) {
                MaxentSums.add(total, shared[s].after(l));
            }
            return MaxentSums.probabilities(total);
        }

        @Override
        public boolean allows(int last, int outcome) {
            return follows[last + 1][outcome];
        }
    }

    /** Exposes the default validator's rule for one outcome after a given sequence. */
    private static final class Validator extends DefaultChunkerSequenceValidator {
        boolean follows(String outcome, String[] before) {
            return validOutcome(outcome, before);
        }
    }
}
