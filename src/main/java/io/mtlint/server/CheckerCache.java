package io.mtlint.server;

import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.languagetool.LanguageToolEngine;
import io.mtlint.languagetool.LanguageToolRule;
import io.mtlint.languagetool.LanguageToolSettings;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The checkers the server keeps warm, one per configuration (languages and rule choices), the least recently
 * used dropped beyond a bound. Each configuration holds LanguageTool instances of hundreds of megabytes, so a
 * client that varies its rule choices must not make the server load them without end.
 */
final class CheckerCache {
    private final int capacity;
    private final Map<String, CompletableFuture<Checker>> checkers = new LinkedHashMap<>(16, 0.75f, true);

    CheckerCache(int capacity) {
        this.capacity = capacity;
    }

    /** The checker for {@code options}, built on first use; concurrent callers wait for the same one. */
    Checker get(CheckOptions options) throws ConfigException {
        String key = options.fingerprint();
        CompletableFuture<Checker> future;
        boolean build = false;
        synchronized (this) {
            future = checkers.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                checkers.put(key, future);
                build = true;
                evict();
            }
        }
        if (build) {
            try {
                future.complete(CheckerFactory.create(options));
            } catch (ConfigException | RuntimeException e) {
                synchronized (this) {
                    checkers.remove(key, future);
                }
                future.completeExceptionally(e);
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConfigException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void evict() {
        if (checkers.size() <= capacity) {
            return;
        }
        Set<LanguageToolSettings> dropped = new HashSet<>();
        Iterator<CompletableFuture<Checker>> it = checkers.values().iterator();
        while (checkers.size() > capacity && it.hasNext()) {
            CompletableFuture<Checker> oldest = it.next();
            if (oldest.isDone() && !oldest.isCompletedExceptionally()) {
                dropped.addAll(languageTool(oldest.join()));
                it.remove();
            }
        }
        for (CompletableFuture<Checker> kept : checkers.values()) {
            if (kept.isDone() && !kept.isCompletedExceptionally()) {
                dropped.removeAll(languageTool(kept.join()));
            }
        }
        dropped.forEach(LanguageToolEngine::release);
    }

    private static Set<LanguageToolSettings> languageTool(Checker checker) {
        Set<LanguageToolSettings> settings = new HashSet<>();
        checker.rules().stream().filter(r -> r instanceof LanguageToolRule)
                .forEach(r -> settings.add(((LanguageToolRule) r).settings()));
        return settings;
    }
}
