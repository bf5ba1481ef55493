package io.mtlint.languagetool.accel;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * OpenNLP's part-of-speech beam search ({@link LinkedBeam}), computed with less repeated work and exactly the
 * same result. The default generator describes a word by its own features (the word, its affixes, the word
 * before), then the previous tag, the word two back, the previous two tags, and the next words. Everything up to
 * the previous tag is the same for every sequence in the beam, so the model's sums over it are made once per word
 * and continued for each different pair of last tags ({@link MaxentSums}). The contexts themselves still come
 * from OpenNLP's generator; the default validator answers by the word alone, so its answers are kept per word.
 * Other generators and validators go to OpenNLP's own search ({@link LinkedBeamSearch}).
 */
final class TaggerSearch extends LinkedBeamSearch<String> {
    private static final String[] NO_TAGS = new String[0];

    private TaggerSearch(MaxentModel model, int beamSize, MaxentSums sums) {
        super(model, beamSize, sums, DefaultPOSContextGenerator.class, DefaultPOSSequenceValidator.class);
    }

    /** A faster search for this model, if it is the maximum-entropy kind whose arithmetic this class repeats. */
    static Optional<TaggerSearch> of(Object model, int beamSize) {
        return MaxentSums.of(model).map(sums -> new TaggerSearch((MaxentModel) model, beamSize, sums));
    }

    @Override
    protected IntFunction<LinkedBeam.Word> words(String[] sequence, Object[] additionalContext,
                                                 BeamSearchContextGenerator<String> contexts,
                                                 SequenceValidator<String> validator) {
        return i -> new Word(i, sequence, additionalContext, contexts, validator);
    }

    /** One word: the context's part before the previous tag summed once, the rest per pair of last tags. */
    private final class Word implements LinkedBeam.Word {
        private final int index;
        private final String[] words;
        private final Object[] additionalContext;
        private final BeamSearchContextGenerator<String> contexts;
        private final SequenceValidator<String> validator;
        private final Boolean[] allowed = new Boolean[outcomes.length];
        private String[] shared;
        private double[] sharedSums;
        private String[] previousContext;
        private Context[] previousWeights;

        Word(int index, String[] words, Object[] additionalContext, BeamSearchContextGenerator<String> contexts,
             SequenceValidator<String> validator) {
            this.index = index;
            this.words = words;
            this.additionalContext = additionalContext;
            this.contexts = contexts;
            this.validator = validator;
        }

        @Override
        public double[] probabilities(int beforeLast, int last) {
            String[] tags = new String[index];
            if (index >= 1) {
                tags[index - 1] = outcomes[last];
            }
            if (index >= 2) {
                tags[index - 2] = outcomes[beforeLast];
            }
            String[] context = contexts.getContext(index, words, tags, additionalContext);
            int split = firstTagFeature(context);
            if (shared == null || !Arrays.equals(shared, 0, shared.length, context, 0, split)) {
                shared = Arrays.copyOf(context, split);
                sharedSums = sums.prior();
                for (String feature : shared) {
                    MaxentSums.add(sharedSums, sums.predicates().get(feature));
                }
            }
            double[] total = sharedSums.clone();
            Context[] weights = new Context[context.length];
            for (int f = split; f < context.length; f++) {
                weights[f] = sameFeature(context, f) ? previousWeights[f] : sums.predicates().get(context[f]);
                MaxentSums.add(total, weights[f]);
            }
            previousContext = context;
            previousWeights = weights;
            return MaxentSums.probabilities(total);
        }

        /** The word two back and the next words are the same after every pair of tags: looked up once. */
        private boolean sameFeature(String[] context, int f) {
            return previousContext != null && f < previousContext.length && context[f].equals(previousContext[f]);
        }

        /** The default validator looks at the word alone, not at the tags before it. */
        @Override
        public boolean allows(int last, int outcome) {
            if (allowed[outcome] == null) {
                allowed[outcome] = validator.validSequence(index, words, NO_TAGS, outcomes[outcome]);
            }
            return allowed[outcome];
        }
    }

    /** Where the features made of earlier tags ({@code t=}, {@code t2=}) begin, after the word's own. */
    private static int firstTagFeature(String[] context) {
        for (int f = 0; f < context.length; f++) {
            if (context[f].startsWith("t=") || context[f].startsWith("t2=")) {
                return f;
            }
        }
        return context.length;
    }
}
