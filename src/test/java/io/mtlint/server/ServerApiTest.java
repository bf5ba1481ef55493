package io.mtlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mtlint.config.CheckOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's LanguageTool API and its safety limits, over HTTP on this machine. */
class ServerApiTest {
    /** An emoji (two UTF-16 code units) before the findings: offsets must count code units, not code points. */
    static final String ARTICLE = "Officials met 😀 in kyiv on Monday, according to la ministra de defensa. "
            + "This is a tset.";

    static MtlintServer server;
    static ServerClient client;

    static CheckOptions options() {
        return CheckOptions.builder().translate(false).build();
    }

    static MtlintServer start(ServerSettings settings) throws Exception {
        return MtlintServer.start(options(), settings.withPort(0), new PrintStream(OutputStream.nullOutputStream()));
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = start(ServerSettings.defaults());
        server.warmedUp().get();
        client = new ServerClient(server.port());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static JsonNode match(JsonNode answer, String ruleId) {
        for (JsonNode m : answer.get("matches")) {
            if (io.mtlint.model.RuleIds.selects(ruleId, m.path("rule").path("id").asText())) {
                return m;
            }
        }
        return null;
    }

    @Test
    void answersLikeLanguageToolWithMtlintsFindingsInUtf16Offsets() {
        ServerClient.Answer a = client.post("v2/check", form("text", ARTICLE, "language", "en-US"));
        assertEquals(200, a.status(), a.body());
        assertTrue(a.header("content-type").startsWith("application/json"));
        JsonNode json = a.json();
        assertEquals("mtlint", json.at("/software/name").asText());
        assertEquals(1, json.at("/software/apiVersion").asInt());
        assertEquals("en-US", json.at("/language/code").asText());
        assertEquals("en-US", json.at("/language/detectedLanguage/code").asText());
        JsonNode kyiv = match(json, "mt.proper-noun-case");
        assertEquals(ARTICLE.indexOf("kyiv"), kyiv.get("offset").asInt());
        assertEquals(4, kyiv.get("length").asInt());
        assertEquals("Kyiv", kyiv.at("/replacements/0/value").asText());
        assertEquals("PROPER_NOUN_CASE", kyiv.at("/rule/category/id").asText());
        assertEquals("misspelling", kyiv.at("/rule/issueType").asText());
        JsonNode context = kyiv.get("context");
        assertEquals("kyiv", context.get("text").asText().substring(context.get("offset").asInt(),
                context.get("offset").asInt() + context.get("length").asInt()));
        assertTrue(kyiv.get("sentence").asText().startsWith("Officials met"), kyiv.toString());
        JsonNode leftover = match(json, "mt.source-leftover");
        assertEquals("untranslated", leftover.at("/rule/issueType").asText());
        assertTrue(ARTICLE.substring(leftover.get("offset").asInt()).startsWith("la ministra de defensa"), leftover.toString());
        JsonNode typo = match(json, "MORFOLOGIK_RULE_EN_US");
        assertEquals(ARTICLE.indexOf("tset"), typo.get("offset").asInt());
        assertEquals("TYPOS", typo.at("/rule/category/id").asText());
        assertEquals("UnknownWord", typo.at("/type/typeName").asText());
        assertEquals(2, json.get("sentenceRanges").size());
    }

    @Test
    void annotatedTextOffsetsCountTheMarkup() {
        String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"The minister visited \"},{\"markup\":\"<b>\"},"
                + "{\"text\":\"kyiv\"},{\"markup\":\"</b>\"},{\"markup\":\"</p><p>\",\"interpretAs\":\"\\n\\n\"},"
                + "{\"text\":\"This is a tset.\"},{\"markup\":\"</p>\"}]}";
        JsonNode json = client.post("v2/check", form("data", data, "language", "en-US")).json();
        String original = "<p>The minister visited <b>kyiv</b></p><p>This is a tset.</p>";
        JsonNode kyiv = match(json, "mt.proper-noun-case");
        assertEquals(original.indexOf("kyiv"), kyiv.get("offset").asInt());
        JsonNode typo = match(json, "MORFOLOGIK_RULE_EN_US");
        assertEquals(original.indexOf("tset"), typo.get("offset").asInt());
        assertEquals("This is a tset.", typo.get("sentence").asText());
    }

    @Test
    void anHtmlPageIsReadAsHtmlWithOffsetsInThePage() {
        String page = "<p>The minister visited <b>kyiv</b> and ran <code>kyiv.start()</code>.</p>";
        JsonNode json = client.post("v2/check", form("text", page, "language", "en-US", "format", "html")).json();
        JsonNode kyiv = match(json, "mt.proper-noun-case");
        assertEquals(page.indexOf("kyiv"), kyiv.get("offset").asInt());
        assertEquals(1, json.get("matches").size(), json.toString());
    }

    @Test
    void rulesAndCategoriesAreSwitchedByTheIdsTheAnswerShows() {
        JsonNode json = client.post("v2/check", form("text", ARTICLE, "language", "en-US",
                "disabledRules", "mt.proper-noun-case", "disabledCategories", "TYPOS")).json();
        assertNull(match(json, "mt.proper-noun-case"));
        assertNull(match(json, "MORFOLOGIK_RULE_EN_US"));
        assertTrue(match(json, "mt.source-leftover") != null);
        JsonNode only = client.post("v2/check", form("text", ARTICLE, "language", "en-US",
                "enabledOnly", "true", "enabledRules", "MORFOLOGIK_RULE_EN_US")).json();
        assertEquals(1, only.get("matches").size(), only.toString());
        JsonNode byCategory = client.post("v2/check", form("text", ARTICLE, "language", "en-US",
                "enabledOnly", "true", "enabledCategories", "source-leftover")).json();
        for (JsonNode m : byCategory.get("matches")) {
            assertEquals("SOURCE_LEFTOVER", m.at("/rule/category/id").asText());
        }
        assertFalse(byCategory.get("matches").isEmpty());
    }

    @Test
    void sourceLanguageComesFromTheRequestWhenGiven() {
        JsonNode none = client.post("v2/check", form("text", ARTICLE, "language", "en-US", "mtlintSource", "none")).json();
        assertNull(match(none, "mt.source-leftover"));
        JsonNode es = client.post("v2/check", form("text", ARTICLE, "language", "auto", "mtlintSource", "es")).json();
        assertEquals("es", es.at("/language/mtlintSource").asText());
        assertEquals("en-US", es.at("/language/code").asText());
    }

    /** A region LanguageTool has no variant for is checked in its language, with the region's conventions. */
    @Test
    void aRegionalLanguageKeepsItsRegion() {
        String text = "La alcaldía gastará 48,500.75 pesos en la nueva biblioteca.";
        JsonNode mexico = client.post("v2/check", form("text", text, "language", "es_mx", "mtlintSource", "en")).json();
        assertEquals("es-MX", mexico.at("/language/code").asText());
        assertNull(match(mexico, "mt.number-format"));
        JsonNode spain = client.post("v2/check", form("text", text, "language", "es", "mtlintSource", "en")).json();
        assertEquals("es", spain.at("/language/code").asText());
        JsonNode found = match(spain, "mt.number-format");
        int at = found.get("offset").asInt();
        assertEquals("48,500.75", text.substring(at, at + found.get("length").asInt()));
    }

    @Test
    void badRequestsGetFourHundredAndOneLine() {
        List<Map<String, String>> bad = List.of(
                form("language", "en-US"),
                form("text", "Hello."),
                form("text", "Hello.", "language", "xx-YY"),
                form("text", "Hello.", "language", "en-US", "disabledRules", "NO_SUCH_RULE"),
                form("text", "Hello.", "language", "en-US", "enabledRules", "mt.no-such-rule"),
                form("text", "Hello.", "language", "en-US", "disabledCategories", "NO_SUCH_CATEGORY"),
                form("text", "Hello.", "language", "en-US", "enabledOnly", "true"),
                form("text", "Hello.", "language", "en-US", "enabledOnly", "maybe"),
                form("text", "Hello.", "language", "en-US", "level", "sloppy"),
                form("text", "Hello.", "language", "en-US", "motherTongue", "zz"),
                form("text", "Hello.", "language", "en-US", "mtlintSource", "klingon"),
                form("text", "Hello.", "data", "{}", "language", "en-US"),
                form("data", "{not json", "language", "en-US"),
                form("data", "{\"annotation\":[{\"text\":\"a\",\"markup\":\"b\"}]}", "language", "en-US"));
        for (Map<String, String> f : bad) {
            ServerClient.Answer a = client.post("v2/check", f);
            assertEquals(400, a.status(), f + " -> " + a.body());
            assertTrue(a.body().startsWith("Error: ") && !a.body().contains("\n") && !a.body().contains("Exception"),
                    f + " -> " + a.body());
            assertTrue(!a.body().contains("Source:") && !a.body().contains("@"), f + " -> " + a.body());
        }
        ServerClient.Answer latin1 = client.postRaw("v2/check", "application/x-www-form-urlencoded",
                "text=caf%FF+x&language=en-US".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("Error: Cannot read the form: it is not valid UTF-8", latin1.body().strip());
        ServerClient.Answer json = client.postRaw("v2/check", "application/json",
                "{\"text\":\"Hello.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, json.status());
        assertTrue(json.body().contains("form-encoded (application/x-www-form-urlencoded)"), json.body());
        String cut = client.post("v2/check", form("data", "{\"annotation\":[", "language", "en-US")).body();
        assertTrue(cut.endsWith("at line 1, column 16"), cut);
    }

    @Test
    void listsLanguagesAsLanguageToolDoes() {
        JsonNode languages = client.get("v2/languages").json();
        boolean english = false;
        for (JsonNode l : languages) {
            assertTrue(l.has("name") && l.has("code") && l.has("longCode"), l.toString());
            english |= l.get("longCode").asText().equals("en-US") && l.get("code").asText().equals("en");
        }
        assertTrue(english);
    }

    @Test
    void apiReadsNoFilesAndServesOnlyThePage() {
        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/io/mtlint/server/app.js",
                "/META-INF/MANIFEST.MF", "/app.js/../../pom.xml", "/v2/check/../../etc/passwd")) {
            ServerClient.Answer a = client.raw("GET", path);
            assertTrue(a.status() == 404 || a.status() == 400, path + " -> " + a.status());
        }
        // Parameters that name files are not parameters of the API: they change nothing.
        JsonNode json = client.post("v2/check", form("text", ARTICLE, "language", "en-US",
                "config", "/etc/passwd", "rules", "/etc", "path", "/etc/passwd")).json();
        assertTrue(match(json, "mt.proper-noun-case") != null);
    }

    @Test
    void corsIsOffUnlessOriginsAreConfigured() throws Exception {
        ServerClient.Answer plain = client.post("v2/check", form("text", "Hello.", "language", "en-US"),
                "Origin", "https://evil.example");
        assertNull(plain.header("access-control-allow-origin"));
        try (MtlintServer open = start(ServerSettings.defaults().withAllowedOrigins(List.of("https://cms.example")))) {
            ServerClient c = new ServerClient(open.port());
            ServerClient.Answer allowed = c.post("v2/check", form("text", "Hello.", "language", "en-US"),
                    "Origin", "https://cms.example");
            assertEquals("https://cms.example", allowed.header("access-control-allow-origin"));
            ServerClient.Answer other = c.post("v2/check", form("text", "Hello.", "language", "en-US"),
                    "Origin", "https://evil.example");
            assertNull(other.header("access-control-allow-origin"));
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerSettings.defaults().bind());
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void requestsOverTheSizeLimitGet413() throws Exception {
        ServerSettings small = ServerSettings.defaults().withLimits(4096, Duration.ofSeconds(60), 1, 4);
        try (MtlintServer limited = start(small)) {
            ServerClient c = new ServerClient(limited.port());
            ServerClient.Answer big = c.post("v2/check", form("text", "word ".repeat(2000), "language", "en-US"));
            assertEquals(413, big.status(), big.body());
            assertTrue(big.body().startsWith("Error: ") && !big.body().contains("<"), big.body());
            assertEquals(200, c.post("v2/check", form("text", "Hello.", "language", "en-US")).status());
        }
    }

    @Test
    void checksOverTheTimeLimitGet503() throws Exception {
        ServerSettings hasty = ServerSettings.defaults().withLimits(1 << 20, Duration.ofMillis(1), 1, 4);
        try (MtlintServer limited = start(hasty)) {
            ServerClient.Answer a = new ServerClient(limited.port()).post("v2/check",
                    form("text", ARTICLE.repeat(20), "language", "en-US"));
            assertEquals(503, a.status(), a.body());
            assertTrue(a.body().contains("time limit"), a.body());
        }
    }

    @Test
    void overloadIsRefusedWith503NotQueuedWithoutBound() throws Exception {
        ServerSettings one = ServerSettings.defaults().withLimits(1 << 20, Duration.ofSeconds(120), 1, 0);
        try (MtlintServer limited = start(one)) {
            ServerClient c = new ServerClient(limited.port());
            String longText = String.join("\n\n", java.util.Collections.nCopies(150, ARTICLE));
            List<CompletableFuture<ServerClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> c.post("v2/check", form("text", longText, "language", "en-US"))));
            }
            List<Integer> statuses = answers.stream().map(f -> f.join().status()).toList();
            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.contains(503), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
        }
    }
}
