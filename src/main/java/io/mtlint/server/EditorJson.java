package io.mtlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mtlint.lang.Languages;
import io.mtlint.languagetool.TextLanguage;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.TextEdit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The editors' page's answers: every finding with all its fixes, each fix's edits and whether it is safe to
 * apply unseen, so that the page can apply one fix or all safe ones. Offsets count UTF-16 code units, as
 * JavaScript strings do.
 */
final class EditorJson {
    private static final JsonFactory JSON = new JsonFactory();

    private EditorJson() {
    }

    static String check(CheckService.Outcome outcome) {
        String text = outcome.document().text();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("language", outcome.target());
            g.writeStringField("languageName", TextLanguage.name(outcome.target()));
            if (outcome.source() != null) {
                g.writeStringField("source", outcome.source());
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : outcome.findings()) {
                RuleInfo rule = outcome.rules().get(f.ruleId());
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("category", f.category().id());
                g.writeStringField("severity", f.severity().id());
                g.writeStringField("message", f.message());
                if (rule != null && !f.ruleId().startsWith(io.mtlint.languagetool.LanguageToolRule.PREFIX)) {
                    g.writeStringField("summary", rule.summary());
                }
                g.writeNumberField("offset", f.start());
                g.writeNumberField("length", f.end() - f.start());
                g.writeStringField("text", text.substring(f.start(), f.end()));
                g.writeArrayFieldStart("fixes");
                for (Fix fix : f.fixes()) {
                    g.writeStartObject();
                    g.writeStringField("replacement", fix.replacementFor(text, f.start(), f.end()));
                    g.writeBooleanField("safe", fix.safe());
                    g.writeStringField("description", fix.description());
                    g.writeArrayFieldStart("edits");
                    for (TextEdit e : fix.edits()) {
                        g.writeStartObject();
                        g.writeNumberField("offset", e.start());
                        g.writeNumberField("length", e.end() - e.start());
                        g.writeStringField("replacement", e.replacement());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The languages the page offers: targets LanguageTool checks, sources mtlint can tell leftovers of. */
    static String languages(String defaultTarget, String defaultSource) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("defaultTarget", defaultTarget);
            g.writeStringField("defaultSource", defaultSource);
            writeLanguages(g, "targets", TextLanguage.all().stream().map(l -> new Offered(l.code(), l.name())).toList());
            writeLanguages(g, "sources", Languages.detectableSources().stream()
                    .map(l -> new Offered(l.code(), l.name())).toList());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A language the page offers, as it lists it. */
    private record Offered(String code, String name) {
    }

    private static void writeLanguages(JsonGenerator g, String field, List<Offered> languages) throws IOException {
        g.writeArrayFieldStart(field);
        for (Offered language : languages) {
            g.writeStartObject();
            g.writeStringField("code", language.code());
            g.writeStringField("name", language.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
