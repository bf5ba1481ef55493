package io.mtlint.languagetool.accel;

import opennlp.tools.util.Sequence;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch}) for models whose view of the earlier outcomes ends
 * two back, with the same result and less work. OpenNLP asks the model once for every sequence in the beam at
 * every word; here a word is asked once per different pair of last outcomes, which its sequences share. And each
 * sequence keeps a link to the one it extends instead of a copy of its outcomes. The beam itself (which
 * sequences are kept, in which order, ties included) is OpenNLP's: the same priority queues fed the same
 * sequences in the same order, and the same arithmetic for scores.
 */
final class LinkedBeam {
    /** OpenNLP's default lowest score a kept sequence may have. */
    static final double LOWEST_SCORE = -100000;

    /** One word of the sequence, as the model and the validator see it. Outcome -1 is "none yet". */
    interface Word {
        /** The model's probabilities of every outcome, after the given last two. */
        double[] probabilities(int beforeLast, int last);

        /** The validator's answer for an outcome after the given last one. */
        boolean allows(int last, int outcome);
    }

    private LinkedBeam() {
    }

    static Sequence[] search(int beamSize, int count, int length, double minimumScore, String[] outcomes,
                             IntFunction<Word> words) {
        PriorityQueue<Path> previous = new PriorityQueue<>(beamSize);
        PriorityQueue<Path> next = new PriorityQueue<>(beamSize);
        previous.add(Path.START);
        for (int i = 0; i < length; i++) {
            Word word = words.apply(i);
            Answers answers = new Answers(word, beamSize);
            int expanded = Math.min(beamSize, previous.size());
            for (int n = 0; !previous.isEmpty() && n < expanded; n++) {
                Path top = previous.remove();
                Answer answer = answers.after(top);
                double[] probabilities = answer.probabilities;
                for (int outcome = 0; outcome < outcomes.length; outcome++) {
                    if (probabilities[outcome] >= answer.beamFloor && word.allows(top.outcome, outcome)) {
                        offer(next, top, outcome, probabilities[outcome], minimumScore);
                    }
                }
                if (next.isEmpty()) {
                    for (int outcome = 0; outcome < outcomes.length; outcome++) {
                        if (word.allows(top.outcome, outcome)) {
                            offer(next, top, outcome, probabilities[outcome], minimumScore);
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

    /**
     * The k-th largest value, duplicates counted, in the order {@link Arrays#sort(double[])} uses (OpenNLP
     * sorts a copy and takes {@code sorted[max(0, n - k)]}); the smallest if there are no more than k.
     */
    static double largest(double[] values, int k) {
        int keep = Math.min(k, values.length);
        double[] top = new double[keep];
        int held = 0;
        for (double value : values) {
            if (held == keep && Double.compare(value, top[held - 1]) <= 0) {
                continue;
            }
            int at = held == keep ? held - 1 : held++;
            while (at > 0 && Double.compare(value, top[at - 1]) > 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = value;
        }
        return top[keep - 1];
    }

    private static void offer(PriorityQueue<Path> next, Path top, int outcome, double probability,
                              double minimumScore) {
        Path extended = new Path(top, outcome, probability);
        if (extended.score > minimumScore) {
            next.add(extended);
        }
    }

    /** A word's answers so far, one per pair of last outcomes. */
    private static final class Answers {
        private final Word word;
        private final int beamSize;
        private Answer[] known = new Answer[4];
        private int count;

        Answers(Word word, int beamSize) {
            this.word = word;
            this.beamSize = beamSize;
        }

        Answer after(Path top) {
            int last = top.outcome;
            int beforeLast = top.previous == null ? -1 : top.previous.outcome;
            for (int i = 0; i < count; i++) {
                if (known[i].last == last && known[i].beforeLast == beforeLast) {
                    return known[i];
                }
            }
            Answer answer = new Answer(beforeLast, last, word.probabilities(beforeLast, last), beamSize);
            if (count == known.length) {
                known = Arrays.copyOf(known, count * 2);
            }
            known[count++] = answer;
            return answer;
        }
    }

    /** The model's probabilities after one pair of last outcomes, and the lowest of the beam's best (OpenNLP's). */
    private static final class Answer {
        final int beforeLast;
        final int last;
        final double[] probabilities;
        final double beamFloor;

        Answer(int beforeLast, int last, double[] probabilities, int beamSize) {
            this.beforeLast = beforeLast;
            this.last = last;
            this.probabilities = probabilities;
            this.beamFloor = LinkedBeam.largest(probabilities, beamSize);
        }
    }

    /** A sequence of outcomes as a link to the sequence it extends; compared like OpenNLP's sequences. */
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
}
