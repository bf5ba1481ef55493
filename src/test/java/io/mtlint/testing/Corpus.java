package io.mtlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's test-corpus/ and its expected-findings tables. */
public final class Corpus {
    public static final Path ROOT = Path.of("test-corpus");

    /** One row of an .expected.tsv: where an editor marks an artefact. */
    public record Expected(int line, int column, String category, String text, String fix, String note) {
    }

    private Corpus() {
    }

    public static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    /** Whether {@code path} belongs to the corpus written for mtlint, not to the real machine translation. */
    public static boolean isSelfWritten(Path path) {
        return !path.startsWith(ROOT.resolve("real")) && !path.startsWith(ROOT.resolve("real-docs"));
    }

    /** Self-written articles whose expected table is empty: text that must not raise a single finding. */
    public static List<Path> cleanArticles() {
        try (java.util.stream.Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Corpus::isSelfWritten).filter(p -> p.toString().endsWith(".expected.tsv"))
                    .filter(p -> expected(p).isEmpty())
                    .map(p -> {
                        String base = p.getFileName().toString().replace(".expected.tsv", "");
                        Path md = p.resolveSibling(base + ".md");
                        return Files.exists(md) ? md : p.resolveSibling(base + ".txt");
                    }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Expected> expected(Path tsv) {
        try {
            List<Expected> rows = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Expected(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3],
                        f.length > 4 ? f[4] : "", f.length > 5 ? f[5] : ""));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
