package io.mtlint.support;

import java.util.function.Function;

/**
 * What was derived from the last object asked about, kept while the same object (by identity) is asked again:
 * for indexes built from a language's data lists, which stay one object per language while a document's blocks
 * are checked, where hashing a large record at every sentence would cost more than the lookups it saves.
 * Thread-safe; another object replaces the kept one.
 */
public final class LastDerived<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private final Function<K, V> derive;
    private volatile Entry<K, V> last;

    public LastDerived(Function<K, V> derive) {
        this.derive = derive;
    }

    public V get(K key) {
        Entry<K, V> entry = last;
        if (entry == null || entry.key() != key) {
            entry = new Entry<>(key, derive.apply(key));
            last = entry;
        }
        return entry.value();
    }
}
