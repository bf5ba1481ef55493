package io.mtlint.languagetool;

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

/**
 * One configured LanguageTool instance, created once per process per settings and shared by every file and
 * thread. {@link JLanguageTool} is not thread-safe, so checks take turns on it.
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

    private final JLanguageTool tool;
    private final Language language;

    private LanguageToolEngine(LanguageToolSettings settings) {
        this.language = LanguageRegistry.language(settings.language());
        // The speller compiles its word lists on first use, which takes as long as loading the rules: do both at
        // once on two cores.
        CompletableFuture<Void> speller = CompletableFuture.runAsync(this::warmSpeller, LOADER);
        this.tool = new JLanguageTool(language);
        for (String id : defaultDisabledRules(language)) {
            tool.disableRule(id);
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
        try {
            // Loads the tagger's disambiguator and the chunker's models, which the first check would load.
            tool.getAnalyzedSentence("The old man launched the first boat.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        speller.join();
        INITIALISATIONS.incrementAndGet();
    }

    private void warmSpeller() {
        try {
            org.languagetool.rules.spelling.SpellingCheckRule rule = language.getDefaultSpellingRule();
            if (rule != null) {
                rule.isMisspelled("mtlint");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        try {
            return future(settings).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
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

    public List<RuleMatch> check(AnnotatedText text) throws IOException {
        synchronized (tool) {
            return tool.check(text, true, JLanguageTool.ParagraphHandling.NORMAL);
        }
    }

    public List<Rule> activeRules() {
        synchronized (tool) {
            return tool.getAllActiveRules();
        }
    }

    /**
     * mtlint's defaults for edited news prose: LanguageTool rules that duplicate mtlint's own detectors (which
     * explain the machine-translation cause and fix it better) or that are noise in news copy.
     */
    static List<String> defaultDisabledRules(Language language) {
        String base = language.getShortCode().toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>(readList("all"));
        ids.addAll(readList(base));
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
