package io.mtlint.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** mtlint-spark reports exactly what mtlint check reports for the same documents and options. */
class CorpusParityTest {
    @TempDir
    Path tmp;

    /**
     * The structural rules on the marked articles of every language pair, each directory with its own
     * .mtlint.yaml; bench/spark compares the whole corpus, LanguageTool included.
     */
    @Test
    void structuralRulesOnEveryLanguagePair() throws Exception {
        compare("--no-languagetool", "test-corpus/*-*");
    }

    /** LanguageTool too, on articles of two formats (running it over the whole corpus takes minutes). */
    @Test
    void withLanguageTool() throws Exception {
        compare(null, "test-corpus/es-en/clean-harbor-festival.txt", "test-corpus/fr-en/pension-strike-lyon.md");
    }

    /** What the shell would make of a glob in the last path segment. */
    private static List<String> expand(String input) throws java.io.IOException {
        if (!input.contains("*")) {
            return List.of(input);
        }
        Path parent = Path.of(input).getParent();
        java.nio.file.PathMatcher glob = parent.getFileSystem().getPathMatcher("glob:" + input);
        try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(parent)) {
            return children.filter(glob::matches).map(Path::toString).sorted().toList();
        }
    }

    private void compare(String option, String... inputs) throws Exception {
        List<String> check = new java.util.ArrayList<>(List.of("check", "--format", "json", "--no-cache"));
        List<String> spark = new java.util.ArrayList<>(List.of("--output", tmp.resolve("out").toString()));
        if (option != null) {
            check.add(option);
            spark.add(option);
        }
        for (String input : inputs) {
            check.addAll(expand(input));
        }
        for (String input : inputs) {
            spark.addAll(List.of("--input", input));
        }
        TestSpark.Run cli = TestSpark.mtlint(check.toArray(String[]::new));
        TestSpark.Run run = TestSpark.run(spark.toArray(String[]::new));
        assertEquals(cli.code(), run.code(), run.err());
        Map<String, List<String>> expected = Findings.ofReport(cli.out());
        assertFalse(expected.isEmpty());
        assertEquals(expected, Findings.ofOutput(tmp.resolve("out"), "path"));
    }
}
