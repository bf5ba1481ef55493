package io.mtlint.languagetool;

import io.mtlint.languagetool.accel.LanguageWarmup;
import io.mtlint.languagetool.accel.SharedPoolLanguageTool;
import io.mtlint.support.Trace;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * LanguageTool configured once per process per settings and shared by every file and thread. JLanguageTool is
 * not thread-safe, so the engine keeps one instance per concurrent check, up to the number of cores.
 */
public final class LanguageToolEngine {
    private static final Map<LanguageToolSettings, CompletableFuture<LanguageToolEngine>> INSTANCES =
            new ConcurrentHashMap<>();
    private static final ExecutorService LOADER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mtlint-languagetool-loader");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger INITIALISATIONS = new AtomicInteger();
    /** Instances whose rules began loading as soon as their language was known, each waiting for its engine. */
    private static final Map<String, CompletableFuture<SharedPoolLanguageTool>> EARLY = new ConcurrentHashMap<>();

    private final SharedPoolLanguageTool tool;
    private final Language language;
    private final LanguageToolSettings settings;
    /** Instances not in use. JLanguageTool is not thread-safe, so concurrent checks each take their own. */
    private final java.util.concurrent.BlockingQueue<SharedPoolLanguageTool> idle =
            new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger instances = new java.util.concurrent.atomic.AtomicInteger(1);
    private final int maxInstances = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Built on first use; a lost race only builds it twice. */
    private volatile Map<String, LanguageToolRuleInfo> catalog;

    private LanguageToolEngine(LanguageToolSettings settings) {
        this.settings = settings;
        this.language = LanguageRegistry.language(settings.language());
        CompletableFuture<Void> languageData = LanguageWarmup.start(language);
        Trace.mark("languagetool: loading rules for " + settings.language());
        this.tool = newInstance();
        Trace.mark("languagetool: rules loaded");
        // The first check must not load the analysis data a second time while the warm-up is still at it.
        languageData.join();
        Trace.mark("languagetool: ready");
        idle.add(tool);
        INITIALISATIONS.incrementAndGet();
    }

