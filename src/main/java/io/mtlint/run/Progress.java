package io.mtlint.run;

/**
 * What a run tells whoever shows its progress: how much there is to check, then how much is done. Called from
 * the threads that check files, at once.
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = new Progress() {
    };

    /** The run has {@code files} inputs of {@code bytes} bytes in all (standard input counts as a file of 0). */
    default void planned(int files, long bytes) {
    }

    /** {@code bytes} of the input {@code key} are checked so far (it may report several times). */
    default void advanced(Object key, long bytes) {
    }

    /** The input {@code key}, of {@code bytes} bytes, is done. */
    default void done(Object key, long bytes) {
    }

    /** Runs {@code print}, which writes to the terminal, without the progress display in its way. */
    default void aside(Runnable print) {
        print.run();
    }

    /** The run is over: the display goes. */
    default void finished() {
    }
}
