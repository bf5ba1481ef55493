package io.mtlint.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Start-up and phase timings for whoever is working on mtlint's speed: with the environment variable
 * {@code MTLINT_TRACE} set, each mark prints the milliseconds since the JVM started and
 * the thread, on standard error. Costs nothing otherwise.
 */
public final class Trace {
    private static final boolean ENABLED = System.getenv("MTLINT_TRACE") != null;
    private static final Instant JVM_START = ENABLED
            ? Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) : null;

    private Trace() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    public static void mark(String what) {
        if (ENABLED) {
            long ms = Duration.between(JVM_START, Instant.now()).toMillis();
            System.err.printf("[trace %6d ms] %-22s %s%n", ms, Thread.currentThread().getName(), what);
        }
    }
}
