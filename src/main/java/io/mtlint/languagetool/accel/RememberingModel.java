package io.mtlint.languagetool.accel;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A maximum-entropy model that remembers its latest answers. OpenNLP's beam search asks the model once for every
 * sequence in its beam at every word, and the sequences mostly differ in tags too far back for the model to see:
 * English chunking asks the same question several times per word (a beam of ten sequences, whose contexts differ
 * only in the last two tags). The answer is a function of the context alone, so a remembered answer is exactly
 * the one the model would compute again. Each thread remembers its own answers.
 */
final class RememberingModel extends AbstractModel {
    /**
     * Enough for most sentences (a 30-word sentence asks the chunker about 150 different questions), small enough
     * for long-lived threads to keep (about 1.5 MB for the chunker); a full memory is simply dropped. A memory of
     * 2,048 is no faster.
     */
    private static final int CAPACITY = 512;

    private final AbstractModel model;
    private final ThreadLocal<Map<Question, double[]>> answers = ThreadLocal.withInitial(HashMap::new);

    RememberingModel(AbstractModel model) {
        super(parameters(model), null, predicates(model), outcomes(model));
        this.model = model;
        this.modelType = model.getModelType();
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        Map<Question, double[]> known = answers.get();
        Question question = new Question(context);
        double[] answer = known.get(question);
        if (answer != null) {
            System.arraycopy(answer, 0, probabilities, 0, answer.length);
            return probabilities;
        }
        double[] computed = model.eval(context, probabilities);
        if (known.size() >= CAPACITY) {
            known.clear();
        }
        known.put(question, computed.clone());
        return computed;
    }

    /** A context compared by its contents; beam search builds a new array for every question. */
    private static final class Question {
        private final String[] context;
        private final int hash;

        Question(String[] context) {
            this.context = context;
            this.hash = Arrays.hashCode(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Question q && q.hash == hash && Arrays.equals(q.context, context);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static Context[] parameters(AbstractModel model) {
        return (Context[]) model.getDataStructures()[0];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> predicates(AbstractModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private static String[] outcomes(AbstractModel model) {
        return (String[]) model.getDataStructures()[2];
    }
}
