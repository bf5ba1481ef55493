package io.mtlint.testing;

import java.util.function.LongConsumer;

/**
 * Runs seeded fuzz iterations until a time budget is spent: iteration i uses seed {@code base + i}, so any
 * failure names the one seed that reproduces it, while the suite's time stays bounded whatever the machine's
 * speed. {@code -Dmtlint.fuzz.scale=0.1} shortens every budget (for quick local runs), 10 lengthens it.
 */
public final class TimeBox {
    private static final double SCALE = Double.parseDouble(System.getProperty("mtlint.fuzz.scale", "1"));

    private TimeBox() {
    }

    /** Calls {@code iteration} with successive seeds for {@code seconds} (scaled), at least once; returns how often. */
    public static long run(String name, double seconds, long base, LongConsumer iteration) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * SCALE * 1e9);
        long count = 0;
        do {
            iteration.accept(base + count);
            count++;
        } while (System.nanoTime() < deadline);
        System.out.printf("%s: %d seeded iterations (seeds %d to %d) in %.1f s%n", name, count, base,
                base + count - 1, (System.nanoTime() - start) / 1e9);
        return count;
    }
}
