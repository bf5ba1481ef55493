package io.mtlint.languagetool;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;
import opennlp.tools.ml.model.SequenceClassificationModel;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * OpenNLP's chunking beam search, computed with less repeated work and exactly the same result. The default
 * chunker describes a word by 41 features; the first 19 (the words and tags around it) are the same for every
 * sequence in the beam, the other 22 depend only on the last two chunk tags of the sequence. So the model's sums
 * over the first 19 are made once per word and continued for each different pair of last tags, in the model's
 * own order of additions, so every probability is the same double. The weights are found through
 * {@link ChunkerFeatures}, one lookup per string of the word whatever tags the beam holds, instead of 41 lookups
 * per sequence; and each sequence keeps a link to the one it extends instead of a copy of its tags. The beam itself (which sequences are kept, in which order, ties
 * included) is OpenNLP's: the same priority queues fed the same sequences in the same order.
 * <p>
 * Any other context generator, validator or model goes to OpenNLP's own {@link BeamSearch}.
 */
final class ChunkerSearch implements SequenceClassificationModel<TokenTag> {
    private final AbstractModel model;
    private final int beamSize;
    private final ChunkerFeatures features;
    private final String[] outcomes;
    private final double logPrior;
    /** follows[previous + 1][outcome]: the default validator's answer; previous -1 is the start of the sentence. */
    private final boolean[][] follows;

    private ChunkerSearch(AbstractModel model, int beamSize, ChunkerFeatures features) {
        this.model = model;
        this.beamSize = beamSize;
        this.features = features;
        this.outcomes = outcomes(model);
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.follows = new boolean[outcomes.length + 1][outcomes.length];
        for (int previous = -1; previous < outcomes.length; previous++) {
            String[] before = previous < 0 ? new String[0] : new String[] {outcomes[previous]};
            for (int outcome = 0; outcome < outcomes.length; outcome++) {
                follows[previous + 1][outcome] = new Validator().follows(outcomes[outcome], before);
            }
        }
    }

    /** A faster search for this model, if it is the maximum-entropy kind whose arithmetic this class repeats. */
    static Optional<ChunkerSearch> of(Object model, int beamSize) {
        if (model == null || model.getClass() != GISModel.class || !uniformPrior((GISModel) model)) {
            return Optional.empty();
        }
        GISModel maxent = (GISModel) model;
        return ChunkerFeatures.of(predicates(maxent), outcomes(maxent))
                .map(features -> new ChunkerSearch(maxent, beamSize, features));
    }

    @Override
    public Sequence bestSequence(TokenTag[] sequence, Object[] additionalContext,
                                 BeamSearchContextGenerator<TokenTag> contexts, SequenceValidator<TokenTag> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, contexts, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public Sequence[] bestSequences(int count, TokenTag[] sequence, Object[] additionalContext,
                                    BeamSearchContextGenerator<TokenTag> contexts,
                                    SequenceValidator<TokenTag> validator) {
        return bestSequences(count, sequence, additionalContext, -100000, contexts, validator);
    }

    @Override
    public Sequence[] bestSequences(int count, TokenTag[] sequence, Object[] additionalContext, double minimumScore,
                                    BeamSearchContextGenerator<TokenTag> contexts,
                                    SequenceValidator<TokenTag> validator) {
        if (contexts == null || contexts.getClass() != DefaultChunkerContextGenerator.class
                || validator == null || validator.getClass() != DefaultChunkerSequenceValidator.class) {
            return new BeamSearch<TokenTag>(beamSize, model)
                    .bestSequences(count, sequence, additionalContext, minimumScore, contexts, validator);
        }
        String[] words = TokenTag.extractTokens(sequence);
        String[] tags = TokenTag.extractTags(sequence);
        PriorityQueue<Path> previous = new PriorityQueue<>(beamSize);
        PriorityQueue<Path> next = new PriorityQueue<>(beamSize);
        previous.add(Path.START);
        for (int i = 0; i < sequence.length; i++) {
            Word word = new Word(i, words, tags);
            int expanded = Math.min(beamSize, previous.size());
            for (int n = 0; !previous.isEmpty() && n < expanded; n++) {
                Path top = previous.remove();
                Answer answer = word.answer(top);
                boolean[] allowed = follows[top.outcome + 1];
                for (int outcome = 0; outcome < outcomes.length; outcome++) {
                    if (answer.probabilities[outcome] >= answer.beamFloor && allowed[outcome]) {
                        offer(next, top, outcome, answer.probabilities[outcome], minimumScore);
                    }
                }
                if (next.isEmpty()) {
                    for (int outcome = 0; outcome < outcomes.length; outcome++) {
                        if (allowed[outcome]) {
                            offer(next, top, outcome, answer.probabilities[outcome], minimumScore);
                        }
                    }
                }
            }
            previous.clear();
            PriorityQueue<Path> swap = previous;
            previous = next;
            next = swap;
        }
        Sequence[] best = new Sequence[Math.min(count, previous.size())];
        for (int i = 0; i < best.length; i++) {
            best[i] = previous.remove().toSequence(outcomes);
        }
        return best;
    }

    private static void offer(PriorityQueue<Path> next, Path top, int outcome, double probability,
                              double minimumScore) {
        Path extended = new Path(top, outcome, probability);
        if (extended.score > minimumScore) {
            next.add(extended);
        }
    }

    @Override
    public String[] getOutcomes() {
        return outcomes.clone();
    }

    /** The features of one word: the shared ones summed once, the tag-dependent ones per pair of last tags. */
    private final class Word {
        /** The word's strings in the order the generator puts them after the previous tag. */
        private static final int[] AFTER_LAST_ORDER = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0, 1, 2, 3, 4, 5, 6};

        private final int index;
        private final ChunkerFeatures.Feature[] shared;
        private final double[] sharedSums;
        private Answer[] answers = new Answer[4];
        private int answerCount;

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
            sharedSums = new double[outcomes.length];
            Arrays.fill(sharedSums, logPrior);
            for (int s = 0; s < strings.length; s++) {
                shared[s] = features.feature(strings[s]);
                add(sharedSums, shared[s].alone());
            }
        }

