package io.mtlint.eval;

import io.mtlint.check.Checker;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.LineMap;
import io.mtlint.model.Severity;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.languagetool.LanguageToolRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures the detectors against hand-marked articles: every {@code *.txt} or {@code *.md} with an
 * {@code .expected.tsv} beside it. A finding matches an expected row when its category is the row's or a
 * compatible one (punctuation, spacing and typography are one family) and it overlaps the row's span; a quotes
 * row is also matched by a quotes finding elsewhere in its paragraph, since an unpaired quotation can be reported
 * at either end. Each row matches at most once, and each finding once by its span; a row that a finding's first fix
 * edits is matched by that finding too (a pair of marks reported at one and fixed at both). LanguageTool's own
 * findings and info hints are not scored.
 */
public final class Evaluation {
    /** A marked artefact: its category and span in the article. */
    public record Expected(Path file, int line, int column, String category, String text, int start, int end) {
    }

    /** Counts for one category. */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        public double recall() {
            int marked = truePositives + falseNegatives;
            return marked == 0 ? 1.0 : (double) truePositives / marked;
        }
    }

    /** One mismatch, for the details listing. */
    public record Miss(String kind, Path file, int line, int column, String category, String text, String rule) {
    }

    private final Map<String, Score> scores = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private int articles;
    private int cleanArticles;
    private int cleanFindings;

    public Map<String, Score> scores() {
        return scores;
    }

    public List<Miss> misses() {
        return misses;
    }

    public int articles() {
        return articles;
    }

    public int cleanArticles() {
        return cleanArticles;
    }

    /** Findings of mtlint's own categories on articles marked as having no artefacts. */
    public int cleanFindings() {
        return cleanFindings;
    }

    /** Adds another evaluation's counts to this one. */
    public void add(Evaluation other) {
        other.scores.forEach((category, s) -> {
            Score t = scores.computeIfAbsent(category, k -> new Score());
            t.truePositives += s.truePositives;
            t.falsePositives += s.falsePositives;
            t.falseNegatives += s.falseNegatives;
        });
        misses.addAll(other.misses);
        articles += other.articles;
        cleanArticles += other.cleanArticles;
        cleanFindings += other.cleanFindings;
    }

    /** The counts over every category. */
    public Score total() {
        return totalOf(c -> true);
    }

    /** The counts over the categories {@code include} accepts. */
    public Score totalOf(java.util.function.Predicate<String> include) {
        Score t = new Score();
        for (Score s : scores.entrySet().stream().filter(e -> include.test(e.getKey())).map(Map.Entry::getValue).toList()) {
            t.truePositives += s.truePositives;
            t.falsePositives += s.falsePositives;
            t.falseNegatives += s.falseNegatives;
        }
        return t;
    }

    /** Evaluates every marked article under {@code root}, choosing a checker per article. */
    public static Evaluation run(Path root, Function<Path, Checker> checkerFor) throws DocumentException {
        return run(articles(root), checkerFor);
    }

    /** Evaluates {@code articles}, choosing a checker per article. */
    public static Evaluation run(List<Path> articles, Function<Path, Checker> checkerFor) throws DocumentException {
        Evaluation e = new Evaluation();
        for (Path article : articles) {
            Document doc = DocumentLoader.load(article, article.toString(), null);
            // Info findings are hints an editor opts into, not artefacts: they are not scored.
            List<Finding> findings = checkerFor.apply(article).check(doc).findings().stream()
                    .filter(f -> !f.ruleId().startsWith(LanguageToolRule.PREFIX) && f.severity() != Severity.INFO).toList();
            e.score(article, doc, expected(article, doc), findings);
        }
        return e;
    }

    /** The articles under {@code root} that have an expected-findings table, sorted. */
    public static List<Path> articles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(Evaluation::isArticle).filter(p -> Files.exists(tsvFor(p)))
                    .sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void score(Path article, Document doc, List<Expected> expected, List<Finding> findings) {
        articles++;
        if (expected.isEmpty()) {
            cleanArticles++;
            cleanFindings += findings.size();
        }
        boolean[] used = new boolean[findings.size()];
        for (Expected x : expected) {
            Score s = scores.computeIfAbsent(x.category(), k -> new Score());
            int match = -1;
            for (int i = 0; i < findings.size() && match < 0; i++) {
                Finding f = findings.get(i);
                if (!used[i] && compatible(f.category().id(), x.category()) && overlaps(f, x)) {
                    match = i;
                }
            }
            for (int i = 0; i < findings.size() && match < 0 && x.category().equals("quotes"); i++) {
                Finding f = findings.get(i);
                if (!used[i] && f.category().id().equals("quotes") && sameParagraph(doc.text(), f.start(), x.start())) {
                    match = i;
                }
            }
            for (int i = 0; i < findings.size() && match < 0; i++) {
                Finding f = findings.get(i);
                if (compatible(f.category().id(), x.category()) && firstFixTouches(f, x)) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                s.truePositives++;
            } else {
                s.falseNegatives++;
                misses.add(new Miss("missed", article, x.line(), x.column(), x.category(), x.text(), ""));
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            if (!used[i]) {
                Finding f = findings.get(i);
                scores.computeIfAbsent(f.category().id(), k -> new Score()).falsePositives++;
                var p = doc.position(f.start());
                misses.add(new Miss("false alarm", article, p.line(), p.column(), f.category().id(),
                        doc.text().substring(f.start(), f.end()), f.ruleId()));
            }
        }
    }

    private static final java.util.Set<String> MARKS = java.util.Set.of("punctuation", "spacing", "typography");

    static boolean compatible(String found, String marked) {
        return found.equals(marked) || MARKS.contains(found) && MARKS.contains(marked);
    }

    /** Whether two offsets lie in one paragraph: one line, or, in a text with blank lines, one run of lines. */
    private static boolean sameParagraph(String text, int a, int b) {
        String between = text.substring(Math.min(a, b), Math.max(a, b)).replace("\r\n", "\n");
        boolean linePerParagraph = !text.replace("\r\n", "\n").contains("\n\n");
        return linePerParagraph ? between.indexOf('\n') < 0 : !between.contains("\n\n");
    }

    /**
     * Whether the finding's first fix edits the row's span: one finding for a pair of marks ("straight quotes; use
     * « … »") fixes the closing mark an editor marks as well as the opening one it is reported at.
     */
    private static boolean firstFixTouches(Finding f, Expected x) {
        if (f.fixes().isEmpty()) {
            return false;
        }
        for (var edit : f.fixes().get(0).edits()) {
            if (edit.start() < x.end() && x.start() < Math.max(edit.end(), edit.start() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Finding f, Expected x) {
        int fEnd = Math.max(f.end(), f.start() + 1);
        return f.start() < x.end() && x.start() < fEnd;
    }

    static boolean isArticle(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html")
                || n.endsWith(".htm");
    }

    static Path tsvFor(Path article) {
        String n = article.getFileName().toString();
        return article.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.tsv");
    }

    /** The rows of the article's table, resolved to spans; lines and columns count code points. */
    static List<Expected> expected(Path article, Document doc) {
        List<Expected> rows = new ArrayList<>();
        LineMap lines = doc.lines();
        String text = doc.text();
        try {
            for (String line : Files.readAllLines(tsvFor(article), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                int l = Integer.parseInt(f[0].trim());
                int c = Integer.parseInt(f[1].trim());
                String flagged = f[3];
                int start = lines.offsetOf(l - 1, c - 1);
                int length = Math.max(1, flagged.codePointCount(0, flagged.length()));
                int end = text.offsetByCodePoints(start, Math.min(length, text.codePointCount(start, text.length())));
                rows.add(new Expected(article, l, c, f[2].trim(), flagged, start, end));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }

    /** The language pair a corpus directory stands for: {@code es-en} means Spanish into English. */
    public static String[] languagePair(Path article) {
        String[] pair = directoryPair(article);
        return pair != null ? pair : new String[] {"es", "en"};
    }

    /**
     * The source and target the nearest directory names ({@code es-en}: Spanish into English; {@code fr-clean}:
     * French with no source), or null when none does.
     */
    public static String[] directoryPair(Path article) {
        for (Path p = article.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.matches("[a-z]{2}-[a-z]{2}")) {
                String[] parts = name.split("-");
                return new String[] {parts[0], parts[1]};
            }
            if (name.matches("[a-z]{2}-clean")) {
                return new String[] {"none", name.substring(0, 2)};
            }
        }
        return null;
    }
}
