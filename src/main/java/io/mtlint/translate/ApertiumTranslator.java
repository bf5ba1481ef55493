package io.mtlint.translate;

import io.mtlint.lang.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The offline rule-based MT engine Apertium, run as an external process when it and the language pair are
 * installed. Spans go in as blank-line separated paragraphs, one process per batch.
 */
public final class ApertiumTranslator implements Translator {
    private static final List<Path> MODE_DIRS = List.of(Path.of("/usr/share/apertium/modes"),
            Path.of("/usr/local/share/apertium/modes"));
    private static final long TIMEOUT_SECONDS = 20;

    private final String executable;
    private final String pair;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private ApertiumTranslator(String executable, String pair) {
        this.executable = executable;
        this.pair = pair;
    }

    /**
     * The Debian package with Apertium's pair for {@code source}→{@code target} (base language codes), for the pairs
     * with English that Debian packages; empty for the others (French, German, Italian, Portuguese into English have
     * no released pair).
     */
    public static java.util.Optional<String> debianPackage(String source, String target) {
        for (String other : List.of("es", "ca", "gl")) {
            if (source.equals(other) && target.equals("en") || source.equals("en") && target.equals(other)) {
                return java.util.Optional.of("apertium-en-" + other);
            }
        }
        return java.util.Optional.empty();
    }

    /** Apertium for {@code source}→{@code target} if it is installed, or null. */
    public static ApertiumTranslator detect(String source, String target) {
        String s = Languages.of(source).apertium();
        String t = Languages.of(target).apertium();
        if (s == null || t == null) {
            return null;
        }
        String pair = s + "-" + t;
        String exe = findOnPath("apertium");
        if (exe == null || MODE_DIRS.stream().noneMatch(d -> Files.isRegularFile(d.resolve(pair + ".mode")))) {
            return null;
        }
        return new ApertiumTranslator(exe, pair);
    }

    @Override
    public String name() {
        return "Apertium " + pair;
    }

    @Override
    public List<String> translate(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<String> out = run(missing);
            for (int i = 0; i < missing.size(); i++) {
                String translated = out != null && i < out.size() ? out.get(i) : null;
                cache.put(missing.get(i), translated == null ? "" : matchInitialCase(missing.get(i), translated));
            }
        }
        List<String> result = new ArrayList<>();
        for (String t : texts) {
            String translated = cache.get(t);
            result.add(translated == null || translated.isEmpty() ? null : translated);
        }
        return result;
    }

    private List<String> run(List<String> texts) {
        String input = String.join("\n\n", texts.stream().map(t -> t.replaceAll("\\s+", " ")).toList()) + "\n";
        try {
            Process p = new ProcessBuilder(executable, "-u", pair).redirectErrorStream(false).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            String[] parts = new String(out, StandardCharsets.UTF_8).strip().split("\\R\\s*\\R");
            if (parts.length != texts.size()) {
                return null;
            }
            List<String> result = new ArrayList<>();
            for (String part : parts) {
                result.add(part.strip());
            }
            return result;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Apertium capitalises every paragraph it is given; a span from mid-sentence must stay lowercase. */
    static String matchInitialCase(String original, String translated) {
        if (translated.isEmpty() || original.isEmpty()) {
            return translated;
        }
        boolean lower = Character.isLowerCase(original.codePointAt(0));
        int first = translated.codePointAt(0);
        if (lower && Character.isUpperCase(first)) {
            return new String(Character.toChars(Character.toLowerCase(first)))
                    + translated.substring(Character.charCount(first));
        }
        return translated;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