    /**
     * Starts loading a language's analysis data and speller in the background as soon as the target language is
     * known, before the rule packs and settings that the full engine waits for. Unsupported codes are left to
     * the configuration check to report.
     */
    public static void warm(String languageCode) {
        if (LanguageRegistry.isSupported(languageCode)) {
            Language language = LanguageRegistry.language(languageCode);
            LanguageWarmup.start(language);
            EARLY.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                    code -> CompletableFuture.supplyAsync(() -> new SharedPoolLanguageTool(language), LOADER));
        }
    }

    /**
     * A configured instance: the one whose rules {@link #warm} began loading, if it is still unclaimed, else a
     * new one. Loading the rules does not depend on the settings, which are only known once the configuration
     * and rule packs have been read.
     */
    private SharedPoolLanguageTool newInstance() {
        CompletableFuture<SharedPoolLanguageTool> early = EARLY.remove(language.getShortCodeWithCountryAndVariant());
        SharedPoolLanguageTool tool = early == null ? new SharedPoolLanguageTool(language) : join(early);
        configure(tool, settings, language);
        return tool;
    }

    /** The future's value; a failure surfaces as the exception the loading code threw, not wrapped. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void configure(JLanguageTool tool, LanguageToolSettings settings, Language language) {
        for (String id : defaultDisabledRules(language)) {
            if (id.startsWith("category:")) {
                tool.disableCategory(new org.languagetool.rules.CategoryId(id.substring("category:".length())));
            } else {
                tool.disableRule(id);
            }
        }
        for (String id : settings.disabledRules()) {
            tool.disableRule(id);
        }
        for (String id : settings.enabledRules()) {
            tool.enableRule(id);
        }
        for (java.nio.file.Path file : settings.xmlRuleFiles()) {
            for (Rule rule : XmlRuleFiles.load(file, language)) {
                tool.addRule(rule);
            }
        }
        if (!settings.acceptedWords().isEmpty()) {
            for (Rule rule : tool.getAllActiveRules()) {
                if (rule instanceof SpellingCheckRule spelling) {
                    spelling.addIgnoreTokens(new ArrayList<>(settings.acceptedWords()));
                }
            }
        }
    }

    /**
     * Starts loading LanguageTool in the background, so that it is ready by the time the files are read and the
     * structural rules have run. Calling it again costs nothing.
     */
    public static void prepare(LanguageToolSettings settings) {
        future(settings);
    }

    /** The shared engine for these settings, initialising LanguageTool on first use. */
    public static LanguageToolEngine get(LanguageToolSettings settings) {
        return join(future(settings));
    }

    private static CompletableFuture<LanguageToolEngine> future(LanguageToolSettings settings) {
        return INSTANCES.computeIfAbsent(settings,
                s -> CompletableFuture.supplyAsync(() -> new LanguageToolEngine(s), LOADER));
    }

    /** How many LanguageTool instances this process has initialised; tests use it to prove sharing. */
    public static int initialisations() {
        return INITIALISATIONS.get();
    }

    public Language language() {
        return language;
    }

    /** Checks {@code text}, keeping every match. */
    public List<RuleMatch> check(AnnotatedText text) throws IOException {
        return check(text, match -> false);
    }

    /**
     * Checks on an idle instance. When every instance is busy and the machine has a free core, one more instance
     * is made (language data is shared; only the rules are loaded again), so files are checked in parallel.
     * Matches {@code unwanted} rejects are dropped before LanguageTool computes their suggestions; it is called
     * from LanguageTool's worker threads.
     */
    public List<RuleMatch> check(AnnotatedText text, Predicate<RuleMatch> unwanted) throws IOException {
        SharedPoolLanguageTool t = idle.poll();
        if (t == null) {
            if (instances.incrementAndGet() <= maxInstances) {
                Trace.mark("languagetool: one more instance");
                t = newInstance();
                Trace.mark("languagetool: instance ready");
            } else {
                instances.decrementAndGet();
                try {
                    t = idle.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for LanguageTool");
                }
            }
        }
        // Spelling rules leave their suggestions to be computed on demand, and LanguageTool demands them after
        // every rule has run, on the one thread that called the check. Asked for as each match is found, they are
        // computed by the worker that runs the spelling rule (its speller is only used by that thread) while the
        // other workers run the remaining rules. The copies LanguageTool makes of a match share the list.
        try {
            return t.check(text, unwanted, match -> {
                if (!unwanted.test(match)) {
                    match.getSuggestedReplacementObjects();
                }
            }, settings.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT);
        } finally {
            idle.add(t);
        }
    }

    public List<Rule> activeRules() {
        return newInstance().getAllActiveRules();
    }

    /**
     * Every rule LanguageTool has for the language, active or not, by id: what clients of the server may name
     * and how its findings are described. Read from the first instance, whose rules checks do not change.
     */
    public Map<String, LanguageToolRuleInfo> catalog() {
        Map<String, LanguageToolRuleInfo> c = catalog;
        if (c == null) {
            Map<String, LanguageToolRuleInfo> built = new java.util.LinkedHashMap<>();
            java.util.Set<String> active = new java.util.HashSet<>();
            tool.getAllActiveRules().forEach(r -> active.add(r.getId()));
            for (Rule rule : tool.getAllRules()) {
                built.putIfAbsent(rule.getId(), LanguageToolRuleInfo.of(rule, active.contains(rule.getId())));
            }
            catalog = c = Map.copyOf(built);
        }
        return c;
    }

    /**
     * Forgets the engine for {@code settings}, so that its memory is freed once the checks that still hold it are
     * done; a later {@link #get} loads it again. For long-running callers that see many configurations.
     */
    public static void release(LanguageToolSettings settings) {
        INSTANCES.remove(settings);
    }

    /**
     * mtlint's defaults for edited news prose: LanguageTool rules that duplicate mtlint's own detectors (which
     * explain the machine-translation cause and fix it better) or that are noise in news copy.
     */
    static List<String> defaultDisabledRules(Language language) {
        String base = language.getShortCode().toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>(readList("all"));
        ids.addAll(io.mtlint.lang.Languages.of(base).languagetool().disabledRules());
        return ids;
    }

    private static List<String> readList(String name) {
        String resource = "/io/mtlint/languagetool/disabled-" + name + ".txt";
        List<String> ids = new ArrayList<>();
        try (InputStream in = LanguageToolEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                return ids;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String id = line.replaceAll("#.*", "").trim();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return ids;
    }
}
