package io.mtlint.support;

import java.util.function.Supplier;

/** A value computed on first use, once, however many threads ask for it at the same moment. */
public final class Lazy<T> implements Supplier<T> {
    private volatile T value;
    private Supplier<? extends T> compute;

    /** {@code compute} must give a non-null value; it runs at most once and is released afterwards. */
    public Lazy(Supplier<? extends T> compute) {
        this.compute = compute;
    }

    /** A value that is already known. */
    public static <T> Lazy<T> of(T value) {
        Lazy<T> lazy = new Lazy<>(null);
        lazy.value = value;
        return lazy;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                    compute = null;
                }
            }
        }
        return v;
    }
}
