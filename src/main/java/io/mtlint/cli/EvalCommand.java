package io.mtlint.cli;

import io.mtlint.format.DocumentException;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.Checker;
import io.mtlint.config.ConfigException;
import io.mtlint.eval.Evaluation;
import io.mtlint.run.CheckerProvider;
import io.mtlint.run.FileWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mtlint eval}: precision and recall of the detectors on hand-marked articles. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the detectors against every article with an .expected.tsv beside it "
                + "(language pair from the directory name, e.g. es-en).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptionsMixin options;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Corpus directory (default: test-corpus).")
    Path root = Path.of("test-corpus");

    @Option(names = "--details", description = "List every missed artefact and false alarm.")
    boolean details;

    /** A part of the corpus scored on its own: the self-written articles, and each split of the real ones. */
    private record Group(String title, List<Path> articles) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!java.nio.file.Files.isDirectory(root)) {
            spec.commandLine().getErr().println("mtlint: " + root + ": no such directory; eval reads a corpus of "
                    + "articles, each with an .expected.tsv beside it");
            return Main.USAGE;
        }
        CheckerProvider provider = new CheckerProvider(null,
                base -> options.applyTo(base).toBuilder().languageTool(false).build());
        List<String> sections = new ArrayList<>();
        List<Evaluation.Miss> misses = new ArrayList<>();
        try {
            CheckOptions chosen = options.applyTo(CheckOptions.defaults());
            FileWalker walker = new FileWalker(chosen.include(), chosen.exclude(), chosen.gitIgnore());
            for (Group group : groups(root, walker)) {
                Map<String, List<Path>> byTarget = new TreeMap<>();
                for (Path article : group.articles()) {
                    byTarget.computeIfAbsent(optionsFor(provider, article).pair().targetBase(), k -> new ArrayList<>())
                            .add(article);
                }
                Evaluation all = new Evaluation();
                StringBuilder targets = new StringBuilder();
                for (Map.Entry<String, List<Path>> t : byTarget.entrySet()) {
                    Evaluation e = Evaluation.run(t.getValue(), article -> checker(provider, article));
                    all.add(e);
                    if (byTarget.size() > 1) {
                        targets.append(summary("  into " + t.getKey(), e));
                    }
                }
                misses.addAll(all.misses());
                sections.add(group.title() + "\n" + table(all) + (targets.isEmpty() ? "" : "\nby target language:\n" + targets));
            }
        } catch (ConfigException ex) {
            spec.commandLine().getErr().println("mtlint: " + ex.getMessage());
            return Main.USAGE;
        } catch (DocumentException ex) {
            spec.commandLine().getErr().println("mtlint: " + ex.getMessage());
            return Main.UNREADABLE;
        } catch (IllegalStateException ex) {
            spec.commandLine().getErr().println("mtlint: " + ex.getMessage());
            return Main.USAGE;
        }
        out.println(String.join("\n", sections));
        if (details) {
            for (Evaluation.Miss m : misses) {
                out.printf("%-12s %s:%d:%d %s \u201c%s\u201d %s%n", m.kind(), m.file(), m.line(), m.column(),
                        m.category(), m.text(), m.rule());
            }
        }
        return Main.OK;
    }

    private static Checker checker(CheckerProvider provider, Path article) {
        try {
            return provider.checkerFor(optionsFor(provider, article));
        } catch (ConfigException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    /**
     * The options an article is scored with: where no configuration file declares its languages, the pair its
     * directory names ({@code de-fr}, {@code fr-clean}), unless the command line names them.
     */
    private static CheckOptions optionsFor(CheckerProvider provider, Path article) throws ConfigException {
        CheckOptions o = provider.optionsFor(article);
        String[] pair = Evaluation.directoryPair(article);
        if (pair == null || provider.configFor(article) != null) {
            return o;
        }
        CheckOptions.Builder b = o.toBuilder();
        if (!o.targetPinned()) {
            b.target(pair[1]);
        }
        if (!o.sourcePinned()) {
            b.source(pair[0]);
        }
        return b.build();
    }

    /**
     * The self-written corpus, then the dev and test splits of the real machine translation under {@code real/}
     * (articles) and {@code real-docs/} (documentation), each scored on its own; any other directory is one group.
     */
    private static List<Group> groups(Path root, FileWalker walker) {
        List<Path> articles = Evaluation.articles(root).stream().filter(a -> walker.reaches(root.relativize(a)))
                .toList();
        List<Group> groups = new ArrayList<>();
        List<String> realParts = List.of("real", "real-docs");
        List<Path> written = articles.stream().filter(a -> realParts.stream().noneMatch(r -> a.startsWith(root.resolve(r))))
                .toList();
        if (!written.isEmpty()) {
            groups.add(new Group(realParts.stream().anyMatch(r -> Files.isDirectory(root.resolve(r)))
                    ? "Self-written corpus (" + root + ")" : "Corpus " + root, written));
        }
        for (String part : realParts) {
            for (String split : List.of("dev", "test")) {
                Path dir = root.resolve(part).resolve(split);
                List<Path> in = articles.stream().filter(a -> a.startsWith(dir)).toList();
                if (!in.isEmpty()) {
                    groups.add(new Group((part.equals("real") ? "Real machine translation, " : "Real translated docs, ")
                            + split + " split (" + dir + ")", in));
                }
            }
        }
        return groups;
    }

    /** Every category but {@code other} (mistranslations no detector claims to find). */
    static boolean isMtCategory(String category) {
        return !category.equals("other");
    }

    private static String summary(String name, Evaluation e) {
        Evaluation.Score mt = e.totalOf(EvalCommand::isMtCategory);
        return String.format("%-18s %5d %5d %5d %9.2f %7.2f   %d texts, %d clean: %s on them%n", name,
                mt.truePositives, mt.falsePositives, mt.falseNegatives, mt.precision(), mt.recall(), e.articles(),
                e.cleanArticles(), findings(e.cleanFindings()));
    }

    static String table(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-18s %5s %5s %5s %9s %7s%n", "category", "TP", "FP", "FN", "precision", "recall"));
        for (Map.Entry<String, Evaluation.Score> entry : e.scores().entrySet()) {
            row(sb, entry.getKey(), entry.getValue());
        }
        if (e.scores().containsKey("other")) {
            row(sb, "MT categories", e.totalOf(EvalCommand::isMtCategory));
        }
        row(sb, "all", e.total());
        sb.append(String.format("%d articles (%d clean: %s on them)", e.articles(), e.cleanArticles(),
                findings(e.cleanFindings())));
        return sb.toString();
    }

    private static String findings(int n) {
        return n + (n == 1 ? " finding" : " findings");
    }

    private static void row(StringBuilder sb, String name, Evaluation.Score s) {
        sb.append(String.format("%-18s %5d %5d %5d %9.2f %7.2f%n", name, s.truePositives, s.falsePositives,
                s.falseNegatives, s.precision(), s.recall()));
    }
}
