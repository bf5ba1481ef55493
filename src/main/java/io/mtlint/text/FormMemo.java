package io.mtlint.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Remembers a function's answer for each {@link WordForm}, in an array indexed by the form's number: what a
 * detector asks of every word (its origin, whether a dictionary knows it) costs an array read instead of a hash
 * lookup. Thread-safe: answers are stored under a lock and read without one, so answers must be immutable (enums,
 * records of final fields); a read that misses only computes the answer again. Only the first {@link
 * #MAX_FORMS} forms a process numbers are remembered: a hundred thousand forms with a lexicon's answers for them
 * take about thirty megabytes, which would grow towards a gigabyte in a server or Spark executor that reads ever
 * new words; the most frequent words come early.
 */
public final class FormMemo<V> {
    static final int MAX_FORMS = 200_000;
    private final Function<WordForm, V> compute;
    private final int maxForms;
    private volatile Object[] answers = new Object[1 << 12];

    public FormMemo(Function<WordForm, V> compute) {
        this(compute, MAX_FORMS);
    }

    FormMemo(Function<WordForm, V> compute, int maxForms) {
        this.compute = compute;
        this.maxForms = maxForms;
    }

    @SuppressWarnings("unchecked")
    public V get(WordForm form) {
        int id = form.id();
        if (id < 0 || id >= maxForms) {
            return compute.apply(form);
        }
        Object[] known = answers;
        Object answer = id < known.length ? known[id] : null;
        if (answer != null) {
            return (V) answer;
        }
        V computed = compute.apply(form);
        store(id, computed);
        return computed;
    }

    private synchronized void store(int id, V answer) {
        Object[] known = answers;
        if (id >= known.length) {
            known = Arrays.copyOf(known, Math.max(known.length * 2, Integer.highestOneBit(id) * 2));
        }
        known[id] = answer;
        answers = known;
    }
}
