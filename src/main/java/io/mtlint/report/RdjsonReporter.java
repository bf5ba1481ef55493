package io.mtlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.LineMap;
import io.mtlint.model.TextEdit;
import io.mtlint.check.CheckResult;
import io.mtlint.run.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * reviewdog's diagnostic format (rdjson). Its columns count UTF-8 bytes from 1, unlike mtlint's code points;
 * safe fixes become suggestions reviewdog can post as suggested changes, and inputs that could not be checked are
 * errors of their files.
 */
public final class RdjsonReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("name", "mtlint");
            g.writeEndObject();
            g.writeArrayFieldStart("diagnostics");
            for (CheckResult r : result.results()) {
                for (Finding f : r.findings()) {
                    write(g, r.document(), f);
                }
            }
            // An input that could not be checked is an error of its file, with no range to point at.
            for (io.mtlint.run.FileOutcome p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("message", p.describedProblem());
                g.writeObjectFieldStart("location");
                g.writeStringField("path", p.path());
                g.writeEndObject();
                g.writeStringField("severity", "ERROR");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void write(JsonGenerator g, Document doc, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("message", f.message());
        g.writeObjectFieldStart("location");
        g.writeStringField("path", doc.path());
        range(g, doc, f.start(), f.end());
        g.writeEndObject();
        g.writeStringField("severity", f.severity().name());
        g.writeObjectFieldStart("code");
        g.writeStringField("value", f.ruleId());
        g.writeEndObject();
        g.writeArrayFieldStart("suggestions");
        for (Fix fix : f.fixes()) {
            if (fix.safe() && fix.edits().size() == 1) {
                TextEdit e = fix.edits().get(0);
                g.writeStartObject();
                range(g, doc, e.start(), e.end());
                g.writeStringField("text", e.replacement());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, Document doc, int start, int end) throws IOException {
        g.writeObjectFieldStart("range");
        position(g, "start", doc, start);
        position(g, "end", doc, end);
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, String name, Document doc, int offset) throws IOException {
        LineMap lines = doc.lines();
        int line = lines.lineIndex(offset);
        int byteColumn = doc.text().substring(lines.lineStart(line), offset).getBytes(StandardCharsets.UTF_8).length + 1;
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", line + 1);
        g.writeNumberField("column", byteColumn);
        g.writeEndObject();
    }
}
