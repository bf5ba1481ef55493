package io.mtlint.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.format.PathLanguage;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run over a repository holding a page and its translations, each checked in its own language. */
class RepositoryLayoutTest {
    @Test
    void eachFileIsCheckedInTheLanguageItsPathNamesAndAgainstItsSource(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: en\n");
        Files.writeString(repo.resolve("README.md"), """
                # Setup

                Run `make install` and wait 30 seconds, then read [the guide](docs/guide.md).
                """);
        Files.writeString(repo.resolve("README.es.md"), """
                # Instalación

                Ejecute `hacer instalar` y espere 300 segundos, luego lea [la guía](docs/guia.md).

                ## Más
                """);
        Files.createDirectories(repo.resolve("docs/fr"));
        Files.writeString(repo.resolve("docs/guide.md"), "# Guide\n\n```\nnpm start\n```\n");
        Files.writeString(repo.resolve("docs/fr/guide.md"), "# Guide\n\n```\nnpm démarrer\n```\n");

        Cli.Result result = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--format", "json", ".");
        JsonNode report = new ObjectMapper().readTree(result.out());
        Map<String, String> languages = new TreeMap<>();
        List<String> pairFindings = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            String path = file.get("path").asText().replace('\\', '/').replaceFirst("^\\./", "");
            languages.put(path, file.get("language").asText());
            for (JsonNode f : file.get("findings")) {
                if (f.get("rule").asText().startsWith("mt.docs-pair.")) {
                    pairFindings.add(path + ":" + f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                            + f.get("rule").asText() + " " + f.get("text").asText());
                }
            }
        }
        assertEquals(Map.of("README.md", "en-US", "README.es.md", "es", "docs/guide.md", "en-US",
                "docs/fr/guide.md", "fr"), languages, result.out() + result.err());
        assertEquals(List.of(
                "README.es.md:3:9 mt.docs-pair.inline-code `hacer instalar`",
                "README.es.md:3:35 mt.docs-pair.number 300",
                "README.es.md:3:69 mt.docs-pair.link docs/guia.md",
                "README.es.md:5:1 mt.docs-pair.heading-count ## Más",
                "docs/fr/guide.md:3:1 mt.docs-pair.code-block ```\nnpm démarrer\n```"), pairFindings);
    }

    /** A short line that names a language and links to another version of the page is written for its readers. */
    @Test
    void aNoteForReadersOfAnotherVersionIsNoLeftover(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: en\n");
        Files.writeString(repo.resolve("README.md"), "# Scanner\n\nScans ports.\n");
        Files.writeString(repo.resolve("README_de.md"), """
                # Scanner

                [English version](README.md) | Deutsch

                > For the English version, see [README.md](README.md).

                Es prüft die Ports. The scanner writes a report of every open port, see [the README](README.md).
                """);
        Cli.Result result = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--rule",
                "mt.source-leftover", "--format", "json", "README_de.md");
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        for (JsonNode f : new ObjectMapper().readTree(result.out()).get("files").get(0).get("findings")) {
            lines.add(f.get("line").asInt());
        }
        // Only the English left in the body, which links to the source page but is no note for its readers.
        assertEquals(java.util.Set.of(7), lines, result.out());
    }

    /** A stored result of a translated page holds only while its source page is as it was. */
    @Test
    void aCachedTranslationIsCheckedAgainWhenItsSourceChanges(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: en\n");
        Files.createDirectories(repo.resolve("docs/de"));
        Path translation = Files.writeString(repo.resolve("docs/de/setup.md"), "# Setup\n\nStarten Sie `tool --start`.\n");
        String[] check = {"check", "--no-languagetool", "--no-translate", "--cache-dir", "cache", "docs/de/setup.md"};

        assertTrue(Cli.runIn(repo, check).out().contains("No problems"), "no source beside it yet");
        Files.writeString(repo.resolve("docs/setup.md"), "# Setup\n\nRun `tool --begin`.\n");
        assertTrue(Cli.runIn(repo, check).out().contains("mt.docs-pair.inline-code"), "the source appeared");
        Files.writeString(repo.resolve("docs/setup.md"), "# Setup\n\nRun `tool --start`.\n");
        String fixedSource = Cli.runIn(repo, check).out();
        assertTrue(fixedSource.contains("No problems"), fixedSource);
        assertEquals("# Setup\n\nStarten Sie `tool --start`.\n", Files.readString(translation));
    }

    /**
     * A Hugo site's translation is read against the default-language page, never a sibling translation, and says
     * the same with the cache as without it.
     */
    @Test
    void aHugoTranslationIsComparedWithTheOriginalWithOrWithoutTheCache(@TempDir Path repo) throws Exception {
        for (String lang : List.of("en", "pt", "es")) {
            Files.createDirectories(repo.resolve("site/content/" + lang));
        }
        Files.writeString(repo.resolve("site/content/en/harbour.md"), """
                # Harbour

                Boats leave at 7 from [the east pier](https://ferries.example.net/east?pier=3).
                Tickets come from `ferry-desk --open`.
                """);
        Files.writeString(repo.resolve("site/content/pt/harbour.md"), """
                # Porto

                Os barcos saem às 8 do [cais leste](https://ferries.example.net/leste).
                Os bilhetes vêm de `ferry-desk --open`.
                """);
        Files.writeString(repo.resolve("site/content/es/harbour.md"), """
                # Puerto

                Los barcos salen a las 7 del [muelle este](https://ferries.example.net/east?pier=3).
                Los billetes salen de `ferry-desk --abrir`.
                """);
        List<String> runs = new ArrayList<>();
        for (String[] options : List.of(new String[] {"--cache-dir", "cache"}, new String[] {"--cache-dir", "cache"},
                new String[] {"--no-cache"})) {
            List<String> args = new ArrayList<>(List.of("check", "--no-languagetool", "--no-translate", "--format",
                    "json"));
            args.addAll(List.of(options));
            args.add("site/content/es/harbour.md");
            Cli.Result result = Cli.runIn(repo, args.toArray(String[]::new));
            JsonNode file = new ObjectMapper().readTree(result.out()).get("files").get(0);
            List<String> findings = new ArrayList<>();
            for (JsonNode f : file.get("findings")) {
                if (f.get("rule").asText().startsWith("mt.docs-pair.")) {
                    findings.add(f.get("line").asInt() + " " + f.get("rule").asText() + " " + f.get("text").asText());
                }
            }
            runs.add(file.get("language").asText() + " from " + file.get("source").asText() + " " + findings);
        }
        assertEquals(List.of("es from en [4 mt.docs-pair.inline-code `ferry-desk --abrir`]"), runs.subList(0, 1));
        assertEquals(List.of(runs.get(0), runs.get(0)), runs.subList(1, 3), "the cache changed the findings");
    }

    @Test
    void aLanguageJoinedToAReadmeNameIsTheTarget() {
        assertEquals("de", PathLanguage.of("README_de.md", List.of()).code());
        assertEquals("fr", PathLanguage.of("docs/CONTRIBUTING-fr.md", List.of()).code());
        assertEquals("zh-CN", PathLanguage.of("README_zh_CN.md", List.of()).code());
        assertEquals("es", PathLanguage.of("readme-ES.md", List.of()).code());
        assertNull(PathLanguage.of("notes/user_id.md", List.of()));
        assertNull(PathLanguage.of("how-to-do-it.md", List.of()));
        assertNull(PathLanguage.of("SECURITY_IT.md", List.of()));
        assertNull(PathLanguage.of("README_xx.md", List.of()));
        PathLanguage.Found joined = PathLanguage.of("pkg/README_es.md", List.of());
        assertEquals(List.of("pkg/README.md", "pkg/README_en.md"),
                PathLanguage.sourceCandidates("pkg/README_es.md", joined, "en"));
    }

    @Test
    void aReadmeWithAJoinedLanguageIsComparedWithItsSource(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("README.md"), "# Tool\n\nCall `tool --sync` before you leave.\n");
        Files.writeString(repo.resolve("README_de.md"),
                "# Werkzeug\n\nRufen Sie `werkzeug --abgleich` auf, bevor Sie gehen.\n");
        Cli.Result r = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--no-cache", ".");
        assertTrue(r.out().contains("README_de.md:3:11: ") && r.out().contains("mt.docs-pair.inline-code"), r.out());
        assertFalse(r.out().contains("mt.source-leftover"), r.out());
    }

    @Test
    void linksToTheTranslatedHeadingsAndToOtherLanguagesAreNoMismatch(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("README.md"), """
                # Kettle

                [Brewing](#brewing) · [Cleaning up](#cleaning-up) · [German](README_de.md)

                ## Brewing

                See [the recipes](docs/recipes.md).

                ## Cleaning up

                Rinse it.
                """);
        Files.writeString(repo.resolve("README_de.md"), """
                # Wasserkocher

                [Brühen](#brühen) · [Aufräumen](#aufr%C3%A4umen) · [Englisch](README.md) · [Français](README.fr.md)

                ## Brühen

                Siehe [die Rezepte](docs/rezepte.md) und [die Pflege](#pflege).

                ## Aufräumen

                Ausspülen.
                """);
        Cli.Result r = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--no-cache", "--format", "json",
                "README_de.md");
        List<String> links = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("files").get(0).get("findings")) {
            if (f.get("rule").asText().equals("mt.docs-pair.link")) {
                links.add(f.get("text").asText());
            }
        }
        assertEquals(List.of("docs/rezepte.md", "#pflege"), links);
    }

    @Test
    void layoutsNameTheLanguageAndTheSourcePage() {
        assertEquals("es", PathLanguage.of("README.es.md", List.of()).code());
        assertEquals("fr", PathLanguage.of("docs/fr/guide.md", List.of()).code());
        assertEquals("de", PathLanguage.of("content/de/posts/hello.md", List.of()).code());
        assertEquals("pt-BR", PathLanguage.of(
                "i18n/pt-BR/docusaurus-plugin-content-docs/current/intro.md", List.of()).code());
        assertEquals("it", PathLanguage.of("translations/it/intro.md", List.of("translations/{lang}/**")).code());
        assertNull(PathLanguage.of("docs/guide.md", List.of()));
        assertNull(PathLanguage.of("es.md", List.of()));
        assertEquals("fr", PathLanguage.of("docs/fr/it/reseau.md", List.of()).code(), "a topic folder in a tree");
        assertEquals("fr", PathLanguage.of("it/onboarding/fr/setup.md", List.of()).code(), "a folder above a tree");
        PathLanguage.Found docusaurus = PathLanguage.of("site/i18n/fr/docusaurus-plugin-content-docs/current/a/b.md",
                List.of());
        assertTrue(PathLanguage.sourceCandidates("site/i18n/fr/docusaurus-plugin-content-docs/current/a/b.md",
                docusaurus, "en").contains("site/docs/a/b.md"));
        assertEquals(List.of("content/posts/x.md", "content/en/posts/x.md"),
                PathLanguage.sourceCandidates("content/fr/posts/x.md", PathLanguage.of("content/fr/posts/x.md",
                        List.of()), "en"));
    }

    @Test
    void layoutCanBeSwitchedOffAndBadPatternsAreRefused(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: es\nlayout: false\n");
        Files.writeString(repo.resolve("README.fr.md"), "Text.\n");
        Cli.Result off = Cli.runIn(repo, "check", "--no-languagetool", "--format", "json", ".");
        assertEquals("en-US", new ObjectMapper().readTree(off.out()).get("files").get(0).get("language").asText());

        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nlayout:\n  patterns: [\"docs/**\"]\n");
        Cli.Result bad = Cli.runIn(repo, "check", "--no-languagetool", ".");
        assertTrue(bad.exitCode() != 0, bad.out() + bad.err());
        assertTrue(bad.err().contains("layout pattern \"docs/**\" needs exactly one {lang}"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    /** A tree of pages in a language mtlint does not check is one warning, not one a page. */
    @Test
    void pagesInALanguageMtlintDoesNotCheckAreNotedOncePerLanguage(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("ja"));
        Files.writeString(repo.resolve("guide.md"), "# Guide\n\nRun `make` to build it.\n");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(repo.resolve("ja/page" + i + ".md"), "# \u30ac\u30a4\u30c9 " + i + "\n");
        }
        Cli.Result walked = Cli.runIn(repo, "check", "--no-languagetool", ".");
        assertEquals(0, walked.exitCode(), walked.err());
        List<String> notes = walked.err().lines().filter(l -> l.contains("names ja") || l.contains("name ja")).toList();
        assertEquals(1, notes.size(), walked.err());
        assertTrue(notes.get(0).contains("3 files not checked"), walked.err());
    }

    /** A translation mtlint cannot check, found by walking the repository, is noted, not an error. */
    @Test
    void aPageInALanguageMtlintDoesNotCheckIsPassedOver(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("README.md"), "# Tool\n\nRun `make` to build it.\n");
        Files.writeString(repo.resolve("README.zh-CN.md"), "# \u5de5\u5177\n\n\u8fd0\u884c `make`\u3002\n");
        Cli.Result walked = Cli.runIn(repo, "check", "--no-languagetool", ".");
        assertEquals(0, walked.exitCode(), walked.err());
        assertTrue(walked.err().contains("README.zh-CN.md: not checked: its path names zh-CN"), walked.err());
        Cli.Result fixed = Cli.runIn(repo, "fix", "--no-languagetool", ".");
        assertEquals(0, fixed.exitCode(), fixed.err());
        Cli.Result named = Cli.runIn(repo, "check", "--no-languagetool", "README.zh-CN.md");
        assertEquals(3, named.exitCode(), "a file named on the command line is still checked or refused");
    }

    /** An HTML page is checked in the language its root element declares, unless the command line names one. */
    @Test
    void aPageIsCheckedInTheLanguageItDeclares(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<html lang=\"en\"><body><p>The colour of the harbour.</p></body></html>");
        Files.writeString(site.resolve("actualite.html"), "<!DOCTYPE html>\n<html lang=\"fr\"><body><p>Le port ferme.</p></body></html>");
        Files.writeString(site.resolve("ja.html"), "<html lang=\"ja\"><body><p>\u6e2f</p></body></html>");
        Files.writeString(site.resolve(".mtlint.yaml"), "lang: en-GB\n");
        Cli.Result walked = Cli.runIn(site, "check", "--no-languagetool", "--format", "json", ".");
        assertEquals(0, walked.exitCode(), walked.out() + walked.err());
        JsonNode files = new ObjectMapper().readTree(walked.out()).get("files");
        java.util.Map<String, String> languages = new java.util.TreeMap<>();
        files.forEach(f -> languages.put(f.get("path").asText().replaceFirst("^\\./", ""), f.get("language").asText()));
        // "en" names no region, so the configured en-GB stands; "fr" replaces it; Japanese is passed over.
        assertEquals(java.util.Map.of("actualite.html", "fr", "index.html", "en-GB"), languages);
        assertTrue(walked.err().contains("ja.html: not checked: it declares ja"), walked.err());
        Cli.Result pinned = Cli.runIn(site, "check", "--no-languagetool", "--format", "json", "--target", "en-US",
                "actualite.html");
        assertEquals("en-US", new ObjectMapper().readTree(pinned.out()).get("files").get(0).get("language").asText());
    }
}
