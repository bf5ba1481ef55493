package io.mtlint.testing;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentLoader;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.CheckResult;
import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.ConfigException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared checkers for tests, built once per option set (building one loads the rule packs). */
public final class Checkers {
    private static final Map<String, Checker> CACHE = new ConcurrentHashMap<>();

    private Checkers() {
    }

    /** The structural checker (no LanguageTool, no Apertium) for en-US from Spanish. */
    public static Checker structural() {
        return get("en-US", "es", false);
    }

    public static Checker get(String target, String source, boolean languageTool) {
        return CACHE.computeIfAbsent(target + "|" + source + "|" + languageTool, k -> {
            CheckOptions o = CheckOptions.builder().pair(LanguagePair.of(target, source)).languageTool(languageTool)
                    .translate(false).build();
            try {
                return CheckerFactory.create(o);
            } catch (ConfigException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static CheckResult check(Checker checker, String text, Format format) {
        return checker.check(DocumentLoader.fromText("test", text, format));
    }

    /** Findings of one rule in a plain text. */
    public static List<Finding> findings(String ruleId, String text) {
        return check(structural(), text, Format.TEXT).findings().stream()
                .filter(f -> io.mtlint.model.RuleIds.selects(ruleId, f.ruleId())).toList();
    }

    /** The spans a test table expects in one cell: none when the cell is empty, else the cell itself. */
    public static List<String> spans(String cell) {
        return cell == null ? List.of() : List.of(cell);
    }

    /** As {@link #spans(String)}, for a cell that lists several, split at {@code separator} (a regular expression). */
    public static List<String> spans(String cell, String separator) {
        return cell == null ? List.of() : List.of(cell.split(separator));
    }

    /** The flagged texts of one rule in a plain text. */
    public static List<String> flagged(String ruleId, String text) {
        return findings(ruleId, text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    /**
     * The flagged texts of the rules that {@code ruleIds} select (check ids or families), in a plain text checked
     * from {@code source} into {@code target} without LanguageTool.
     */
    public static List<String> flagged(String target, String source, String text, String... ruleIds) {
        return check(get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> java.util.Arrays.stream(ruleIds).anyMatch(id -> io.mtlint.model.RuleIds.selects(id, f.ruleId())))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    /** As {@link #flagged(String, String, String, String...)}, in a Markdown document. */
    public static List<String> flaggedInMarkdown(String target, String source, String markdown, String... ruleIds) {
        return check(get(target, source, false), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> java.util.Arrays.stream(ruleIds).anyMatch(id -> io.mtlint.model.RuleIds.selects(id, f.ruleId())))
                .map(f -> markdown.substring(f.start(), f.end())).toList();
    }

    /** The family of a built-in check's id ({@code mt.spacing} for {@code mt.spacing.double-space}); others as they are. */
    public static String family(String id) {
        if (!id.startsWith("mt.")) {
            return id;
        }
        int second = id.indexOf('.', 3);
        return second < 0 ? id : id.substring(0, second);
    }
}
