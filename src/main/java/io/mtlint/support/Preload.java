package io.mtlint.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A value computed once per process that start-up can begin early on a daemon thread of its own, so that it
 * overlaps with other start-up work; a caller that needs it before anyone started it computes it itself.
 */
public final class Preload<T> {
    /** The computation; what it throws completes the future exceptionally. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final String threadName;
    private final Work<T> work;
    private final AtomicReference<CompletableFuture<T>> value = new AtomicReference<>();

    public Preload(String threadName, Work<T> work) {
        this.threadName = threadName;
        this.work = work;
    }

    /** Starts the computation in the background unless it has begun already; calling it again costs nothing. */
    public void start() {
        begin(true);
    }

    /** The value's future, computing it now, in the caller, if nobody has started it. */
    public CompletableFuture<T> future() {
        return begin(false);
    }

    private CompletableFuture<T> begin(boolean inBackground) {
        CompletableFuture<T> fresh = new CompletableFuture<>();
        if (value.compareAndSet(null, fresh)) {
            if (inBackground) {
                Thread t = new Thread(() -> complete(fresh), threadName);
                t.setDaemon(true);
                t.start();
            } else {
                complete(fresh);
            }
        }
        return value.get();
    }

    private void complete(CompletableFuture<T> future) {
        try {
            future.complete(work.run());
        } catch (Throwable e) {
            future.completeExceptionally(e);
        }
    }
}
