package io.mtlint.cli;

import io.mtlint.run.ResultCache;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --no-cache} and {@code --cache-dir}: the result cache {@code check} and {@code fix} share. */
final class CacheOptions {
    @Option(names = "--no-cache", description = "Check every file even if its result is cached.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where results are cached (default: .mtlint-cache).")
    Path cacheDir = Path.of(ResultCache.DEFAULT_DIR);

    /** The cache to use, or null with {@code --no-cache}. */
    ResultCache cache() {
        return noCache ? null : new ResultCache(cacheDir);
    }
}
