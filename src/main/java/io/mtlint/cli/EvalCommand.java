package io.mtlint.cli;

import io.mtlint.format.DocumentException;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.ConfigException;
import io.mtlint.eval.Evaluation;
import io.mtlint.languagetool.LanguageRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Checker> checkers = new HashMap<>();
        Evaluation e;
        try {
            CheckOptions base = options.applyTo(new CheckOptions());
            base.languageTool = false;
            e = Evaluation.run(root, article -> checkers.computeIfAbsent(String.join("-",
                    Evaluation.languagePair(article)), pair -> create(base, pair)));
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
        out.println(table(e));
        if (details) {
            for (Evaluation.Miss m : e.misses()) {
                out.printf("%-12s %s:%d:%d %s \u201c%s\u201d %s%n", m.kind(), m.file(), m.line(), m.column(),
                        m.category(), m.text(), m.rule());
            }
        }
        return Main.OK;
    }

    private static Checker create(CheckOptions base, String pair) {
        String[] p = pair.split("-");
        CheckOptions o = base.copy();
        o.source = p[0];
        o.target = LanguageRegistry.defaultVariant(p[1]);
        try {
            return CheckerFactory.create(o);
        } catch (ConfigException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    static String table(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-18s %5s %5s %5s %9s %7s%n", "category", "TP", "FP", "FN", "precision", "recall"));
        for (Map.Entry<String, Evaluation.Score> entry : e.scores().entrySet()) {
            row(sb, entry.getKey(), entry.getValue());
        }
        row(sb, "all", e.total());
        sb.append(String.format("%d articles (%d clean: %d findings on them)", e.articles(), e.cleanArticles(),
                e.cleanFindings()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Evaluation.Score s) {
        sb.append(String.format("%-18s %5d %5d %5d %9.2f %7.2f%n", name, s.truePositives, s.falsePositives,
                s.falseNegatives, s.precision(), s.recall()));
    }
}
