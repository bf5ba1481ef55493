package io.mtlint.languagetool.accel;

import io.mtlint.support.Trace;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads a language's analysis data (tagger dictionary, chunker models, disambiguation rules), its speller and its
 * sentence splitter in the background, each on its own thread, as soon as the target language is known.
 * LanguageTool would load them one after the other inside the first check; started early and side by side they
 * overlap with loading the rules, reading the configuration and running mtlint's own detectors. The data are
 * cached by LanguageTool in the {@link Language} object, so every later instance and check reuses them.
 */
public final class LanguageWarmup {
    private static final Map<String, CompletableFuture<Void>> WARMED = new ConcurrentHashMap<>();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mtlint-languagetool-warmup");
        t.setDaemon(true);
        return t;
    });
    private static final String SAMPLE = "The old man launched the first boat.";

    private LanguageWarmup() {
    }

    /** Starts warming {@code language} unless that has begun already; the future completes when it is done. */
    public static CompletableFuture<Void> start(Language language) {
        String key = language.getShortCodeWithCountryAndVariant();
        return WARMED.computeIfAbsent(key, code -> CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> quietly("analysis", () -> analysis(language)), THREADS),
                CompletableFuture.runAsync(() -> quietly("speller", () -> speller(language)), THREADS),
                CompletableFuture.runAsync(() -> quietly("sentence splitter", () -> sentences(language)), THREADS)));
    }

    private interface Step {
        void run() throws IOException;
    }

    /**
     * A warm-up is only an optimisation: if a step fails, the first check loads the same data and reports the
     * problem properly, so the failure is only traced here.
     */
    private static void quietly(String what, Step step) {
        Trace.mark("warming " + what);
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            Trace.mark("warming " + what + " failed: " + e);
        }
        Trace.mark("warmed " + what);
    }

    /**
     * Runs one sentence through the tagger, chunkers and disambiguator, as a check's analysis would. The chunker's
     * statistical models and the disambiguator's rules and multi-word lists are independent and each takes about
     * a second to load, so they load side by side before the sentence goes through the whole chain.
     */
    private static void analysis(Language language) throws IOException {
        Trace.mark("tagger lookups remembered: " + RememberingWordTagger.install(language.getTagger()));
        CompletableFuture<Void> chunker = CompletableFuture.runAsync(() -> {
            quietly("chunker", language::getChunker);
            Trace.mark("chunker models replaced: " + FasterChunker.install(language.getChunker()));
        }, THREADS);
        Trace.mark("disambiguators prefiltered: " + PrefilteredDisambiguator.install(language));
        language.getDisambiguator().disambiguate(new AnalyzedSentence(tag(language)));
        chunker.join();
        AnalyzedTokenReadings[] tokens = tag(language);
        chunk(language.getChunker(), tokens);
        AnalyzedSentence sentence = language.getDisambiguator().disambiguate(new AnalyzedSentence(tokens));
        chunk(language.getPostDisambiguationChunker(), sentence.getTokens());
    }

    private static AnalyzedTokenReadings[] tag(Language language) throws IOException {
        List<String> words = language.getWordTokenizer().tokenize(SAMPLE);
        List<AnalyzedTokenReadings> tagged = new ArrayList<>();
        tagged.add(new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0));
        int position = 0;
        for (AnalyzedTokenReadings r : language.getTagger().tag(words)) {
            r.setStartPos(position);
            position += r.getToken().length();
            tagged.add(r);
        }
        return tagged.toArray(new AnalyzedTokenReadings[0]);
    }

    /** LanguageTool's sentence splitter compiles its segmentation rules (an SRX file) on first use. */
    private static void sentences(Language language) {
        language.getSentenceTokenizer().tokenize(SAMPLE);
    }

    private static void chunk(Chunker chunker, AnalyzedTokenReadings[] tokens) {
        if (chunker != null) {
            chunker.addChunkTags(Arrays.asList(tokens));
        }
    }

    /**
     * The speller compiles its word lists on first use, which takes about as long as loading the rules, unless
     * the build archived them. The multi-word speller (English builds it from about 38,000 phrases) would
     * otherwise be built inside the first check, when a pattern rule's filter first asks for it, on the path to
     * the first report. One language at a time: LanguageTool's dictionary cache is not thread-safe.
     */
    private static void speller(Language language) throws IOException {
        synchronized (SpellerArchive.class) {
            SpellerArchive.install(language);
            SpellingCheckRule rule = language.getDefaultSpellingRule();
            if (rule != null) {
                rule.isMisspelled("mtlint");
            }
            language.getMultitokenSpeller();
        }
    }
}
