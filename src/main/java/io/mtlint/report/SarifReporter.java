package io.mtlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mtlint.Version;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.model.TextEdit;
import io.mtlint.run.Baselines;
import io.mtlint.check.CheckResult;
import io.mtlint.run.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run with mtlint as the driver, rule metadata with help text and examples, results with
 * regions in Unicode code points ({@code columnKind}), and fixes as artifact replacements.
 */
public final class SarifReporter implements Reporter {
    private final RuleCatalog catalog;

    public SarifReporter(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (CheckResult r : result.results()) {
            for (Finding f : r.findings()) {
                rules.putIfAbsent(f.ruleId(), catalog.describe(f));
            }
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "mtlint");
            g.writeStringField("version", Version.get());
            g.writeStringField("semanticVersion", Version.get().equals("dev") ? "0.0.0" : Version.get());
            g.writeStringField("informationUri", "https://github.com/mtlint/mtlint");
            g.writeArrayFieldStart("rules");
            for (RuleInfo info : rules.values()) {
                writeRule(g, info);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "unicodeCodePoints");
            writeInvocation(g, result);
            g.writeArrayFieldStart("results");
            for (CheckResult r : result.results()) {
                String pathKey = Baselines.pathKey(r.document().path());
                for (Finding f : r.findings()) {
                    writeResult(g, r.document(), pathKey, f, ruleIds.indexOf(f.ruleId()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** The run itself: whether every input was checked, and a notification for each one that could not be. */
    private static void writeInvocation(JsonGenerator g, RunResult result) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", result.problems().isEmpty());
        if (!result.problems().isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (io.mtlint.run.FileOutcome p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                g.writeObjectFieldStart("message");
                g.writeStringField("text", p.describedProblem());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                writeArtifact(g, p.path());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeRule(JsonGenerator g, RuleInfo info) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", info.id());
        if (!info.formerIds().isEmpty()) {
            // Lets code-scanning tools carry alerts raised under a rule's old ids over to its current one.
            g.writeArrayFieldStart("deprecatedIds");
            for (String former : new java.util.LinkedHashSet<>(info.formerIds())) {
                g.writeString(former);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", info.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", info.description());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help(info, false));
        g.writeStringField("markdown", help(info, true));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(info.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", info.category().id());
        g.writeArrayFieldStart("tags");
        for (String tag : new java.util.LinkedHashSet<>(List.of(info.category().id(), info.origin()))) {
            g.writeString(tag); // SARIF wants each tag once
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String help(RuleInfo info, boolean markdown) {
        StringBuilder sb = new StringBuilder(info.description());
        for (Example e : info.examples()) {
            String text = e.plainText();
            sb.append(markdown ? "\n\n* " : "\n").append(e.bad() ? "Bad: " : "Good: ");
            if (e.segmentSource() != null) {
                sb.append(markdown ? "`" + e.segmentSource() + "` → " : e.segmentSource() + " -> ");
            }
            sb.append(markdown ? "`" + text + "`" : text);
            if (e.fixed() != null) {
                sb.append(markdown ? " → `" + e.fixed() + "`" : " -> " + e.fixed());
            }
        }
        return sb.toString();
    }

    private static void writeResult(JsonGenerator g, Document doc, String pathKey, Finding f, int ruleIndex)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, doc.path());
        writeRegion(g, "region", doc, f.start(), f.end(), true);
        g.writeEndObject();
        io.mtlint.model.Segment unit = doc.isBilingual() ? doc.segmentAt(f.start()) : null;
        if (unit != null) {
            // The translation unit, as the file names it: what a translator looks the finding up by.
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("name", unit.id());
            g.writeStringField("kind", "element");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("mtlintFinding/v1", Baselines.fingerprint(doc, f, pathKey));
        g.writeEndObject();
        if (!f.fixes().isEmpty()) {
            g.writeArrayFieldStart("fixes");
            for (Fix fix : f.fixes()) {
                g.writeStartObject();
                g.writeObjectFieldStart("description");
                g.writeStringField("text", fix.description() + (fix.safe() ? " (safe)" : ""));
                g.writeEndObject();
                g.writeArrayFieldStart("artifactChanges");
                g.writeStartObject();
                writeArtifact(g, doc.path());
                g.writeArrayFieldStart("replacements");
                for (TextEdit e : fix.edits()) {
                    g.writeStartObject();
                    writeRegion(g, "deletedRegion", doc, e.start(), e.end(), false);
                    g.writeObjectFieldStart("insertedContent");
                    g.writeStringField("text", e.replacement());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeArtifact(JsonGenerator g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(path));
        g.writeEndObject();
    }

    private static void writeRegion(JsonGenerator g, String name, Document doc, int start, int end, boolean snippet)
            throws IOException {
        Span span = Span.of(doc, start, end);
        g.writeObjectFieldStart(name);
        g.writeNumberField("startLine", span.start().line());
        g.writeNumberField("startColumn", span.start().column());
        g.writeNumberField("endLine", span.end().line());
        g.writeNumberField("endColumn", span.end().column());
        g.writeNumberField("charOffset", span.offset());
        g.writeNumberField("charLength", span.length());
        if (snippet) {
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", span.text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * A URI for the path as given, with the characters URIs reserve escaped: a relative reference for a relative
     * path, a {@code file:} URI for an absolute one.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        boolean drive = p.length() > 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/';
        StringBuilder sb = new StringBuilder(p.startsWith("/") ? "file://" : drive ? "file:///" : "");
        for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0
                    || drive && c == ':' && sb.length() == "file:///".length() + 1) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
