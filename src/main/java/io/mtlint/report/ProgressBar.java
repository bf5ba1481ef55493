package io.mtlint.report;

import io.mtlint.run.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar for a terminal, redrawn in place four times a second: files and bytes done, time
 * elapsed and, once a few percent are done, the time left at the pace so far. Only for a terminal: the caller
 * decides, since a bar in a log or a pipe is noise.
 */
public final class ProgressBar implements Progress {
    private static final long REDRAW_MILLIS = 250;
    /** Below this share done the pace says too little for a time left. */
    private static final double ETA_FROM = 0.02;

    private final PrintWriter terminal;
    private final int width;
    private final long startNanos = System.nanoTime();
    private final AtomicLong doneBytes = new AtomicLong();
    private final AtomicInteger doneFiles = new AtomicInteger();
    private final Map<Object, Long> partial = new ConcurrentHashMap<>();
    private volatile int files;
    private volatile long bytes;
    private ScheduledExecutorService redraw;
    private boolean shown;
    private boolean over;

    /** A bar on {@code terminal}, {@code width} columns wide. */
    public ProgressBar(PrintWriter terminal, int width) {
        this.terminal = terminal;
        this.width = Math.max(40, width);
    }

    @Override
    public synchronized void planned(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        draw();
        if (redraw == null) {
            redraw = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mtlint-progress");
                t.setDaemon(true);
                return t;
            });
            redraw.scheduleAtFixedRate(this::draw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void advanced(Object key, long bytes) {
        partial.put(key, bytes);
    }

    @Override
    public void done(Object key, long bytes) {
        doneBytes.addAndGet(bytes);
        partial.remove(key);
        doneFiles.incrementAndGet();
    }

    @Override
    public synchronized void aside(Runnable print) {
        clear();
        print.run();
        terminal.flush();
        draw();
    }

    @Override
    public synchronized void finished() {
        over = true;
        if (redraw != null) {
            redraw.shutdownNow();
            redraw = null;
        }
        clear();
    }

    private synchronized void draw() {
        if (over) {
            return;
        }
        terminal.print("\r" + line() + "\u001b[K");
        terminal.flush();
        shown = true;
    }

    private void clear() {
        if (shown) {
            terminal.print("\r\u001b[K");
            terminal.flush();
            shown = false;
        }
    }

    /** The bar's text, at most {@code width - 1} columns so that the terminal never wraps it. */
    String line() {
        long done = doneBytes.get() + partial.values().stream().mapToLong(Long::longValue).sum();
        long total = Math.max(bytes, 1);
        double share = bytes == 0 ? (files == 0 ? 1 : (double) doneFiles.get() / files) : Math.min(1, (double) done / total);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String counts = String.format(Locale.ROOT, " %d/%d files  %s of %s  %s", doneFiles.get(), files,
                size(Math.min(done, bytes)), size(bytes), clock(elapsed) + " elapsed");
        String eta = share >= ETA_FROM && share < 1 ? "  " + clock(elapsed * (1 - share) / share) + " left" : "";
        int barWidth = Math.max(10, width - 1 - counts.length() - eta.length() - 2);
        int filled = (int) Math.round(share * barWidth);
        String line = "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "]" + counts + eta;
        return line.length() < width ? line : line.substring(0, width - 1);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
