package io.mtlint.model;

import java.util.Objects;

/**
 * A key for {@link Document#derived}: one analysis (named by its class) of one block, taken by identity since
 * two blocks may hold the same text, under the languages it depends on ({@code source} may be null).
 */
public record BlockKey(Class<?> analysis, ProseBlock block, String target, String source) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BlockKey k && k.analysis == analysis && k.block == block && Objects.equals(k.target, target)
                && Objects.equals(k.source, source);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(block) * 31 + Objects.hash(analysis, target, source);
    }
}
