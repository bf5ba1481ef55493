package io.mtlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mtlint's answers against LanguageTool 6.8's own server for the same requests (contract/cases.json): the
 * same statuses, JSON of the same shape (the fields LanguageTool's clients read, with the same types), and
 * LanguageTool's findings at the same UTF-16 offsets. The answers of the real server are recorded in
 * contract/languagetool-6.8.json; a live LanguageTool server, started here, must still give them.
 * {@code -Dmtlint.server.record=true} records them again.
 */
class ServerContractTest {
    private static final String DIR = "/io/mtlint/server/contract/";
    private static final Path RECORDING = Path.of("src/test/resources/io/mtlint/server/contract/languagetool-6.8.json");
    /** Fields LanguageTool writes only for some rules, suggestions or accounts; mtlint may leave them out. */
    private static final Set<String> OPTIONAL = Set.of("software.premiumHint", "warnings.incompleteResultsReason",
            "language.spellCheckOnly", "language.detectedLanguage.spellCheckOnly", "matches[].rule.subId",
            "matches[].rule.sourceFile", "matches[].rule.urls", "matches[].rule.tempOff", "matches[].rule.tags",
            "matches[].rule.isPremium", "matches[].rule.confidence", "matches[].replacements[].shortDescription",
            "matches[].replacements[].suffix", "matches[].replacements[].type", "matches[].replacements[].autoCorrect",
            "matches[].replacements[].confidence", "extendedSentenceRanges", "ignoreRanges", "hiddenMatches");
    /** mtlint's additions: the source language the text was checked as a translation from. */
    private static final Set<String> EXTRA = Set.of("language.mtlintSource");

    record Case(String name, String method, String path, Map<String, String> params) {
    }

    static MtlintServer mtlint;
    static List<Case> cases;
    static JsonNode recorded;

    @BeforeAll
    static void load() throws Exception {
        cases = new ArrayList<>();
        try (InputStream in = ServerContractTest.class.getResourceAsStream(DIR + "cases.json")) {
            for (JsonNode c : ServerClient.JSON.readTree(in)) {
                Map<String, String> params = new LinkedHashMap<>();
                c.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                cases.add(new Case(c.get("name").asText(), c.get("method").asText(), c.get("path").asText(), params));
            }
        }
        try (InputStream in = ServerContractTest.class.getResourceAsStream(DIR + "languagetool-6.8.json")) {
            recorded = in == null ? JsonNodeFactory.instance.objectNode() : ServerClient.JSON.readTree(in);
        }
        mtlint = ServerApiTest.start(ServerSettings.defaults());
        mtlint.warmedUp().get();
    }

    @AfterAll
    static void stop() throws Exception {
        mtlint.close();
    }

    static ServerClient.Answer send(ServerClient client, Case c) {
        return c.method().equals("GET") ? client.get(c.path()) : client.post(c.path(), c.params());
    }

    /** What a recording holds: the status, and the body as JSON when it is JSON. */
    static JsonNode record(ServerClient.Answer a) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("status", a.status());
        if (a.body().startsWith("{") || a.body().startsWith("[")) {
            r.set("json", a.json());
        } else {
            r.put("text", a.body());
        }
        return r;
    }

    @Test
    void mtlintAnswersAsLanguageToolDoes() {
        assertTrue(recorded.size() >= cases.size(), "recording incomplete: run with -Dmtlint.server.record=true");
        ServerClient client = new ServerClient(mtlint.port());
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            JsonNode theirs = recorded.get(c.name());
            ServerClient.Answer ours = send(client, c);
            if (ours.status() != theirs.get("status").asInt()) {
                problems.add(c.name() + ": status " + ours.status() + ", LanguageTool " + theirs.get("status")
                        + ": " + ours.body());
                continue;
            }
            if (theirs.has("text")) {
                if (!ours.body().startsWith("Error: ") || ours.body().contains("\n")) {
                    problems.add(c.name() + ": not a one-line error: " + ours.body());
                }
                continue;
            }
            JsonNode json = ours.json();
            compatible(c.name(), "", json, merged(theirs.get("json")), problems);
            if (json.has("matches")) {
                sameLanguageToolMatches(c.name(), json, theirs.get("json"), problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every LanguageTool finding mtlint reports is one LanguageTool's server reports at the same offsets. */
    static void sameLanguageToolMatches(String name, JsonNode ours, JsonNode theirs, List<String> problems) {
        for (JsonNode m : ours.get("matches")) {
            String id = m.at("/rule/id").asText();
            if (id.contains(".")) {
                continue; // one of mtlint's own rules
            }
            boolean found = false;
            for (JsonNode t : theirs.get("matches")) {
                found |= t.at("/rule/id").asText().equals(id) && t.get("offset").equals(m.get("offset"))
                        && t.get("length").equals(m.get("length"))
                        && t.at("/replacements/0/value").equals(m.at("/replacements/0/value"))
                        && t.at("/rule/category/id").equals(m.at("/rule/category/id"))
                        && t.at("/rule/issueType").equals(m.at("/rule/issueType"))
                        && t.at("/context").equals(m.at("/context"));
            }
            if (!found) {
                problems.add(name + ": LanguageTool's server has no match like " + m);
            }
        }
    }

    /**
     * One value standing for every element of each array: an array's elements merged into its first, objects
     * field by field, so that a field any element has is known with its type.
     */
    static JsonNode merged(JsonNode node) {
        if (node.isArray()) {
            JsonNode result = null;
            for (JsonNode element : node) {
                result = result == null ? merged(element) : merge(result, merged(element));
            }
            return result == null ? JsonNodeFactory.instance.arrayNode()
                    : JsonNodeFactory.instance.arrayNode().add(result);
        }
        if (node.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> o.set(e.getKey(), merged(e.getValue())));
            return o;
        }
        return node;
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode o = ((ObjectNode) a).deepCopy();
            b.fields().forEachRemaining(e -> o.set(e.getKey(), o.has(e.getKey()) ? merge(o.get(e.getKey()), e.getValue())
                    : e.getValue()));
            return o;
        }
        if (a.isArray() && b.isArray()) {
            return a.isEmpty() ? b : b.isEmpty() ? a : JsonNodeFactory.instance.arrayNode().add(merge(a.get(0), b.get(0)));
        }
        return a;
    }

    /** Our fields exist in theirs with the same JSON type; theirs exist in ours unless optional. */
    static void compatible(String name, String path, JsonNode ours, JsonNode theirs, List<String> problems) {
        if (!type(ours).equals(type(theirs))) {
            problems.add(name + ": " + (path.isEmpty() ? "answer" : path) + " is " + type(ours) + ", LanguageTool's is "
                    + type(theirs));
            return;
        }
        if (ours.isObject()) {
            for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                String child = path.isEmpty() ? key : path + "." + key;
                if (theirs.has(key)) {
                    compatible(name, child, ours.get(key), theirs.get(key), problems);
                } else if (!EXTRA.contains(child)) {
                    problems.add(name + ": " + child + " is not in LanguageTool's answer");
                }
            }
            for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                String child = path.isEmpty() ? key : path + "." + key;
                if (!ours.has(key) && !OPTIONAL.contains(child)) {
                    problems.add(name + ": " + child + " is missing");
                }
            }
        } else if (ours.isArray() && !theirs.isEmpty()) {
            for (JsonNode element : ours) {
                compatible(name, path + "[]", element, theirs.get(0), problems);
            }
        }
    }

    private static String type(JsonNode n) {
        return n.isNumber() ? "number" : n.getNodeType().name().toLowerCase();
    }

    @Test
    void recordingIsWhatLanguageToolsServerAnswers() throws Exception {
        LanguageToolServerProcess languageTool = LanguageToolServerProcess.start();
        if (languageTool == null) {
            boolean ci = "true".equals(System.getenv("CI"));
            assertTrue(!ci, "LanguageTool's server could not be resolved on CI");
            Assumptions.abort("LanguageTool's server cannot be resolved here; compared with the recording only");
        }
        try (languageTool) {
            ServerClient client = new ServerClient(languageTool.port());
            ObjectNode live = JsonNodeFactory.instance.objectNode();
            for (Case c : cases) {
                live.set(c.name(), record(send(client, c)));
            }
            if (Boolean.getBoolean("mtlint.server.record")) {
                Files.writeString(RECORDING, ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
                return;
            }
            List<String> problems = new ArrayList<>();
            for (Case c : cases) {
                JsonNode now = live.get(c.name());
                JsonNode then = recorded.get(c.name());
                assertEquals(then.get("status"), now.get("status"), c.name());
                if (now.has("json")) {
                    compatible(c.name(), "", merged(now.get("json")), merged(then.get("json")), problems);
                    if (now.get("json").has("matches")) {
                        sameLanguageToolMatches(c.name(), then.get("json"), now.get("json"), problems);
                    }
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

}
