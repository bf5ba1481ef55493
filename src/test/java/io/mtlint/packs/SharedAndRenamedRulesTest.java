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

/**
 * Packs declared for several source languages, and rules renamed with {@code replaces}: configurations,
 * suppressions and baselines written for the old id keep working and say so, and ids no rule has are reported.
 */
class SharedAndRenamedRulesTest {
    @TempDir
    Path dir;

    private static List<String> findings(Cli.Result r) throws Exception {
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                ids.add(Checkers.family(f.get("rule").asText()) + "@" + f.get("line").asInt() + ":" + f.get("severity").asText());
            }
        }
        return ids;
    }

    private Path pack(String name, String yaml) throws Exception {
        Path english = Files.createDirectories(dir.resolve(name).resolve("en"));
        Files.writeString(english.resolve("rules.yaml"), yaml);
        return english.getParent();
    }

    private static String rule(String id, String replaces) {
        return """
                pack: house
                source: [pt, it]
                defaults: {category: style, severity: warning}
                rules:
                  - id: %s
                %s    kind: phrase
                    phrases: [blue moon]
                    message: "Say “rarely”."
                    examples:
                      - bad: "Once in a <marker>blue moon</marker>."
                      - good: "The moon is full."
                """.formatted(id, replaces == null ? "" : "    replaces: [" + replaces + "]\n");
    }

    private Cli.Result check(Path pack, String source, Path article, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-languagetool", "--no-cache",
                "--fail-on", "never", "--rules", pack.toString(), "-s", source));
        args.addAll(List.of(more));
        args.add(article.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aPackDeclaredForSeveralSourcesLoadsForEachOfThemOnly() throws Exception {
        Path pack = pack("shared", rule("house.rarely", null));
        Path article = Files.writeString(dir.resolve("a.txt"), "It happens once in a blue moon.\n");
        assertEquals(List.of("house.rarely@1:warning"), findings(check(pack, "pt", article)));
        assertEquals(List.of("house.rarely@1:warning"), findings(check(pack, "it", article)));
        assertEquals(List.of(), findings(check(pack, "es", article)), "Spanish is not among the pack's sources");
    }

    @Test
    void theShippedRomanceCalquesServeEverySourceThatHasThem() throws Exception {
        Path article = Files.writeString(dir.resolve("b.txt"),
                "Prices rose. In the same line, the union asked for more. The talks came to nothing.\n");
        for (String source : List.of("es", "pt", "it", "fr", "ca")) {
            Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--no-cache", "--fail-on",
                    "never", "-s", source, article.toString());
            assertEquals(List.of("en.in-the-same-line@1:warning"), findings(r), source);
        }
        Cli.Result german = Cli.run("check", "--format", "json", "--no-languagetool", "--no-cache", "--fail-on",
                "never", "-s", "de", article.toString());
        assertEquals(List.of(), findings(german), "German does not say it");
    }

    @Test
    void aRenamedRuleAnswersToItsOldIdInConfigurationsSuppressionsAndBaselines() throws Exception {
        Path oldPack = pack("old", rule("house.old-name", null));
        Path newPack = pack("new", rule("house.new-name", "house.old-name"));
        Path article = Files.writeString(dir.resolve("c.md"), """
                It happens once in a blue moon.

                <!-- mtlint-disable-next-line house.old-name -->
                It happens once in a blue moon.

                And again once in a blue moon.
                """);
        Path baseline = dir.resolve("baseline.json");
        Cli.Result written = Cli.run("baseline", "--no-languagetool", "--rules", oldPack.toString(), "-s", "pt",
                baseline.toString(), article.toString());
        assertEquals(0, written.exitCode(), written.err());

        Cli.Result renamed = check(newPack, "pt", article, "--severity", "house.old-name=error");
        assertEquals(List.of("house.new-name@1:error", "house.new-name@6:error"), findings(renamed),
                "the severity set for the old id applies, and the suppression naming it still silences line 4");
        assertTrue(renamed.err().contains("rule 'house.old-name' is now 'house.new-name'"), renamed.err());

        Cli.Result baselined = check(newPack, "pt", article, "--baseline", baseline.toString());
        assertEquals(List.of(), findings(baselined), "a baseline written under the old id still matches");

        Cli.Result shipped = Cli.run("check", "--format", "json", "--no-languagetool", "--no-cache", "--fail-on",
                "never", "-s", "es", "--severity", "es-en.for-his-part=error", article.toString());
        assertTrue(shipped.err().contains("rule 'es-en.for-his-part' is now 'en.for-his-part'"), shipped.err());
    }

    @Test
    void fixingOnlyARuleNamedByItsOldIdFixesIt() throws Exception {
        Path article = Files.writeString(dir.resolve("e.txt"), "For her part, the mayor said the budget was fair.\n");
        Cli.Result r = Cli.run("fix", "--no-languagetool", "-s", "es", "--unsafe-fixes", "--rule",
                "es-en.for-his-part", article.toString());
        assertEquals("Meanwhile, the mayor said the budget was fair.\n", Files.readString(article), r.out() + r.err());
    }

    /** A typo in a rule id silently selected nothing ("No problems found"); it is an error with the closest ids. */
    @Test
    void anIdNoRuleHasIsAnErrorButOneForAnotherLanguagePairIsNot() throws Exception {
        Path config = Files.writeString(dir.resolve(".mtlint.yaml"), """
                rules:
                  disable: [fr-en.in-effect, mt.quotes, lt.EN_QUOTES, en.*]
                severity:
                  calque: error
                """);
        Path article = Files.writeString(dir.resolve("d.txt"), "In the same line, the union asked for more.\n");
        Cli.Result r = Cli.run("check", "--format", "json", "--no-languagetool", "--no-cache", "--fail-on", "never",
                "-s", "es", article.toString());
        assertEquals(List.of(), findings(r), "en.* disables the calque");
        assertFalse(r.err().contains("fr-en.in-effect"), "a French rule is a rule, though this run does not load it");
        assertTrue(r.err().lines().allMatch(l -> l.contains("'en.*' also selects") && l.contains("mt.calque.")),
                "en.* only warns of the calques now found by construction: " + r.err());
        Files.writeString(config, """
                rules:
                  disable:
                    - fr-en.in-effect
                    - en.in-the-sam-line
                """);
        Cli.Result typo = Cli.run("check", "--no-languagetool", "-s", "es", article.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().startsWith("mtlint: " + config + ":4: no rule has the id 'en.in-the-sam-line' (did you "
                + "mean en.in-the-same-line"), typo.err());
        assertEquals(1, typo.err().lines().count(), typo.err());
        Files.delete(config);
        Cli.Result option = Cli.run("check", "--no-languagetool", "--rule", "mt.qoutes", article.toString());
        assertEquals(2, option.exitCode());
        assertEquals("", option.out());
        assertTrue(option.err().startsWith("mtlint: --rule: no rule has the id 'mt.qoutes' (did you mean mt.quotes?)"),
                option.err());
        for (String family : List.of("es-en", "mt.spacing", "fr-en")) {
            Cli.Result selected = Cli.run("check", "--no-languagetool", "--rule", family, article.toString());
            assertTrue(selected.exitCode() < 2 && selected.err().isEmpty(), family + ": " + selected.err());
        }
        Cli.Result explain = Cli.run("rules", "explain", "mt.qoutes");
        assertEquals(2, explain.exitCode());
        assertTrue(explain.err().contains("(did you mean mt.quotes?)"), explain.err());
    }
}
