package io.mtlint.languagetool.accel;

import io.mtlint.support.Trace;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool compiles each speller's plain-text word lists into an automaton at every start, which costs about a
 * second of CPU per language. The build runs {@link #main} to store those automata in the jar, and
 * {@link #install} hands them to LanguageTool's own dictionary cache before its speller first looks, so a run reads
 * a few hundred kilobytes instead. The archive records the LanguageTool version it was made with and is ignored
 * by any other; if LanguageTool's cache is not where this version keeps it, nothing is installed and LanguageTool
 * compiles the lists as before.
 */
public final class SpellerArchive {
    private static final String RESOURCE_DIR = "/io/mtlint/languagetool/spellers/";
    private static final String INDEX = "index.tsv";
    private static final Set<String> INSTALLED = ConcurrentHashMap.newKeySet();

    private SpellerArchive() {
    }

    /** Build step: {@code SpellerArchive OUTPUT_DIR LANGUAGE...} writes the automata of these languages' spellers. */
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            SpellingCheckRule rule = Languages.getLanguageForShortCode(args[i]).getDefaultSpellingRule();
            if (rule != null) {
                rule.isMisspelled("mtlint");
            }
        }
        List<String> index = new ArrayList<>();
        index.add("# languagetool\t" + JLanguageTool.VERSION);
        int n = 0;
        for (Map.Entry<String, Dictionary> e : new java.util.TreeMap<>(cache()).entrySet()) {
            String name = "speller-" + (n++);
            try (OutputStream fsa = Files.newOutputStream(out.resolve(name + ".fsa"))) {
                new CFSA2Serializer().serialize(e.getValue().fsa, fsa);
            }
            StringWriter info = new StringWriter();
            e.getValue().metadata.write(info);
            Files.writeString(out.resolve(name + ".info"), info.toString());
            index.add(e.getKey() + "\t" + name);
        }
        Files.write(out.resolve(INDEX), index);
    }

    /**
     * Puts the archived automata for {@code language} into LanguageTool's dictionary cache. LanguageTool's cache
     * is a plain map, so this holds the lock that the speller warm-up builds spellers under, and runs before the
     * language's first check. Does nothing when there is no usable archive.
     */
    static synchronized void install(Language language) {
        String prefix = "/" + language.getShortCode() + "/";
        if (!INSTALLED.add(prefix)) {
            return;
        }
        try (InputStream in = SpellerArchive.class.getResourceAsStream(RESOURCE_DIR + INDEX)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = lines.readLine();
            if (header == null || !header.equals("# languagetool\t" + JLanguageTool.VERSION)) {
                return;
            }
            Map<String, Dictionary> cache = cache();
            for (String line; (line = lines.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                String key = line.substring(0, tab);
                if (key.substring(key.lastIndexOf('|') + 1).startsWith(prefix)) {
                    Dictionary dictionary = read(line.substring(tab + 1));
                    cache.putIfAbsent(key, dictionary);
                }
            }
            Trace.mark("speller archive installed for " + language.getShortCodeWithCountryAndVariant());
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            Trace.mark("speller archive not used: " + e);
        }
    }

    private static Dictionary read(String name) throws IOException {
        try (InputStream fsa = resource(name + ".fsa"); InputStream info = resource(name + ".info")) {
            return Dictionary.read(new ByteArrayInputStream(fsa.readAllBytes()),
                    new ByteArrayInputStream(info.readAllBytes()));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SpellerArchive.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("missing " + name);
        }
        return in;
    }

    /** LanguageTool's process-wide cache of compiled speller dictionaries, by word lists and metadata path. */
    @SuppressWarnings("unchecked")
    static Map<String, Dictionary> cache() throws ReflectiveOperationException {
        Field field = Class.forName("org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller")
                .getDeclaredField("dicPathToDict");
        field.setAccessible(true);
        return (Map<String, Dictionary>) field.get(null);
    }
}
