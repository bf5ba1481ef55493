package io.mtlint.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
            ? Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) : null;

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

    /** With tracing on, prints the CPU time each live thread has used so far. */
    public static void threadTimes() {
        if (!ENABLED) {
            return;
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null) {
                long cpu = bean.getThreadCpuTime(info.getThreadId()) / 1_000_000;
                System.err.printf("[cpu %6d ms] %s%n", cpu, info.getThreadName());
            }
        }
    }
}
