package io.mtlint.eval;

import io.mtlint.lang.LanguagePair;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigFile;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality targets on the whole corpus, measured the way {@code mtlint eval} measures them. */
class EvaluationTest {
    private static final Set<String> ERROR_CATEGORIES = Set.of("source-leftover", "proper-noun-case", "punctuation",
            "quotes", "sentence-case", "spacing", "typography");

    /** `mtlint check test-corpus/` checks each article in the pair its directory names, as the evaluation does. */
    @Test
    void eachCorpusDirectoryConfiguresItsOwnLanguagePair() throws Exception {
        for (Path article : Evaluation.articles(Path.of("test-corpus")).stream().filter(Corpus::isSelfWritten).toList()) {
            String[] pair = Evaluation.languagePair(article);
            Path config = ConfigFile.discover(article);
            assertEquals(article.toAbsolutePath().getParent().resolve(ConfigFile.NAME), config, article.toString());
            CheckOptions options = ConfigFile.apply(config, CheckOptions.defaults());
            assertEquals(pair[0], options.pair().source(), article.toString());
            assertEquals(LanguageRegistry.defaultVariant(pair[1]), options.pair().target(), article.toString());
        }
    }

    @Test
    void corpusMeetsThePrecisionAndRecallTargets() throws Exception {
        Evaluation e = Evaluation.run(Evaluation.articles(Path.of("test-corpus")).stream().filter(Corpus::isSelfWritten)
                .toList(), article -> {
            String[] pair = Evaluation.languagePair(article);
            return Checkers.get(LanguageRegistry.defaultVariant(pair[1]), pair[0], false);
        });
        assertTrue(e.articles() >= 26, "corpus too small: " + e.articles());
        assertTrue(e.cleanArticles() >= 10);
        assertEquals(0, e.cleanFindings(), "findings on clean articles: " + e.misses());
        StringBuilder report = new StringBuilder();
        e.scores().forEach((category, s) -> {
            if (ERROR_CATEGORIES.contains(category) && (s.precision() < 0.95 || s.recall() < 0.95)
                    || Set.of("calque", "number-format").contains(category) && s.precision() < 0.9) {
                report.append(category).append(": P=").append(s.precision()).append(" R=").append(s.recall()).append('\n');
            }
        });
        assertEquals("", report.toString(), "targets missed; misses: " + e.misses());
        for (String category : ERROR_CATEGORIES) {
            assertTrue(e.scores().containsKey(category) && e.scores().get(category).truePositives >= 4,
                    category + " is barely exercised by the corpus");
        }
    }

    /** One finding for a pair of marks, fixed at both, answers an editor's row at each mark. */
    @Test
    void aRowTheFirstFixEditsIsMatchedByThatFinding(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("en-fr"));
        String line = "Le maire a parlé d'une \"erreur honnête\" hier.";
        java.nio.file.Files.writeString(dir.resolve("a.txt"), line + "\n");
        int open = line.indexOf('"') + 1;
        int close = line.lastIndexOf('"') + 1;
        java.nio.file.Files.writeString(dir.resolve("a.expected.tsv"), "# rows\n# line\tcolumn\tcategory\ttext\n"
                + "1\t" + open + "\ttypography\t\"erreur\t« erreur\tstraight\n"
                + "1\t" + (close - 7) + "\ttypography\thonnête\"\thonnête »\tstraight\n");
        Evaluation e = Evaluation.run(tmp, article -> Checkers.get("fr", "en", false));
        Evaluation.Score s = e.scores().get("typography");
        assertEquals(2, s.truePositives, "misses: " + e.misses());
        assertEquals(0, s.falsePositives, "misses: " + e.misses());
    }
}
