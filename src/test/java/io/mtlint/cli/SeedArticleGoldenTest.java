package io.mtlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.testing.Cli;
import io.mtlint.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through the whole CLI (LanguageTool included), in JSON, against the editor's table. */
class SeedArticleGoldenTest {
    private static final Set<String> EXACT = Set.of("proper-noun-case", "source-leftover", "punctuation");

    @Test
    void everyMarkedArtefactIsReportedAtItsLineAndColumn() throws Exception {
        String article = Corpus.file("es-en/ukraine-allies-1000-days.txt").toString();
        Cli.Result r = Cli.run("check", "--format", "json", "--no-translate", article);
        assertEquals(1, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("mtlint", json.get("tool").asText());
        JsonNode findings = json.get("files").get(0).get("findings");
        List<String> missing = new ArrayList<>();
        for (Corpus.Expected row : Corpus.expected(Corpus.file("es-en/ukraine-allies-1000-days.expected.tsv"))) {
            if (!EXACT.contains(row.category())) {
                continue;
            }
            boolean found = false;
            for (JsonNode f : findings) {
                found |= f.get("line").asInt() == row.line() && f.get("column").asInt() == row.column()
                        && f.get("category").asText().equals(row.category());
            }
            if (!found) {
                missing.add(row.line() + ":" + row.column() + " " + row.category() + " " + row.text());
            }
        }
        assertTrue(missing.isEmpty(), "not reported: " + missing);
        JsonNode first = findings.get(0);
        assertEquals("kyiv", first.get("text").asText());
        assertEquals(49, first.get("offset").asInt());
        assertEquals(4, first.get("length").asInt());
        assertEquals(54, first.get("endColumn").asInt());
        assertEquals("Kyiv", first.get("fixes").get(0).get("replacement").asText());
        assertTrue(first.get("fixes").get(0).get("safe").asBoolean());
        JsonNode summary = json.get("summary");
        assertEquals(findings.size(), summary.get("findings").asInt());
        assertEquals(summary.get("findings").asInt(), summary.get("errors").asInt() + summary.get("warnings").asInt()
                + summary.get("infos").asInt());
    }

    /** Every clean article, checked with LanguageTool for the language pair its directory names. */
    @Test
    void theCleanArticlesHaveNoFindingsAtAll() throws Exception {
        java.util.Map<java.nio.file.Path, List<String>> byPair = new java.util.TreeMap<>();
        for (java.nio.file.Path article : Corpus.cleanArticles()) {
            byPair.computeIfAbsent(article.getParent(), k -> new ArrayList<>()).add(article.toString());
        }
        assertTrue(byPair.size() >= 8, "a clean article per language pair: " + byPair.keySet());
        StringBuilder found = new StringBuilder();
        for (java.util.Map.Entry<java.nio.file.Path, List<String>> e : byPair.entrySet()) {
            String[] pair = e.getKey().getFileName().toString().split("-");
            List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--source", pair[0], "--lang",
                    io.mtlint.languagetool.LanguageRegistry.defaultVariant(pair[1])));
            args.addAll(e.getValue());
            Cli.Result r = Cli.run(args.toArray(new String[0]));
            assertEquals(0, r.exitCode(), r.err() + r.out());
            for (JsonNode file : new ObjectMapper().readTree(r.out()).get("files")) {
                for (JsonNode f : file.get("findings")) {
                    found.append(file.get("path").asText()).append(':').append(f.get("line")).append(':')
                            .append(f.get("column")).append(' ').append(f.get("rule").asText()).append(' ')
                            .append(f.get("text").asText()).append('\n');
                }
            }
        }
        assertEquals("", found.toString());
    }
}
