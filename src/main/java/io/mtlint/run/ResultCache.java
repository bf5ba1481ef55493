package io.mtlint.run;

import io.mtlint.check.CheckResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.Version;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Severity;
import io.mtlint.model.Suppression;
import io.mtlint.model.TextEdit;
import io.mtlint.support.Digest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Check results stored on disk by a key of everything that decides them: the file's bytes and format, the
 * checker's configuration and rule packs, the other files its rules read (a translated page's source), and
 * mtlint's version. An unchanged file is not checked again. An
 * entry that cannot be read, belongs to another key or does not fit the document is ignored and rewritten.
 */
public final class ResultCache {
    public static final String DEFAULT_DIR = ".mtlint-cache";
    private static final String LAYOUT = "v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Keeps the cache out of commits and backups, as pytest's and ruff's caches do. */
    private static final Map<String, String> MARKERS = Map.of(
            ".gitignore", "# Created by mtlint: the result cache is never committed.\n*\n",
            "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                    + "# This file is a cache directory tag created by mtlint.\n"
                    + "# For information about cache directory tags, see https://bford.info/cachedir/\n");

    private final Path dir;
    private final AtomicBoolean marked = new AtomicBoolean();

    public ResultCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The key of {@code doc} checked by a checker of {@code fingerprint} ({@link
     * io.mtlint.check.CheckerFactory#fingerprint}) whose rules read {@code otherInputs} beside it: worked out once
     * per file and passed to {@link #get} and {@link #put}.
     */
    public static String key(Document doc, String fingerprint, String otherInputs) {
        return Digest.sha256().add(Version.get()).add(fingerprint).add(doc.format().toString()).add(otherInputs)
                .add(doc.bytes()).hex();
    }

    private Path entry(String key) {
        return dir.resolve(LAYOUT).resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    /** The stored result under {@code key} for this document, checked as {@code language}, or null. */
    public CheckResult get(String key, Document doc, String language) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!key.equals(root.path("key").asText())) {
                return null;
            }
            int length = doc.text().length();
            List<Finding> findings = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                List<Fix> fixes = new ArrayList<>();
                for (JsonNode x : f.path("fixes")) {
                    List<TextEdit> edits = new ArrayList<>();
                    for (JsonNode e : x.path("edits")) {
                        edits.add(new TextEdit(within(e.get(0).asInt(), length), within(e.get(1).asInt(), length),
                                e.get(2).asText()));
                    }
                    fixes.add(new Fix(edits, x.path("safe").asBoolean(), x.path("description").asText()));
                }
                findings.add(new Finding(f.path("rule").asText(), Category.fromId(f.path("category").asText()),
                        Severity.fromId(f.path("severity").asText()), within(f.path("start").asInt(), length),
                        within(f.path("end").asInt(), length), f.path("message").asText(), fixes));
            }
            List<Suppression> unused = new ArrayList<>();
            for (JsonNode u : root.path("unused")) {
                int i = u.asInt();
                if (i < 0 || i >= doc.suppressions().size()) {
                    return null;
                }
                unused.add(doc.suppressions().get(i));
            }
            String source = root.path("source").isTextual() ? root.path("source").asText() : null;
            return new CheckResult(doc, language, findings, root.path("suppressed").asInt(), unused, source);
        } catch (IOException | RuntimeException e) {
            return null; // corrupt or foreign: never trusted, rebuilt on the next put
        }
    }

    /**
     * Writes the markers into a cache directory mtlint creates or already laid out, never into a directory of the
     * user's that {@code --cache-dir} names.
     */
    private void mark() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir.resolve(LAYOUT))) {
            return;
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
            Path file = dir.resolve(marker.getKey());
            if (!Files.exists(file)) {
                try {
                    Files.writeString(file, marker.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException raced) {
                    // another process marked it first
                }
            }
        }
    }

    private static int within(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset outside the document");
        }
        return offset;
    }

    /** Stores a result under {@code key}; a failure to write only costs the next run a re-check. */
    public void put(String key, Document doc, CheckResult result) {
        Path file = entry(key);
        try {
            if (!marked.getAndSet(true)) {
                mark();
            }
            Files.createDirectories(file.getParent());
            StringWriter sw = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(sw)) {
                g.writeStartObject();
                g.writeStringField("key", key);
                g.writeNumberField("suppressed", result.suppressed());
                if (result.source() != null) {
                    g.writeStringField("source", result.source());
                }
                g.writeArrayFieldStart("unused");
                for (Suppression s : result.unusedSuppressions()) {
                    g.writeNumber(doc.suppressions().indexOf(s));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("findings");
                for (Finding f : result.findings()) {
                    g.writeStartObject();
                    g.writeStringField("rule", f.ruleId());
                    g.writeStringField("category", f.category().id());
                    g.writeStringField("severity", f.severity().id());
                    g.writeNumberField("start", f.start());
                    g.writeNumberField("end", f.end());
                    g.writeStringField("message", f.message());
                    g.writeArrayFieldStart("fixes");
                    for (Fix x : f.fixes()) {
                        g.writeStartObject();
                        g.writeBooleanField("safe", x.safe());
                        g.writeStringField("description", x.description());
                        g.writeArrayFieldStart("edits");
                        for (TextEdit e : x.edits()) {
                            g.writeStartArray();
                            g.writeNumber(e.start());
                            g.writeNumber(e.end());
                            g.writeString(e.replacement());
                            g.writeEndArray();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
            Files.writeString(temp, sw.toString(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not fatal: the cache is an optimisation.
        }
    }
}
