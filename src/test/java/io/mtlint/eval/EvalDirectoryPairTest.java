package io.mtlint.eval;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A labelled corpus without configuration files is scored in the pair each directory names, as the help says. */
class EvalDirectoryPairTest {
    private static final String HEADER = "# line\tcolumn\tcategory\ttext\texpected fix\tnote\n";

    @Test
    void directoryNamesGiveThePair(@TempDir Path root) throws Exception {
        Path pair = Files.createDirectories(root.resolve("de-fr"));
        Files.writeString(pair.resolve("a.txt"), "La commission a publié vendredi un plan d'action contre la drogue.\n");
        Files.writeString(pair.resolve("a.expected.tsv"), HEADER);
        Path clean = Files.createDirectories(root.resolve("fr-clean"));
        Files.writeString(clean.resolve("b.txt"), "Le conseil municipal se réunira mardi pour voter le budget.\n");
        Files.writeString(clean.resolve("b.expected.tsv"), HEADER);

        Cli.Result r = Cli.run("eval", "--no-translate", root.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 articles (2 clean: 0 findings on them)"), r.out());
    }

    /** --exclude and --include choose the articles, as they choose the files of a check. */
    @Test
    void excludeAndIncludeChooseTheArticles(@TempDir Path root) throws Exception {
        for (String split : new String[] {"dev", "test"}) {
            Path pair = Files.createDirectories(root.resolve("real").resolve(split).resolve("en-fr"));
            Files.writeString(pair.resolve("a.txt"), "Le conseil municipal se réunira mardi pour voter le budget.\n");
            Files.writeString(pair.resolve("a.expected.tsv"), HEADER);
            Files.writeString(pair.resolve("b.md"), "Le maire a présenté le plan vendredi.\n");
            Files.writeString(pair.resolve("b.expected.tsv"), HEADER);
        }
        Cli.Result all = Cli.run("eval", "--no-translate", root.toString());
        assertTrue(all.out().contains("test split") && all.out().contains("dev split"), all.out());
        Cli.Result devOnly = Cli.run("eval", "--no-translate", "--exclude", "real/test", root.toString());
        assertEquals(0, devOnly.exitCode(), devOnly.err());
        assertTrue(devOnly.out().contains("dev split") && !devOnly.out().contains("test split"), devOnly.out());
        Cli.Result markdown = Cli.run("eval", "--no-translate", "--include", "*.md", "--exclude", "test",
                root.toString());
        assertTrue(markdown.out().contains("1 article") && !markdown.out().contains("test split"), markdown.out());
    }
}
