package io.mtlint.config;

import io.mtlint.model.Category;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code .mtlint.yaml}: languages, file globs, rule and category selection, severity overrides, extra
 * rule directories (relative to the file), accepted words and LanguageTool rules. Unknown keys and bad values are
 * errors that name the file, the line and the valid choices.
 */
public final class ConfigFile {
    public static final String NAME = ".mtlint.yaml";
    private static final List<String> KEYS = List.of("target", "lang", "source", "input-format", "include", "exclude",
            "gitignore", "rules", "categories", "severity", "rule-directories", "accept", "languagetool", "glossary", "layout");
    private static final List<String> LAYOUT_KEYS = List.of("enabled", "patterns");
    private static final List<String> SELECTION_KEYS = List.of("enable", "disable", "only");
    private static final List<String> LANGUAGETOOL_KEYS = List.of("enabled", "enable", "disable");

    private ConfigFile() {
    }

    /** The nearest configuration file at or above {@code start} (a file or directory), or null. */
    public static Path discover(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code base} with the file's settings applied on top. */
    public static CheckOptions apply(Path file, CheckOptions base) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(file + ": cannot read configuration: not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read configuration: " + e.getMessage());
        }
        try {
            return apply(YamlNode.parse(text, file.toString()), file.toAbsolutePath().getParent(), base);
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The node's globs, each one checked, so that a bad one is reported at its line. */
    private static List<String> globs(YamlNode node) throws YamlException {
        List<String> globs = node.strings();
        for (String g : globs) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw node.error("not a valid glob: \"" + g + "\" (" + e.getDescription() + ")");
            }
        }
        return globs;
    }

    private static CheckOptions apply(YamlNode root, Path dir, CheckOptions base) throws YamlException {
        CheckOptions.Builder o = base.toBuilder();
        Map<String, YamlNode> c = root.entries(KEYS);
        if (c.containsKey("target") && c.containsKey("lang")) {
            throw c.get("lang").error("'lang' is another name for 'target'; keep one");
        }
        // 'lang' is the key's older name.
        YamlNode target = c.containsKey("target") ? c.get("target") : c.get("lang");
        if (target != null) {
            o.target(target.string().trim());
            o.origins().put(CheckOptions.LANG, target.where());
        }
        if (c.containsKey("source")) {
            o.source(c.get("source").string().trim());
            o.origins().put(CheckOptions.SOURCE, c.get("source").where());
        }
        if (c.containsKey("input-format")) {
            try {
                o.format(Format.fromId(c.get("input-format").string().trim()));
            } catch (IllegalArgumentException e) {
                throw c.get("input-format").error(e.getMessage());
            }
        }
        if (c.containsKey("include")) {
            o.include().addAll(globs(c.get("include")));
        }
        if (c.containsKey("exclude")) {
            o.exclude().addAll(globs(c.get("exclude")));
        }
        if (c.containsKey("gitignore")) {
            o.gitIgnore(c.get("gitignore").bool());
        }
        if (c.containsKey("rules")) {
            Map<String, YamlNode> r = c.get("rules").entries(SELECTION_KEYS);
            if (r.containsKey("disable")) {
                o.disabledRules().addAll(ruleIds(r.get("disable"), o));
            }
            if (r.containsKey("only")) {
                o.onlyRules().addAll(ruleIds(r.get("only"), o));
            }
            if (r.containsKey("enable")) {
                List<String> enabled = ruleIds(r.get("enable"), o);
                o.enabledRules().addAll(enabled);
                o.disabledRules().removeAll(enabled);
            }
        }
        if (c.containsKey("categories")) {
            Map<String, YamlNode> r = c.get("categories").entries(SELECTION_KEYS);
            for (String key : SELECTION_KEYS) {
                if (!r.containsKey(key)) {
                    continue;
                }
                for (YamlNode item : list(r.get(key))) {
                    String id = category(item);
                    switch (key) {
                        case "disable" -> o.disabledCategories().add(id);
                        case "only" -> o.onlyCategories().add(id);
                        default -> o.disabledCategories().remove(id);
                    }
                }
            }
        }
        if (c.containsKey("severity")) {
            for (Map.Entry<String, YamlNode> e : c.get("severity").entries().entrySet()) {
                try {
                    o.origins().put(CheckOptions.rule(e.getKey()), e.getValue().where());
                    o.severityOverrides().put(e.getKey(), Severity.fromId(e.getValue().string()));
                } catch (IllegalArgumentException ex) {
                    throw e.getValue().error(ex.getMessage());
                }
            }
        }
        if (c.containsKey("rule-directories")) {
            for (String d : c.get("rule-directories").strings()) {
                o.ruleDirectories().add(dir.resolve(d).normalize());
            }
        }
        if (c.containsKey("glossary")) {
            for (String g : c.get("glossary").strings()) {
                o.glossaries().add(dir.resolve(g).normalize());
            }
        }
        if (c.containsKey("layout")) {
            layout(c.get("layout"), o);
        }
        if (c.containsKey("accept")) {
            o.acceptedWords().addAll(c.get("accept").strings());
        }
        if (c.containsKey("languagetool")) {
            Map<String, YamlNode> lt = c.get("languagetool").entries(LANGUAGETOOL_KEYS);
            if (lt.containsKey("enabled")) {
                o.languageTool(lt.get("enabled").bool());
            }
            if (lt.containsKey("enable")) {
                o.languageToolEnabled().addAll(lt.get("enable").strings());
            }
            if (lt.containsKey("disable")) {
                o.languageToolDisabled().addAll(lt.get("disable").strings());
            }
        }
        return o.build();
    }

    /** The rule ids of a list (or a single id), each remembered with where it was written. */
    private static List<String> ruleIds(YamlNode node, CheckOptions.Builder o) throws YamlException {
        List<String> ids = new java.util.ArrayList<>();
        for (YamlNode item : list(node)) {
            String id = item.string().trim();
            ids.add(id);
            o.origins().put(CheckOptions.rule(id), item.where());
        }
        return ids;
    }

    /** {@code layout: false}, or {@code layout: {enabled: …, patterns: [translations/{lang}/**]}}. */
    private static void layout(YamlNode node, CheckOptions.Builder o) throws YamlException {
        if (node.isScalar()) {
            o.layout(node.bool());
            return;
        }
        Map<String, YamlNode> l = node.entries(LAYOUT_KEYS);
        if (l.containsKey("enabled")) {
            o.layout(l.get("enabled").bool());
        }
        if (l.containsKey("patterns")) {
            List<String> patterns = l.get("patterns").strings();
            String bad = io.mtlint.format.PathLanguage.badPattern(patterns);
            if (bad != null) {
                throw l.get("patterns").error("layout pattern \"" + bad + "\" needs exactly one {lang}");
            }
            o.layoutPatterns().addAll(patterns);
        }
    }

    private static List<YamlNode> list(YamlNode node) throws YamlException {
        return node.isSequence() ? node.items() : List.of(node);
    }

    private static String category(YamlNode node) throws YamlException {
        try {
            return Category.fromId(node.string()).id();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** The commented starter file {@code mtlint init} writes. */
    public static String starter() {
        return """
                # mtlint configuration. mtlint uses the nearest .mtlint.yaml above each checked file;
                # command-line options override it. Run `mtlint rules list` for rule ids.

                # Target language of the articles and the language they were translated from: a code such as es,
                # 'auto' to detect it per article from its leftovers, 'none' if unknown.
                target: en-US
                source: auto

                # Which files `mtlint check DIR` reads (globs, relative to the directory checked). Without
                # 'include', every format mtlint reads: %s.
                # include: ["**/*.md", "**/*.txt"]
                exclude: ["node_modules/**", "vendor/**"]

                # Switch rules or whole categories off (ids may end in *, e.g. es-en.*).
                rules:
                  disable: []
                categories:
                  disable: []      # e.g. [calque]

                # Re-grade a rule or a category: error, warning or info.
                severity:
                  calque: warning

                # Your own rule packs (see rules/README.md), relative to this file.
                rule-directories: []

                # Words never to flag as misspelt or untranslated: names, brands, house terms.
                accept: []

                # LanguageTool's grammar and spelling layer.
                languagetool:
                  enabled: true
                  disable: []      # LanguageTool rule ids, e.g. [EN_QUOTES]
                """.formatted(io.mtlint.model.Format.fileNameGlobs());
    }
}
