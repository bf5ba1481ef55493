package io.mtlint.packs;

import io.mtlint.testing.Checkers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User rule packs, LanguageTool XML rules, configuration discovery, overrides and inline suppression. */
class RulePacksAndConfigTest {
    @TempDir
    Path dir;

    private static JsonNode json(Cli.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                ids.add(Checkers.family(f.get("rule").asText()) + "@" + f.get("line").asInt() + ":" + f.get("column").asInt()
                        + ":" + f.get("severity").asText());
            }
        }
        return ids;
    }

    /** Writes one rule file of an English pack ({@code name/en/file}) and gives the pack's root, for --rules. */
    private Path pack(String name, String file, String content) throws java.io.IOException {
        Path english = Files.createDirectories(dir.resolve(name).resolve("en"));
        Files.writeString(english.resolve(file), content);
        return english.getParent();
    }

    @Test
    void aUserPackAddsARuleThatFiresAtTheRightPlace() throws Exception {
        Path pack = pack("house", "style.yaml", """
                pack: house
                rules:
                  - id: house.utilize
                    kind: phrase
                    phrases: [utilize]
                    inflect: true
                    category: style
                    severity: error
                    message: "Say “use”, not “{match}”."
                    suggestions: [use]
                    examples:
                      - bad: "They <marker>utilize</marker> drones."
                        fixed: "They use drones."
                      - good: "They use drones."
                """);
        Path article = Files.writeString(dir.resolve("a.md"), "# Title\n\nThe army\tutilized\u00a0drones.\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                article.toString());
        assertEquals(List.of("house.utilize@3:10:error"), rules(json(r)), r.out() + r.err());
        Cli.Result test = Cli.run("rules", "test", pack.toString());
        assertEquals(0, test.exitCode(), test.out());
    }

    /** A rule written {@code enabled: false} stays off until a configuration or --rule names it. */
    @Test
    void aRuleOffByDefaultRunsOnlyWhenEnabledById() throws Exception {
        Path pack = pack("house-off", "style.yaml", """
                pack: house-off
                rules:
                  - id: house.whilst
                    kind: phrase
                    phrases: [whilst]
                    category: style
                    enabled: false
                    message: "Say “while”."
                """);
        Path article = Files.writeString(dir.resolve("a.md"), "# Title\n\nShe sang whilst he cooked.\n");
        Cli.Result off = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                article.toString());
        assertEquals(List.of(), rules(json(off)), off.out() + off.err());
        Cli.Result only = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                "--rule", "house.whilst", article.toString());
        assertEquals(List.of("house.whilst@3:10:warning"), rules(json(only)), only.out() + only.err());
        Path config = Files.writeString(dir.resolve(".mtlint.yaml"), "rules:\n  enable: [house.whilst]\n");
        Cli.Result enabled = Cli.run("check", "--format", "json", "--no-languagetool", "--config", config.toString(),
                "--rules", pack.toString(), article.toString());
        assertEquals(List.of("house.whilst@3:10:warning"), rules(json(enabled)), enabled.out() + enabled.err());
        Cli.Result list = Cli.run("rules", "list", "--rules", pack.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.contains("house.whilst") && l.contains("no")), list.out());
    }

    /** A pack for French sources is tested too: without --source, every shipped language pair is tried. */
    @Test
    void rulesTestRunsAPackForAnotherSourceUnderItsOwnPair() throws Exception {
        Path root = Files.createDirectories(dir.resolve("house-fr").resolve("fr-en"));
        Files.writeString(root.resolve("calques.yaml"), """
                pack: house-fr
                rules:
                  - id: house.fr-wrong-example
                    kind: phrase
                    phrases: [in the optic of]
                    category: calque
                    message: "“{match}” is French “dans l'optique de”."
                    examples:
                      - bad: "We act <marker>in the optic of</marker> peace."
                      - bad: "This example is not flagged at all."
                """);
        Cli.Result all = Cli.run("rules", "test", root.getParent().toString());
        assertEquals(1, all.exitCode(), all.out());
        assertTrue(all.out().contains("house.fr-wrong-example: bad example not flagged"), all.out());
        Cli.Result spanish = Cli.run("rules", "test", "--source", "es", root.getParent().toString());
        assertEquals(0, spanish.exitCode(), spanish.out());
    }

    /** Naming a language directory itself ({@code rules test house/fr-en}) keeps its packs to that pair. */
    @Test
    void aLanguageDirectoryNamedDirectlyKeepsItsPacksToItsPair() throws Exception {
        Path root = Files.createDirectories(dir.resolve("house-fr").resolve("fr-en"));
        Files.writeString(root.resolve("calques.yaml"), """
                pack: house-fr
                rules:
                  - id: house.fr-make-the-bridge
                    kind: phrase
                    phrases: [make the bridge]
                    category: calque
                    message: "“{match}” is French “faire le pont”."
                    examples:
                      - bad: "Many <marker>make the bridge</marker> on Friday."
                """);
        Path article = Files.writeString(dir.resolve("a.txt"), "Many make the bridge on Friday.\n");
        Cli.Result tested = Cli.run("rules", "test", root.toString());
        assertEquals(0, tested.exitCode(), tested.out());
        Cli.Result fromFrench = Cli.run("check", "--no-languagetool", "--source", "fr", "--rules", root.toString(),
                "--format", "json", "--fail-on", "never", article.toString());
        assertTrue(rules(json(fromFrench)).stream().anyMatch(r -> r.startsWith("house.fr-make-the-bridge")), fromFrench.out());
        Cli.Result fromSpanish = Cli.run("check", "--no-languagetool", "--source", "es", "--rules", root.toString(),
                "--format", "json", "--fail-on", "never", article.toString());
        assertFalse(rules(json(fromSpanish)).stream().anyMatch(r -> r.startsWith("house.fr-make-the-bridge")), fromSpanish.out());
    }

    @Test
    void aTokensRuleStartingWithTextFindsItInAnyCase() throws Exception {
        // The rule looks for its first token only where "said" can start: at "s", "S" (and the like) alone.
        Path pack = pack("house", "inversion.yaml", """
                pack: house
                rules:
                  - id: house.said-pronoun
                    kind: tokens
                    tokens:
                      - text: [said, says]
                      - pos: "PRP"
                    mark: [0, 1]
                    category: style
                    severity: warning
                    message: "Put the pronoun first: “{match}”."
                """);
        Path article = Files.writeString(dir.resolve("a.md"),
                "“We will win,” said he.\n\nSAID HE, and then: “No,” Says she.\n\nShe said nothing.\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                article.toString());
        assertEquals(List.of("house.said-pronoun@1:16:warning", "house.said-pronoun@3:1:warning",
                "house.said-pronoun@3:26:warning"), rules(json(r)), r.out() + r.err());
    }

    @Test
    void spaceBeforeAndAnyOfTellAClosingStraightQuoteFromAnOpeningOne() throws Exception {
        Path pack = pack("house", "quotes.yaml", """
                pack: house
                rules:
                  - id: house.closing
                    kind: tokens
                    tokens:
                      - text: ['"']
                        space-before: false
                      - text: [said]
                    category: style
                    message: "closing quotation mark before “said”"
                  - id: house.opening
                    kind: tokens
                    tokens:
                      - text: ['"']
                        space-before: true
                      - text: [said]
                    category: style
                    message: "opening quotation mark before “said”"
                  - id: house.closing-any
                    kind: tokens
                    tokens:
                      - any-of:
                          - text: ['»']
                          - text: ['"']
                            space-before: false
                      - pos: "VBD"
                    category: grammar # unlike house.closing's, so that the same span is not dropped as a repeat
                    message: "closing quotation mark before a verb"
                """);
        Path article = Files.writeString(dir.resolve("a.md"),
                "\"Stop,\" said Ana; \"said\" is a word.\n\n\"said\" opens this one.\n\n«No » replied Bo.\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                article.toString());
        assertEquals(List.of("house.closing@1:7:warning", "house.closing-any@1:7:warning", "house.opening@1:19:warning",
                "house.opening@3:1:warning", "house.closing-any@5:5:warning"),
                rules(json(r)).stream().filter(id -> id.startsWith("house.")).toList(), r.out() + r.err());
    }

    @Test
    void aLanguageToolXmlRuleFileIsLoadedAndFires() throws Exception {
        Path pack = pack("lt", "house.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rules lang="en">
                  <category id="HOUSE" name="House style">
                    <rule id="HOUSE_TOWNHALL" name="town hall">
                      <pattern><token>townhall</token></pattern>
                      <message>Write <suggestion>town hall</suggestion>.</message>
                      <example correction="town hall">The <marker>townhall</marker> opened.</example>
                      <example>The town hall opened.</example>
                    </rule>
                  </category>
                </rules>
                """);
        Path article = Files.writeString(dir.resolve("b.txt"), "Protesters gathered outside the townhall.\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--rules", pack.toString(),
                "--rule", "lt.HOUSE_TOWNHALL", article.toString());
        assertEquals(List.of("lt.HOUSE_TOWNHALL@1:33:warning"), rules(json(r)), r.err());
    }

    @Test
    void theNearestConfigurationWinsAndItsSettingsTakeEffect() throws Exception {
        Files.writeString(dir.resolve(".mtlint.yaml"), "source: es\nlanguagetool:\n  enabled: false\n");
        Path sub = Files.createDirectories(dir.resolve("desk"));
        Files.writeString(sub.resolve(".mtlint.yaml"), """
                languagetool:
                  enabled: false
                severity:
                  mt.proper-noun-case: info
                categories:
                  disable: [punctuation]
                """);
        Files.writeString(dir.resolve("top.txt"), "Talks in kyiv ended .\n");
        Files.writeString(sub.resolve("inner.txt"), "Talks in kyiv ended .\n");
        Cli.Result r = Cli.run("check", "--format", "json", dir.resolve("top.txt").toString(),
                sub.resolve("inner.txt").toString());
        assertEquals(List.of("mt.proper-noun-case@1:10:error", "mt.punctuation@1:20:error",
                "mt.proper-noun-case@1:10:info"), rules(json(r)));
        Cli.Result walked = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(List.of("mt.proper-noun-case@1:10:info", "mt.proper-noun-case@1:10:error",
                "mt.punctuation@1:20:error"), rules(json(walked)), "each directory of a walk finds its own");
        Cli.Result cli = Cli.run("check", "--format", "json", "--severity", "mt.proper-noun-case=warning",
                sub.resolve("inner.txt").toString());
        assertEquals(List.of("mt.proper-noun-case@1:10:warning"), rules(json(cli)), "the command line overrides");
    }

    @Test
    void eachSuppressionFormWorksAndIsCounted() throws Exception {
        Path article = Files.writeString(dir.resolve("s.md"), """
                <!-- mtlint-disable-next-line mt.proper-noun-case -->
                Talks in kyiv ended .

                <!-- mtlint-disable punctuation -->
                Talks in kyiv ended .

                <!-- mtlint-enable punctuation -->
                Talks in kyiv ended .

                <!-- mtlint-disable mt.quotes -->
                Nothing to silence here.
                """);
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--report-unused-disables",
                article.toString());
        JsonNode report = json(r);
        assertEquals(List.of("mt.punctuation@2:20:error", "mt.proper-noun-case@5:10:error",
                "mt.proper-noun-case@8:10:error", "mt.punctuation@8:20:error", "mt.unused-disable@10:1:warning"),
                rules(report));
        assertEquals(2, report.get("summary").get("suppressed").asInt());
    }

    @Test
    void phraseRulesSkipOnlyBlocksThatCannotMatch() throws Exception {
        // A phrase rule skips a block that lacks every spelling of its phrases, so a phrase must still be found
        // whatever its case, script, apostrophe or the white space between its words.
        Path pack = pack("triggers", "phrases.yaml", """
                pack: triggers
                rules:
                  - id: t.totality
                    kind: phrase
                    phrases: ["the totality of", "l'état du monde", "% of"]
                    category: calque
                    message: "calque"
                """);
        Path article = Files.writeString(dir.resolve("t.md"), String.join("\n\n",
                "THE TOTALITY OF the troops left.",
                "They studied L’ÉTAT DU MONDE.",
                "The\ntotality\tof it.",
                "Some 40 % of voters.",
                "The total of it; the state of the world.") + "\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rule", "t.totality", "--rules", pack.toString(),
                article.toString());
        assertEquals(List.of("t.totality@1:1:warning", "t.totality@3:14:warning", "t.totality@5:1:warning",
                "t.totality@8:9:warning"), rules(json(r)), r.out() + r.err());
    }

    @Test
    void malformedPacksAndConfigurationsGiveOneClearLineAndExit2() throws Exception {
        assertBadPack("rules: [\n  - id: x\n", "bad.yaml:", "invalid YAML");
        assertBadPack("rules:\n  - id: x\n    kind: magic\n    message: m\n", "bad.yaml:3", "unknown rule kind 'magic' (valid: phrase, pattern, tokens; word lists go under 'vocabulary')");
        assertBadPack("vocabulary:\n  - name: x\n    list: colours\n    words: [a]\n", "bad.yaml:3",
                "unknown vocabulary list 'colours' (valid: accepted, names, products, abbreviations, glossary)");
        assertBadPack("vocabulary:\n  - list: names\n    words: [A]\n", "bad.yaml:2", "vocabulary list has no 'name'");
        assertBadPack("vocabulary:\n  - name: x\n    list: accepted\n    names: [a]\n", "bad.yaml:4",
                "unknown key 'names' (did you mean name?) (valid: list, name, words)");
        assertBadPack("rules:\n  - id: x\n    kind: pattern\n    category: style\n    message: m\n    pattern: \"(unclosed\"\n",
                "bad.yaml:6", "bad regular expression");
        assertBadPack("rules:\n  - id: x\n    kind: phrase\n    category: style\n    message: m\n    phrases: [a]\n    colour: red\n",
                "bad.yaml:7", "unknown key 'colour' (valid:");
        assertBadPack("rules:\n  - id: x\n    kind: tokens\n    category: style\n    message: m\n    tokens:\n      - text: [a]\n        space-before: maybe\n",
                "bad.yaml:8", "expected true or false, found 'maybe'");
        assertBadPack("rules:\n  - id: x\n    kind: tokens\n    category: style\n    message: m\n    tokens:\n      - any-of: [{text: a}]\n        pos: NN\n",
                "bad.yaml:7", "'any-of' stands alone");
        Path config = Files.writeString(dir.resolve("bad.mtlint.yaml"), "lang: en-US\nseverity:\n  calque: loud\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), "--no-languagetool", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.mtlint.yaml:3: unknown severity 'loud' (valid: error, warning, info)"), r.err());
        Path unknown = Files.writeString(dir.resolve("unknown.mtlint.yaml"), "language: fr\n");
        Cli.Result u = Cli.run("check", "--config", unknown.toString(), dir.toString());
        assertTrue(u.err().contains("unknown.mtlint.yaml:1: unknown key 'language' (valid: accept, categories,")
                || u.err().contains("unknown.mtlint.yaml:1: unknown key 'language' (did you mean "), u.err());
        Path typos = Files.writeString(dir.resolve("typos.mtlint.yaml"), "lang: en-US\nsoruce: es\ntaget: fr\n");
        Cli.Result t = Cli.run("check", "--config", typos.toString(), "--no-languagetool", dir.toString());
        assertEquals(2, t.exitCode());
        assertEquals(1, t.err().strip().lines().count(), t.err());
        assertTrue(t.err().contains("typos.mtlint.yaml:2: unknown keys 'soruce' (did you mean source?), 'taget' (line 3)"
                + " (did you mean target?)"), t.err());
    }

    /** A names list, in the vocabulary section or as a casing rule, feeds mt.proper-noun-case. */
    @Test
    void vocabularyListsFeedTheDetectorsInEitherSpelling() throws Exception {
        Path article = Files.writeString(dir.resolve("names.md"), "Talks in zorvanka went on.\n");
        Path section = pack("section", "names.yaml", """
                pack: house-names
                vocabulary:
                  - name: house.names
                    list: names
                    words: [Zorvanka]
                """);
        Path asRule = pack("as-rule", "names.yaml", """
                pack: house-names
                rules:
                  - id: house.names
                    kind: casing
                    names: [Zorvanka]
                """);
        assertEquals(List.of(), rules(json(Cli.run("check", "--format", "json", "--no-languagetool", "--rule",
                "mt.proper-noun-case", article.toString()))));
        for (Path pack : List.of(section, asRule)) {
            Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rule", "mt.proper-noun-case",
                    "--rules", pack.toString(), article.toString());
            assertEquals(List.of("mt.proper-noun-case@1:10:error"), rules(json(r)), pack + ": " + r.err());
        }
    }

    /** A vocabulary list is no rule: not listed, and naming it selects nothing, with a warning rather than an error. */
    @Test
    void vocabularyListsAreNotRules() throws Exception {
        Path pack = pack("house", "accepted.yaml", """
                pack: house-words
                vocabulary:
                  - name: house.accepted
                    list: accepted
                    words: [Podvig]
                """);
        Cli.Result list = Cli.run("rules", "list", "--no-languagetool", "--rules", pack.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertFalse(list.out().contains("house.accepted") || list.out().contains("es.loanwords"), list.out());
        Path article = Files.writeString(dir.resolve("a.md"), "Talks in kyiv went on.\n");
        Cli.Result plain = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                article.toString());
        for (String id : List.of("house.accepted", "es.loanwords", "en.names")) {
            Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--rules", pack.toString(),
                    "--disable", id, article.toString());
            assertEquals(plain.exitCode(), r.exitCode(), r.err());
            assertEquals(rules(json(plain)), rules(json(r)), id);
            assertTrue(r.err().contains("'" + id + "' names a vocabulary list, not a rule, and selects nothing"),
                    r.err());
        }
    }

    private void assertBadPack(String yaml, String where, String what) throws Exception {
        Path pack = pack("bad-" + Math.abs(yaml.hashCode()), "bad.yaml", yaml);
        Path article = Files.writeString(dir.resolve("x.txt"), "Text.\n");
        Cli.Result r = Cli.run("check", "--no-languagetool", "--rules", pack.toString(), article.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(where) && r.err().contains(what), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void initWritesAStarterThatLoads() throws Exception {
        Cli.Result r = Cli.run("init", "--dir", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path article = Files.writeString(dir.resolve("c.md"), "Talks in kyiv.\n");
        Cli.Result check = Cli.run("check", "--no-languagetool", article.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertEquals(2, Cli.run("init", "--dir", dir.toString()).exitCode(), "refuses to overwrite");
    }
}