        Answer answer(Path top) {
            int last = top.outcome;
            int beforeLast = top.previous == null ? -1 : top.previous.outcome;
            for (int i = 0; i < answerCount; i++) {
                if (answers[i].last == last && answers[i].beforeLast == beforeLast) {
                    return answers[i];
                }
            }
            Answer answer = new Answer(beforeLast, last, probabilities(beforeLast, last));
            if (answerCount == answers.length) {
                answers = Arrays.copyOf(answers, answerCount * 2);
            }
            answers[answerCount++] = answer;
            return answer;
        }

        /**
         * The model's evaluation of the full context, continuing the shared sums in the generator's order:
         * {@code p_2}, {@code p_1}, the two together, then the previous tag before each of the word's strings.
         */
        private double[] probabilities(int beforeLast, int last) {
            int start = outcomes.length;
            int b = index < 2 ? start : beforeLast;
            int l = index < 1 ? start : last;
            double[] sums = sharedSums.clone();
            add(sums, features.beforeLastAlone(b));
            add(sums, features.lastAlone(l));
            add(sums, features.pair(b, l));
            for (int s : AFTER_LAST_ORDER) {
                add(sums, shared[s].after(l));
            }
            double normal = 0.0;
            for (int outcome = 0; outcome < sums.length; outcome++) {
                sums[outcome] = StrictMath.exp(sums[outcome]);
                normal += sums[outcome];
            }
            for (int outcome = 0; outcome < sums.length; outcome++) {
                sums[outcome] = sums[outcome] / normal;
            }
            return sums;
        }
    }

    /** Adds one feature's weights, as OpenNLP's maximum-entropy model does; an unknown feature weighs nothing. */
    private static void add(double[] sums, Context parameters) {
        if (parameters == null) {
            return;
        }
        int[] active = parameters.getOutcomes();
        double[] weights = parameters.getParameters();
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weights[a] * 1.0;
        }
    }

    /** The model's probabilities after one pair of last tags, and the lowest of the beam's best. */
    private final class Answer {
        final int beforeLast;
        final int last;
        final double[] probabilities;
        final double beamFloor;

        Answer(int beforeLast, int last, double[] probabilities) {
            this.beforeLast = beforeLast;
            this.last = last;
            this.probabilities = probabilities;
            double[] sorted = probabilities.clone();
            Arrays.sort(sorted);
            this.beamFloor = sorted[Math.max(0, sorted.length - beamSize)];
        }
    }

    /** A sequence of chunk tags as a link to the sequence it extends; compared like OpenNLP's sequences. */
    private static final class Path implements Comparable<Path> {
        static final Path START = new Path();

        final Path previous;
        final int outcome;
        final double probability;
        final double score;
        final int length;

        private Path() {
            previous = null;
            outcome = -1;
            probability = 1;
            score = 0.0;
            length = 0;
        }

        Path(Path previous, int outcome, double probability) {
            this.previous = previous;
            this.outcome = outcome;
            this.probability = probability;
            this.score = previous.score + StrictMath.log(probability);
            this.length = previous.length + 1;
        }

        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score);
        }

        Sequence toSequence(String[] names) {
            Path[] steps = new Path[length];
            for (Path step = this; step.length > 0; step = step.previous) {
                steps[step.length - 1] = step;
            }
            Sequence sequence = new Sequence();
            for (Path step : steps) {
                sequence.add(names[step.outcome], step.probability);
            }
            return sequence;
        }
    }

    /** Exposes the default validator's rule for one outcome after a given sequence. */
    private static final class Validator extends DefaultChunkerSequenceValidator {
        boolean follows(String outcome, String[] before) {
            return validOutcome(outcome, before);
        }
    }

    private static boolean uniformPrior(GISModel model) {
        try {
            Field prior = AbstractModel.class.getDeclaredField("prior");
            prior.setAccessible(true);
            Prior value = (Prior) prior.get(model);
            return value != null && value.getClass() == UniformPrior.class;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> predicates(AbstractModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private static String[] outcomes(AbstractModel model) {
        return (String[]) model.getDataStructures()[2];
    }
}
