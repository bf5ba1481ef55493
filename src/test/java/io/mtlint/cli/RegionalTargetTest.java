package io.mtlint.cli;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A target or source with a region, from the command line, a configuration or a path. */
class RegionalTargetTest {
    private static final String MEXICAN = """
            La alcaldía invertirá 48,500.75 pesos en la biblioteca del barrio.

            Los ninos del barrio juegan en el patio.
            """;

    @Test
    void aMexicanTargetIsCheckedWithLanguageToolAndMexicanNumbers(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("nota.txt"), MEXICAN);
        Cli.Result r = Cli.run("check", "--source", "en", "--target", "es-MX", "--format", "json", article.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("es-MX", file.get("language").asText());
        List<String> rules = new ArrayList<>();
        file.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "@" + f.get("line").asInt()));
        assertTrue(rules.contains("lt.MORFOLOGIK_RULE_ES@3"), "LanguageTool's Spanish speller ran: " + rules);
        assertFalse(rules.stream().anyMatch(id -> id.startsWith("mt.number-format")), rules.toString());

        Cli.Result spain = Cli.run("check", "--no-languagetool", "--source", "en", "--target", "es", article.toString());
        assertTrue(spain.out().contains("[mt.number-format.thousands-comma] \u201c48,500.75\u201d"), spain.out());
        Cli.Result underscore = Cli.run("check", "--no-languagetool", "--source", "EN", "--lang", "es_mx", article.toString());
        assertTrue(underscore.out().contains("No problems"), underscore.out());
    }

    @Test
    void aCodeWhoseLanguageIsNotATargetIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("nota.txt"), MEXICAN);
        for (String code : new String[] {"xx-MX", "sw-KE", "pl-PL"}) {
            Cli.Result r = Cli.run("check", "--no-languagetool", "--target", code, article.toString());
            assertEquals(2, r.exitCode(), code);
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("mtlint: unsupported target language '" + code + "' (available: "), r.err());
        }
        Cli.Result unknownRegion = Cli.run("check", "--no-languagetool", "--source", "en", "--target", "es-XX",
                article.toString());
        assertEquals(0, unknownRegion.exitCode(), unknownRegion.err());
        assertTrue(unknownRegion.out().contains("Spanish writes 48.500,75"), "Spain's conventions: " + unknownRegion.out());
    }

    @Test
    void aRegionalFileNameOrDirectoryIsItsTarget(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: en\n");
        Files.writeString(repo.resolve("README.md"), "# Library\n\nThe city will spend 48,500.75 pesos on it.\n");
        String spanish = "# Biblioteca\n\nLa ciudad gastará 48,500.75 pesos en ella.\n";
        Files.writeString(repo.resolve("README.es-MX.md"), spanish);
        Files.writeString(repo.resolve("README.es.md"), spanish);
        Files.createDirectories(repo.resolve("content/es-419"));
        Files.writeString(repo.resolve("content/es-419/biblioteca.md"), spanish);
        Files.createDirectories(repo.resolve("i18n/pt-BR"));
        Files.writeString(repo.resolve("i18n/pt-BR/biblioteca.md"), "# Biblioteca\n\nA cidade gastará R$ 48.500,75 nela.\n");

        Cli.Result result = Cli.runIn(repo, "check", "--no-languagetool", "--no-translate", "--format", "json", ".");
        Map<String, String> languages = new TreeMap<>();
        Map<String, Integer> numberFindings = new TreeMap<>();
        for (JsonNode file : new ObjectMapper().readTree(result.out()).get("files")) {
            String path = file.get("path").asText().replace('\\', '/').replaceFirst("^\\./", "");
            languages.put(path, file.get("language").asText());
            int n = 0;
            for (JsonNode f : file.get("findings")) {
                n += f.get("rule").asText().startsWith("mt.number-format") ? 1 : 0;
            }
            numberFindings.put(path, n);
        }
        assertEquals(Map.of("README.md", "en-US", "README.es-MX.md", "es-MX", "README.es.md", "es",
                "content/es-419/biblioteca.md", "es-419", "i18n/pt-BR/biblioteca.md", "pt-BR"), languages,
                result.out() + result.err());
        assertEquals(Map.of("README.md", 0, "README.es-MX.md", 0, "README.es.md", 1, "content/es-419/biblioteca.md", 0,
                "i18n/pt-BR/biblioteca.md", 0), numberFindings, result.out());
    }

    @Test
    void pathsNameRegionsInEitherCase() {
        assertEquals("es-mx", PathLanguage.of("content/es-mx/notas/hoy.md", List.of()).code());
        assertEquals("es-419", PathLanguage.of("docs/es-419/guia.md", List.of()).code());
        assertEquals("es-MX", PathLanguage.of("README.es-MX.md", List.of()).code());
        assertEquals("es-MX", PathLanguage.of("README_es_MX.md", List.of()).code());
        assertEquals("fr-CA", PathLanguage.of("traductions/fr-CA/page.md", List.of("traductions/{lang}/**")).code());
    }
}
