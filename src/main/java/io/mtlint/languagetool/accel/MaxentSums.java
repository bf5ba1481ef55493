package io.mtlint.languagetool.accel;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.model.UniformPrior;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of OpenNLP's maximum-entropy model ({@link GISModel} with a uniform prior), step by step, so that
 * sums over features shared by many questions can be made once and continued: starting from the prior, each
 * feature's weights are added in the order of the context, then every sum is exponentiated and divided by their
 * total. Done in the same order, every probability is the same double as the model's own.
 */
final class MaxentSums {
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double logPrior;

    private MaxentSums(AbstractModel model) {
        Object[] data = model.getDataStructures();
        this.predicates = predicates(data[1]);
        this.outcomes = (String[]) data[2];
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
    }

    /** For a model whose arithmetic this class repeats: OpenNLP's maximum-entropy model with a uniform prior. */
    static Optional<MaxentSums> of(Object model) {
        if (model == null || model.getClass() != GISModel.class || !uniformPrior((GISModel) model)) {
            return Optional.empty();
        }
        return Optional.of(new MaxentSums((GISModel) model));
    }

    Map<String, Context> predicates() {
        return predicates;
    }

    String[] outcomes() {
        return outcomes;
    }

    /** The sums before any feature. */
    double[] prior() {
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        return sums;
    }

    /** Adds one feature's weights; an unknown feature weighs nothing. */
    static void add(double[] sums, Context parameters) {
        if (parameters == null) {
            return;
        }
        int[] active = parameters.getOutcomes();
        double[] weights = parameters.getParameters();
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weights[a] * 1.0;
        }
    }

    /** Turns finished sums into the model's probabilities, in place. */
    static double[] probabilities(double[] sums) {
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
    private static Map<String, Context> predicates(Object map) {
        return (Map<String, Context>) map;
    }
}
