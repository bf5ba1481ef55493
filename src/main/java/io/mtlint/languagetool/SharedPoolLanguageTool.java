package io.mtlint.languagetool;

import org.languagetool.Language;
import org.languagetool.MultiThreadedJLanguageTool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;

/**
 * LanguageTool's multi-threaded checker, which analyses the sentences of one text and runs its rules on all
 * cores, with one worker pool shared by every instance: a single article is checked on every core, and many
 * files checked at once do not start a pool each.
 */
final class SharedPoolLanguageTool extends MultiThreadedJLanguageTool {
    private static final ForkJoinPool WORKERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    SharedPoolLanguageTool(Language language) {
        super(language);
    }

    @Override
    protected ExecutorService getExecutorService() {
        return WORKERS;
    }

    @Override
    public void shutdown() {
        // The pool is shared and its workers are daemon threads: nothing to stop per instance.
    }
}
