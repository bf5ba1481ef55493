package io.mtlint.languagetool.accel;

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
 * {@link ChunkerFeatures}: each word of the sentence once, each tag n-gram in a table, each word pair by its string,
 * whatever tags the beam holds, instead of 41 string lookups per sequence.
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
        Sentence sentence = new Sentence(TokenTag.extractTokens(sequence), TokenTag.extractTags(sequence));
        return i -> new Word(i, sentence);
    }

    /** A word or tag at place {@code k} as the generator writes it, {@code bos} before the start, {@code eos} after. */
    private static String place(String[] values, int k) {
        return k < 0 ? ChunkerFeatures.START : k >= values.length ? ChunkerFeatures.AFTER_END : values[k];
    }

    /**
     * A sentence's words and tags as the generator writes them at each place, {@code bos} before the start and
     * {@code eos} after the end, with each word's features at every position and each tag's number, found once.
     */
    private final class Sentence {
        private final String[] words;
        private final String[] tags;
        private final ChunkerFeatures.Feature[][] wordFeatures;
        private final int[] tagIds;

        Sentence(String[] words, String[] tags) {
            this.words = words;
            this.tags = tags;
            this.wordFeatures = new ChunkerFeatures.Feature[words.length + 4][];
            this.tagIds = new int[words.length + 4];
            for (int k = -2; k < words.length + 2; k++) {
                wordFeatures[k + 2] = features.word(word(k));
                tagIds[k + 2] = features.tag(tag(k));
            }
        }

        String word(int k) {
            return place(words, k);
        }

        String tag(int k) {
            return place(tags, k);
        }

        /** The feature of the word at place {@code k} seen from {@code p} ({@link ChunkerFeatures#WORD_POSITIONS}). */
        ChunkerFeatures.Feature wordAt(int k, int p) {
            return wordFeatures[k + 2][p];
        }

        /**
         * The feature of the tags at places {@code k}, {@code k + 1}, ... ({@code count} of them), the first seen
         * from position {@code p} ({@link ChunkerFeatures#TAG_POSITIONS}); by string for a tag without a number.
         */
        ChunkerFeatures.Feature tagsAt(int k, int p, int count) {
            int a = tagIds[k + 2];
            int b = count > 1 ? tagIds[k + 3] : 0;
            int c = count > 2 ? tagIds[k + 4] : 0;
            if (a < 0 || b < 0 || c < 0) {
                String[] names = new String[count];
                for (int t = 0; t < count; t++) {
                    names[t] = tag(k + t);
                }
                return features.feature(ChunkerFeatures.tagsString(p, names));
            }
            return features.tags(p, count, a, b, c);
        }
    }

    /** The features of one word: the shared ones summed once, the tag-dependent ones per pair of last tags. */
    private final class Word implements LinkedBeam.Word {
        private final int index;
        private final ChunkerFeatures.Feature[] shared;
        private final double[] sharedSums;

        /**
         * The generator's first 19 strings, in its order: the five words around this one, the previous and the next
         * word each with this one, the five tags, the four pairs and the three triples of neighbouring tags.
         */
        Word(int i, Sentence sentence) {
            index = i;
            String w_1w0 = "w_1=" + sentence.word(i - 1) + "w0=" + sentence.word(i);
            String w0w1 = "w0=" + sentence.word(i) + "w1=" + sentence.word(i + 1);
            shared = new ChunkerFeatures.Feature[] {
                    sentence.wordAt(i - 2, 0), sentence.wordAt(i - 1, 1), sentence.wordAt(i, 2),
                    sentence.wordAt(i + 1, 3), sentence.wordAt(i + 2, 4),
                    features.feature(w_1w0), features.feature(w0w1),
                    sentence.tagsAt(i - 2, 0, 1), sentence.tagsAt(i - 1, 1, 1), sentence.tagsAt(i, 2, 1),
                    sentence.tagsAt(i + 1, 3, 1), sentence.tagsAt(i + 2, 4, 1),
                    sentence.tagsAt(i - 2, 0, 2), sentence.tagsAt(i - 1, 1, 2), sentence.tagsAt(i, 2, 2),
                    sentence.tagsAt(i + 1, 3, 2),
                    sentence.tagsAt(i - 2, 0, 3), sentence.tagsAt(i - 1, 1, 3), sentence.tagsAt(i, 2, 3)};
            sharedSums = sums.prior();
            for (ChunkerFeatures.Feature feature : shared) {
                MaxentSums.add(sharedSums, feature.alone());
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
