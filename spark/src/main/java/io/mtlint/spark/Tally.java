package io.mtlint.spark;

import org.apache.spark.util.AccumulatorV2;

/**
 * Adds up {@link Totals} across tasks. It is only updated where the findings are written, the last stage of
 * that job, where Spark counts each partition's update once even when a task is retried.
 */
final class Tally extends AccumulatorV2<Totals, Totals> {
    private static final long serialVersionUID = 1L;

    private Totals totals = new Totals();

    @Override
    public boolean isZero() {
        return totals.isEmpty();
    }

    @Override
    public AccumulatorV2<Totals, Totals> copy() {
        Tally t = new Tally();
        t.totals = totals.copy();
        return t;
    }

    @Override
    public void reset() {
        totals = new Totals();
    }

    @Override
    public void add(Totals v) {
        totals.add(v);
    }

    @Override
    public void merge(AccumulatorV2<Totals, Totals> other) {
        totals.add(other.value());
    }

    @Override
    public Totals value() {
        return totals;
    }
}
