package io.mtlint.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a function per key, thread-safe and bounded: past its capacity, new answers are
 * computed but no longer kept, so a pathological input cannot fill the heap. For per-word answers (dictionary
 * readings, word origins), which prose repeats.
 */
public final class Memo<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> compute;

    /** {@code compute} must give a non-null answer and may run more than once for a key. */
    public Memo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    public V get(K key) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            remember(key, value);
        }
        return value;
    }

    /** The remembered answer, or null when there is none yet. */
    public V known(K key) {
        return values.get(key);
    }

    /** Remembers an answer computed elsewhere (for instance, many at once), room permitting. */
    public void remember(K key, V value) {
        if (values.size() < capacity) {
            values.put(key, value);
        }
    }
}
