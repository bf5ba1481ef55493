package io.mtlint.server;

import io.mtlint.check.CheckResult;
import io.mtlint.check.Checker;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.LanguagePair;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.LanguageToolRule;
import io.mtlint.languagetool.LanguageToolRuleInfo;
import io.mtlint.languagetool.TextLanguage;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the checks of the server on a bounded pool: at most {@code workers} at once and {@code queue} waiting;
 * a request beyond that, or one that waits and runs longer than the time limit, is refused with 503.
 */
final class CheckService implements AutoCloseable {
    private final CheckOptions base;
    private final ServerSettings settings;
    private final CheckerCache checkers;
    private final ThreadPoolExecutor pool;

    /** What one check found, with what the API reports about its languages and rules. */
    record Outcome(Document document, String target, TextLanguage.Detection detected, String source,
                   List<Finding> findings, Map<String, RuleInfo> rules, Map<String, LanguageToolRuleInfo> languageTool) {
    }

    CheckService(CheckOptions base, ServerSettings settings) {
        this.base = base;
        this.settings = settings;
        this.checkers = new CheckerCache(settings.maxConfigurations());
        BlockingQueue<Runnable> waiting = settings.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.queue());
        this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS, waiting, r -> {
            Thread t = new Thread(r, "mtlint-server-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** The target language a request without one is checked in (the configuration's). */
    String defaultTarget() {
        return base.pair().target();
    }

    /** The source language a request without {@code mtlintSource} is checked against, as a user writes it. */
    String defaultSource() {
        return base.pair().sourceSpec();
    }

    /** Loads the default configuration and checks a sentence with it, so that the first client does not wait. */
    void warmUp() throws ConfigException {
        Checker checker = checkers.get(base);
        checker.check(io.mtlint.format.DocumentLoader.fromText("warm-up", "The server is ready.",
                io.mtlint.model.Format.TEXT));
    }

    Outcome check(CheckRequest request) throws ApiException {
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        Future<Outcome> future;
        try {
            future = pool.submit(() -> run(request));
        } catch (RejectedExecutionException e) {
            throw new ApiException(ApiException.UNAVAILABLE, "Server overloaded: " + settings.workers()
                    + " checks running and " + settings.queue() + " waiting; try again later");
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // LanguageTool's checks do not stop when interrupted halfway; the worker finishes and is free again.
            future.cancel(false);
            throw new ApiException(ApiException.UNAVAILABLE, "Checking took longer than the time limit of "
                    + settings.timeLimit().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.UNAVAILABLE, "Server is shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Outcome run(CheckRequest request) throws ApiException {
        Document document = request.document();
        TextLanguage.Detection detected = TextLanguage.detect(plainText(document), request.preferredVariants());
        String target = target(request, detected);
        if (request.motherTongue() != null) {
            known(request.motherTongue());
        }
        String source = request.source() != null ? request.source() : base.pair().sourceSpec();
        LanguagePair pair = LanguagePair.of(target, source);
        if (pair.hasSource() && pair.sourceBase().equalsIgnoreCase(pair.targetBase())) {
            pair = pair.withSource(LanguagePair.NONE); // a text is no translation from its own language
        }
        CheckOptions options = base.toBuilder().pair(pair).languageToolPicky(request.picky()).build();
        try {
            Checker plain = checkers.get(options);
            Map<String, LanguageToolRuleInfo> languageTool = catalog(plain);
            request.selection().validate(ownRuleIds(plain, options), languageTool);
            CheckOptions chosen = request.selection().configure(options, languageTool);
            Checker checker = chosen.fingerprint().equals(options.fingerprint()) ? plain : checkers.get(chosen);
            CheckResult result = checker.check(document);
            Map<String, RuleInfo> rules = new HashMap<>();
            for (Rule rule : checker.rules()) {
                rules.put(rule.id(), rule.info());
                rule.info().checks().forEach(c -> rules.put(c.id(), c));
            }
            List<Finding> kept = new ArrayList<>();
            for (Finding f : result.findings()) {
                String id = RuleSelection.apiRuleId(f.ruleId());
                LanguageToolRuleInfo lt = f.ruleId().startsWith(LanguageToolRule.PREFIX) ? languageTool.get(id) : null;
                String category = lt != null ? lt.categoryId() : f.category().name();
                if (request.selection().accepts(id, category)) {
                    kept.add(f);
                }
            }
            return new Outcome(document, target, detected, result.source(), kept, rules, languageTool);
        } catch (ConfigException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private String target(CheckRequest request, TextLanguage.Detection detected) throws ApiException {
        for (String variant : request.preferredVariants()) {
            known(variant);
        }
        if (!request.language().equalsIgnoreCase(CheckRequest.AUTO)) {
            return LanguageRegistry.defaultVariant(known(request.language()));
        }
        if (detected == null) {
            return base.pair().target();
        }
        for (String variant : request.preferredVariants()) {
            if (LanguageCodes.base(variant).equalsIgnoreCase(LanguageCodes.base(detected.code()))) {
                return TextLanguage.canonical(variant);
            }
        }
        return LanguageRegistry.defaultVariant(detected.code());
    }

    /** The code in LanguageTool's form; 400 for a code it does not know. */
    private static String known(String code) throws ApiException {
        if (!LanguageRegistry.isSupported(code)) {
            throw ApiException.badRequest("'" + code + "' is not a language code known to mtlint. Supported language "
                    + "codes are: " + LanguageRegistry.available());
        }
        return TextLanguage.canonical(code);
    }

    private static Map<String, LanguageToolRuleInfo> catalog(Checker checker) {
        for (Rule rule : checker.rules()) {
            if (rule instanceof LanguageToolRule lt) {
                return lt.catalog();
            }
        }
        return Map.of();
    }

    /** mtlint's rules a client may name: those that run, and those the configuration switched off. */
    private static Set<String> ownRuleIds(Checker checker, CheckOptions options) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : checker.rules()) {
            if (!(rule instanceof LanguageToolRule)) {
                ids.add(rule.id());
                rule.info().checks().forEach(c -> ids.add(c.id()));
            }
        }
        options.disabledRules().stream().filter(id -> !id.contains("*")).forEach(ids::add);
        return ids;
    }

    /** The prose of a document, markup read as what it stands for: what language identification looks at. */
    static String plainText(Document document) {
        StringBuilder sb = new StringBuilder();
        for (ProseBlock block : document.blocks()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(block.text());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
