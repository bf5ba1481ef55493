package io.mtlint.run;

import io.mtlint.check.CheckResult;
import io.mtlint.config.ConfigException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.support.Digest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings that do not fail a run. A finding is identified by its rule, its file and the flagged text with
 * a little of its context, not by its line, so edits elsewhere in the file keep it matched; a finding that occurs
 * twice must be in the baseline twice. The file is named by its path relative to the baseline's directory, so
 * the baseline matches however the path is typed ({@code content}, {@code ./content}, absolute, or from inside
 * the directory). Baselines of version 1 named files as typed and are still read that way.
 */
public final class Baselines {
    private static final int CONTEXT = 24;
    private static final int VERSION = 2;

    private final Map<String, Integer> known;
    /** The directory paths are relative to; null for a version-1 baseline, whose paths are as typed. */
    private final Path base;

    private Baselines(Map<String, Integer> known, Path base) {
        this.known = known;
        this.base = base;
    }

    /**
     * A stable identity for a finding: rule, path (as {@link #pathKey(String)} gives it), flagged text and the
     * words around it on its line, whitespace normalised.
     */
    public static String fingerprint(Document doc, Finding f, String pathKey) {
        return fingerprint(doc, f, f.ruleId(), pathKey);
    }

    /** The file a user typed as {@code typed}, relative to the current directory and normalised. */
    public static String pathKey(String typed) {
        return pathKey(typed, realDirectory(Path.of("")));
    }

    /**
     * How a baseline in {@code base} names the file a user typed as {@code typed}: relative to {@code base},
     * symbolic links resolved, with forward slashes. Standard input stays {@code -}.
     */
    static String pathKey(String typed, Path base) {
        if (typed.equals(CheckRun.STDIN)) {
            return typed;
        }
        Path file;
        try {
            file = real(Path.of(typed));
        } catch (java.nio.file.InvalidPathException e) {
            return typed; // not a path this file system can name, so not a file that was read
        }
        try {
            return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            return file.toString().replace(java.io.File.separatorChar, '/'); // another root (a Windows drive)
        }
    }

    private static Path realDirectory(Path dir) {
        return real(dir.toAbsolutePath());
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private String pathKey(Document doc) {
        return base == null ? doc.path() : pathKey(doc.path(), base);
    }

    /** The fingerprint {@code f} had when its rule was called {@code ruleId}. */
    private static String fingerprint(Document doc, Finding f, String ruleId, String pathKey) {
        String text = doc.text();
        int line = doc.lines().lineIndex(f.start());
        int lineStart = doc.lines().lineStart(line);
        int lineEnd = Math.max(f.end(), doc.lines().lineContentEnd(doc.lines().lineIndex(f.end())));
        String before = text.substring(Math.max(lineStart, f.start() - CONTEXT), f.start());
        String after = text.substring(f.end(), Math.min(lineEnd, f.end() + CONTEXT));
        String key = ruleId + "\u0000" + pathKey.replace('\\', '/') + "\u0000" + normal(before) + "\u0000"
                + text.substring(f.start(), f.end()) + "\u0000" + normal(after);
        return Digest.sha256().add(key.getBytes(StandardCharsets.UTF_8)).hex(16);
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ");
    }

    public static Baselines read(Path file) throws ConfigException {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !"mtlint-baseline".equals(root.path("format").asText())) {
                throw new ConfigException(file + ": not an mtlint baseline (write one with mtlint baseline)");
            }
            int version = root.path("version").asInt(1);
            if (version > VERSION) {
                throw new ConfigException(file + ": baseline version " + version
                        + " is newer than this mtlint reads (" + VERSION + "); upgrade mtlint");
            }
            Map<String, Integer> known = new HashMap<>();
            for (JsonNode entry : root.path("findings")) {
                known.merge(entry.path("fingerprint").asText(), 1, Integer::sum);
            }
            return new Baselines(known, version == 1 ? null : realDirectory(baseDirectory(file)));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(file + ": no such baseline file (mtlint baseline writes one)");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read baseline: " + e.getMessage().split("\n")[0]);
        }
    }

    /** A run with the baseline's findings taken out, and how many were. */
    public record Filtered(RunResult result, int dropped) {
    }

    /**
     * The run without the findings the baseline knows, also under the ids their rules had before they were renamed
     * ({@code formerIds}), so that a baseline written before a rename still matches.
     */
    public Filtered filter(RunResult run, java.util.function.Function<String, List<String>> formerIds) {
        Map<String, Integer> remaining = new HashMap<>(known);
        List<FileOutcome> outcomes = new ArrayList<>();
        int dropped = 0;
        for (FileOutcome o : run.outcomes()) {
            if (o.failed()) {
                outcomes.add(o);
                continue;
            }
            CheckResult r = o.result();
            String path = pathKey(r.document());
            List<Finding> kept = new ArrayList<>();
            for (Finding f : r.findings()) {
                String fp = fingerprint(r.document(), f, f.ruleId(), path);
                for (String former : formerIds.apply(f.ruleId())) {
                    if (remaining.getOrDefault(fp, 0) > 0) {
                        break;
                    }
                    fp = fingerprint(r.document(), f, former, path);
                }
                int left = remaining.getOrDefault(fp, 0);
                if (left > 0) {
                    remaining.put(fp, left - 1);
                    dropped++;
                } else {
                    kept.add(f);
                }
            }
            outcomes.add(new FileOutcome(o.path(), r.withFindings(kept), null));
        }
        return new Filtered(new RunResult(outcomes), dropped);
    }

    private static Path baseDirectory(Path baselineFile) {
        Path parent = baselineFile.toAbsolutePath().getParent();
        return parent == null ? baselineFile.toAbsolutePath() : parent;
    }

    /** Writes the run's findings as the baseline {@code baselineFile}, paths relative to its directory. */
    public static void write(RunResult run, Path baselineFile, Writer out) throws IOException {
        Path base = realDirectory(baseDirectory(baselineFile));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "mtlint-baseline");
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("findings");
            for (CheckResult r : run.results()) {
                String path = pathKey(r.document().path(), base);
                for (Finding f : r.findings()) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", fingerprint(r.document(), f, f.ruleId(), path));
                    g.writeStringField("rule", f.ruleId());
                    g.writeStringField("path", path);
                    g.writeStringField("text", r.document().text().substring(f.start(), f.end()));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }
}
