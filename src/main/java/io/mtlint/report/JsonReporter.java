package io.mtlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mtlint.Version;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Severity;
import io.mtlint.model.TextEdit;
import io.mtlint.check.CheckResult;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.RunResult;

import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report (see docs/json-format.md). Positions count Unicode code points of the decoded text, lines
 * and columns are 1-based, and end positions point one past the last character.
 */
public final class JsonReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("tool", "mtlint");
            g.writeStringField("version", Version.get());
            g.writeArrayFieldStart("files");
            for (CheckResult r : result.results()) {
                writeFile(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (FileOutcome p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("message", p.problem());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", result.results().size());
            g.writeNumberField("findings", result.findings());
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeNumberField("suppressed", result.suppressed());
            g.writeNumberField("unreadable", result.problems().size());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeFile(JsonGenerator g, CheckResult r) throws IOException {
        Document doc = r.document();
        g.writeStartObject();
        g.writeStringField("path", doc.path());
        g.writeStringField("language", r.language());
        if (r.source() != null) {
            g.writeStringField("source", r.source());
        }
        g.writeStringField("format", doc.format().id());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            writeFinding(g, doc, f);
        }
        g.writeEndArray();
        g.writeNumberField("suppressed", r.suppressed());
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Document doc, Finding f) throws IOException {
        Span span = Span.of(doc, f);
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("category", f.category().id());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", f.message());
        g.writeNumberField("line", span.start().line());
        g.writeNumberField("column", span.start().column());
        g.writeNumberField("endLine", span.end().line());
        g.writeNumberField("endColumn", span.end().column());
        g.writeNumberField("offset", span.offset());
        g.writeNumberField("length", span.length());
        g.writeStringField("text", span.text());
        io.mtlint.model.Segment unit = doc.isBilingual() ? doc.segmentAt(f.start()) : null;
        if (unit != null) {
            g.writeStringField("unit", unit.id());
        }
        g.writeArrayFieldStart("fixes");
        for (Fix fix : f.fixes()) {
            g.writeStartObject();
            g.writeStringField("replacement", fix.replacementFor(doc.text(), f.start(), f.end()));
            g.writeBooleanField("safe", fix.safe());
            g.writeStringField("description", fix.description());
            g.writeArrayFieldStart("edits");
            for (TextEdit e : fix.edits()) {
                Span es = Span.of(doc, e.start(), e.end());
                g.writeStartObject();
                g.writeNumberField("offset", es.offset());
                g.writeNumberField("length", es.length());
                g.writeStringField("replacement", e.replacement());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
