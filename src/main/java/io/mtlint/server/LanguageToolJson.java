package io.mtlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mtlint.Version;
import io.mtlint.languagetool.LanguageToolRuleInfo;
import io.mtlint.languagetool.TextLanguage;
import io.mtlint.model.Category;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.RuleInfo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a check as LanguageTool's HTTP API v2 answers it, so that its clients show mtlint's findings unchanged.
 * Offsets and lengths count UTF-16 code units of the text sent, markup included, as LanguageTool's do. mtlint's
 * own findings carry mtlint's rule ids and categories; LanguageTool's carry LanguageTool's.
 */
final class LanguageToolJson {
    private static final JsonFactory JSON = new JsonFactory();
    /** Characters of context either side of a match, as LanguageTool's server gives. */
    private static final int CONTEXT = 40;

    private LanguageToolJson() {
    }

    static String check(CheckService.Outcome outcome) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "mtlint");
            g.writeStringField("version", Version.get());
            g.writeStringField("buildDate", buildDate());
            g.writeNumberField("apiVersion", 1);
            g.writeBooleanField("premium", false);
            g.writeStringField("status", "");
            g.writeEndObject();
            g.writeObjectFieldStart("warnings");
            g.writeBooleanField("incompleteResults", false);
            g.writeEndObject();
            writeLanguage(g, outcome);
            SentenceIndex sentences = new SentenceIndex(outcome.document(), outcome.target());
            g.writeArrayFieldStart("matches");
            for (Finding f : outcome.findings()) {
                writeMatch(g, outcome, f, sentences);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sentenceRanges");
            for (SentenceIndex.Sentence s : sentences.all()) {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeLanguage(JsonGenerator g, CheckService.Outcome outcome) throws IOException {
        g.writeObjectFieldStart("language");
        g.writeStringField("name", TextLanguage.name(outcome.target()));
        g.writeStringField("code", outcome.target());
        g.writeObjectFieldStart("detectedLanguage");
        TextLanguage.Detection d = outcome.detected();
        g.writeStringField("name", d != null ? d.name() : TextLanguage.name(outcome.target()));
        g.writeStringField("code", d != null ? d.code() : outcome.target());
        g.writeNumberField("confidence", d != null ? d.confidence() : 0f);
        g.writeStringField("source", d != null ? d.source() : null); // as LanguageTool: null when nothing was detected
        g.writeEndObject();
        if (outcome.source() != null) {
            g.writeStringField("mtlintSource", outcome.source());
        }
        g.writeEndObject();
    }

    private static void writeMatch(JsonGenerator g, CheckService.Outcome outcome, Finding f, SentenceIndex sentences)
            throws IOException {
        String text = outcome.document().text();
        String id = RuleSelection.apiRuleId(f.ruleId());
        LanguageToolRuleInfo lt = id.equals(f.ruleId()) ? null : outcome.languageTool().get(id);
        RuleInfo own = outcome.rules().get(f.ruleId());
        g.writeStartObject();
        g.writeStringField("message", f.message());
        g.writeStringField("shortMessage", lt != null || own == null ? "" : own.summary());
        g.writeArrayFieldStart("replacements");
        Set<String> values = new LinkedHashSet<>();
        for (Fix fix : f.fixes()) {
            // A client replaces exactly [offset, offset + length): fixes that edit outside it cannot be offered.
            if (fix.start() >= f.start() && fix.end() <= f.end()) {
                values.add(fix.replacementFor(text, f.start(), f.end()));
            }
        }
        for (String value : values) {
            g.writeStartObject();
            g.writeStringField("value", value);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("offset", f.start());
        g.writeNumberField("length", f.end() - f.start());
        writeContext(g, text, f.start(), f.end());
        SentenceIndex.Sentence sentence = sentences.at(f.start());
        g.writeStringField("sentence", sentence == null ? "" : sentence.text());
        g.writeObjectFieldStart("type");
        g.writeStringField("typeName", f.category() == Category.SPELLING ? "UnknownWord"
                : f.category() == Category.STYLE ? "Hint" : "Other");
        g.writeEndObject();
        g.writeObjectFieldStart("rule");
        g.writeStringField("id", id);
        g.writeStringField("description", lt != null ? lt.description() : own != null ? own.summary() : f.message());
        g.writeStringField("issueType", lt != null ? lt.issueType() : issueType(f.category()));
        if (lt != null && lt.url() != null) {
            g.writeArrayFieldStart("urls");
            g.writeStartObject();
            g.writeStringField("value", lt.url());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("category");
        g.writeStringField("id", lt != null ? lt.categoryId() : f.category().name());
        g.writeStringField("name", lt != null ? lt.categoryName() : categoryName(f.category()));
        g.writeEndObject();
        g.writeEndObject();
        int context = lt != null ? lt.contextForSureMatch() : 0;
        g.writeBooleanField("ignoreForIncompleteSentence", context == -1 || context > 3);
        g.writeNumberField("contextForSureMatch", context);
        g.writeEndObject();
    }

    /**
     * LanguageTool's context: up to 40 characters either side, "..." where cut, line breaks as spaces. Its own
     * helper fails on empty spans, which mtlint reports (a missing space).
     */
    private static void writeContext(JsonGenerator g, String text, int start, int end) throws IOException {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String prefix = from > 0 ? "..." : "";
        String suffix = to < text.length() ? "..." : "";
        g.writeObjectFieldStart("context");
        g.writeStringField("text", prefix + text.substring(from, to).replace('\n', ' ') + suffix);
        g.writeNumberField("offset", prefix.length() + start - from);
        g.writeNumberField("length", end - start);
        g.writeEndObject();
    }

    /** The ITS 2.0 issue type LanguageTool's clients colour a match by. */
    static String issueType(Category category) {
        return category.issueType();
    }

    static String categoryName(Category category) {
        return category.title();
    }

    private static String buildDate() {
        String version = Version.get();
        int plus = version.indexOf('+');
        return plus < 0 ? "" : version.substring(plus + 1);
    }

    /** {@code GET /v2/languages}: every language the server checks, as LanguageTool lists them. */
    static String languages() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (TextLanguage.Known language : TextLanguage.all()) {
                g.writeStartObject();
                g.writeStringField("name", language.name());
                g.writeStringField("code", language.shortCode());
                g.writeStringField("longCode", language.code());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
