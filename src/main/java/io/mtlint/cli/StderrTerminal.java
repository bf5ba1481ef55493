package io.mtlint.cli;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard error is a terminal, and how wide: JLine asks the system (Java 17 cannot), which takes tens
 * of milliseconds, so it is asked off the main thread while the run starts.
 */
final class StderrTerminal {
    private static final int DEFAULT_WIDTH = 80;

    private StderrTerminal() {
    }

    /** The width of standard error's terminal, or 0 when it is not one. */
    static CompletableFuture<Integer> width() {
        return CompletableFuture.supplyAsync(StderrTerminal::ask).completeOnTimeout(0, 2, TimeUnit.SECONDS);
    }

    private static int ask() {
        try {
            TerminalProvider provider = TerminalProvider.load("exec");
            if (!provider.isSystemStream(SystemStream.Error)) {
                return 0;
            }
            int width = provider.systemStreamWidth(SystemStream.Error);
            return width > 0 ? width : columns();
        } catch (Exception | LinkageError e) {
            return 0; // unknown: no progress bar
        }
    }

    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").trim());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
