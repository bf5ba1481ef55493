package io.mtlint.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repository of translations reads as {@code mtlint check} reads it: each page in the language its path names or
 * its file declares, the glossary applied, and the languages named on the command line winning.
 */
class LanguagesAndGlossariesTest {
    @TempDir
    Path tmp;

    private Path repository() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("docs/fr"));
        Files.writeString(repo.resolve(".mtlint.yaml"), "lang: en-US\nsource: en\n");
        Files.writeString(repo.resolve("README.md"), "# Setup\n\nRun `make install` and wait 30 seconds.\n");
        Files.writeString(repo.resolve("README.es.md"), "# Instalación\n\nEjecute `hacer instalar` y espere 300 "
                + "segundos. El Presidente habló el lunes 5 de mayo.\n");
        Files.writeString(repo.resolve("docs/guide.md"), "# Guide\n\n```\nnpm start\n```\n");
        Files.writeString(repo.resolve("docs/fr/guide.md"), "# Guide\n\n```\nnpm démarrer\n```\n\nIl a dit "
                + "\"oui\" hier.\n");
        Files.writeString(repo.resolve("docs/fr.po"), "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
                + "msgid \"Delete the file\"\nmsgstr \"Effacer le document\"\n\n"
                + "msgid \"Open the file\"\nmsgstr \"Ouvrir le fichier\"\n");
        Files.writeString(tmp.resolve("terms.csv"), "en,fr\nfile,fichier\n");
        return repo;
    }

    @Test
    void layoutDeclaredLanguagesAndGlossariesMatchCheck() throws Exception {
        Path repo = repository();
        Map<String, List<String>> expected = compare("--no-languagetool", "--glossary",
                tmp.resolve("terms.csv").toString());
        assertTrue(expected.get(repo.resolve("README.es.md").toString()).stream()
                .anyMatch(f -> f.contains("mt.docs-pair.inline-code")), expected.toString());
        assertTrue(expected.get(repo.resolve("docs/fr.po").toString()).stream()
                .anyMatch(f -> f.contains("mt.terminology")), expected.toString());
    }

    @Test
    void aRegionalPageIsCheckedInItsRegionAsCheckChecksIt() throws Exception {
        Path repo = repository();
        String spanish = "# Biblioteca\n\nLa ciudad gastará 48,500.75 pesos en la biblioteca del barrio.\n";
        Files.writeString(repo.resolve("docs/biblioteca.es-MX.md"), spanish);
        Files.createDirectories(repo.resolve("content/es-419"));
        Files.writeString(repo.resolve("content/es-419/biblioteca.md"), spanish);
        Files.createDirectories(repo.resolve("content/es"));
        Files.writeString(repo.resolve("content/es/biblioteca.md"), spanish);
        Map<String, List<String>> expected = compare("--no-languagetool");
        for (String page : List.of("docs/biblioteca.es-MX.md", "content/es-419/biblioteca.md")) {
            assertTrue(expected.getOrDefault(repo.resolve(page).toString(), List.of()).stream()
                    .noneMatch(f -> f.contains("mt.number-format")), page + ": " + expected);
        }
        assertTrue(expected.get(repo.resolve("content/es/biblioteca.md").toString()).stream()
                .anyMatch(f -> f.contains("mt.number-format.thousands-comma")), expected.toString());
    }

    @Test
    void aLanguageNamedOnTheCommandLineWins() throws Exception {
        repository();
        Map<String, List<String>> expected = compare("--no-languagetool", "--lang", "en-US");
        assertTrue(expected.keySet().stream().noneMatch(p -> p.endsWith("fr.po")), expected.toString());
    }

    @Test
    void anAlignedSourceIsRefusedInOneLine() throws Exception {
        Path repo = repository();
        TestSpark.Run run = TestSpark.run("--no-languagetool", "--aligned-source", repo.resolve("README.md").toString(),
                "--input", repo.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(Main.USAGE, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("mtlint-spark: --aligned-source"), run.err());
    }

    private Map<String, List<String>> compare(String... options) throws Exception {
        Path repo = tmp.resolve("repo");
        List<String> check = new java.util.ArrayList<>(List.of("check", "--format", "json", "--no-cache",
                "--no-translate"));
        check.addAll(List.of(options));
        check.add(repo.toString());
        List<String> spark = new java.util.ArrayList<>(List.of("--no-translate", "--output",
                tmp.resolve("out").toString(), "--overwrite", "--input", repo.toString()));
        spark.addAll(List.of(options));
        TestSpark.Run cli = TestSpark.mtlint(check.toArray(String[]::new));
        TestSpark.Run run = TestSpark.run(spark.toArray(String[]::new));
        assertEquals(cli.code(), run.code(), run.err());
        Map<String, List<String>> expected = Findings.ofReport(cli.out());
        assertEquals(expected, Findings.ofOutput(tmp.resolve("out"), "path"));
        return expected;
    }
}
