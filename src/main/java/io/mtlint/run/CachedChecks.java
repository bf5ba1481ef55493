package io.mtlint.run;

import io.mtlint.check.CheckResult;
import io.mtlint.check.Checker;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.model.Document;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Check results of documents read from files, answered from a {@link ResultCache} when it holds them: the key is
 * worked out without building a checker, so a run whose files are all unchanged compiles no rule and never loads
 * LanguageTool. What {@code check} and {@code fix} share; thread-safe.
 */
public final class CachedChecks {
    /** A document's cache key (null without a cache) and the result stored under it (null on a miss). */
    public record Lookup(String key, CheckResult cached) {
    }

    private final CheckerProvider checkers;
    private final ResultCache cache;
    private final AtomicBoolean anyServed = new AtomicBoolean();
    private final AtomicBoolean checkerNeeded = new AtomicBoolean();
    private final AtomicInteger checked = new AtomicInteger();

    /** Checks that reuse and store results in {@code cache} (null for none). */
    public CachedChecks(CheckerProvider checkers, ResultCache cache) {
        this.checkers = checkers;
        this.cache = cache;
    }

    /** Looks {@code doc}, read from {@code file}, up in the cache, without building its checker. */
    public Lookup lookup(Path file, Document doc) throws ConfigException {
        if (cache == null) {
            return new Lookup(null, null);
        }
        CheckOptions resolved = checkers.optionsFor(file, doc);
        String key = checkers.cacheKey(resolved, doc);
        CheckResult cached = key == null ? null : cache.get(key, doc, resolved.pair().target());
        if (cached != null) {
            anyServed.set(true);
        }
        return new Lookup(key, cached);
    }

    /** The cached result of {@code doc}, or else the one its checker finds, then stored. */
    public CheckResult check(Path file, Document doc) throws ConfigException {
        return check(file, doc, lookup(file, doc), share -> { });
    }

    /** {@code lookup} is this document's ({@link #lookup}); {@code share} hears how far the check is. */
    public CheckResult check(Path file, Document doc, Lookup lookup, DoubleConsumer share) throws ConfigException {
        if (lookup.cached() != null) {
            return lookup.cached();
        }
        checkerNeeded.set(true);
        Checker checker = checkers.checkerFor(file, doc);
        checker.prepare(); // a miss: LanguageTool loads while this file's structural rules run
        io.mtlint.support.Trace.mark("checking " + file);
        CheckResult result = checker.check(doc, share);
        io.mtlint.support.Trace.mark("checked " + file);
        checked.incrementAndGet();
        if (lookup.key() != null) {
            cache.put(lookup.key(), doc, result);
        }
        return result;
    }

    /** Whether any result came from the cache. */
    public boolean anyServed() {
        return anyServed.get();
    }

    /** Whether any document missed the cache, so that its checker was asked for. */
    public boolean checkerNeeded() {
        return checkerNeeded.get();
    }

    /** How many documents the rules ran on. */
    public int checked() {
        return checked.get();
    }
}
