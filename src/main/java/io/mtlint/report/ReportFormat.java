package io.mtlint.report;

import io.mtlint.model.Rule;

import java.util.Collection;

/**
 * The report formats, each with how its reporter is made: the command line, the server and a Java caller pick
 * one by name instead of each keeping its own switch.
 */
public enum ReportFormat {
    TEXT("text", "compiler-style lines with the source line and fixes"),
    JSON("json", "the JSON document of docs/json-format.md"),
    SARIF("sarif", "SARIF 2.1.0, for code-scanning dashboards"),
    GITHUB("github", "GitHub Actions workflow commands (annotations)"),
    CHECKSTYLE("checkstyle", "Checkstyle XML, for Jenkins and GitLab"),
    RDJSON("rdjson", "reviewdog's rdjson");

    private final String id;
    private final String description;

    ReportFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** How the text format draws: colour, and the source line with fixes under each finding. */
    public record TextStyle(boolean color, boolean showSource) {
    }

    /** A reporter for this format; {@code rules} are the run's, for formats that describe them (SARIF). */
    public Reporter reporter(Collection<Rule> rules, TextStyle style) {
        return switch (this) {
            case TEXT -> new TextReporter(style.color(), style.showSource());
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(new RuleCatalog(rules));
            case GITHUB -> new GithubReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case RDJSON -> new RdjsonReporter();
        };
    }

    /** Whether this format is meant for people (notes and hints may accompany it). */
    public boolean forPeople() {
        return this == TEXT;
    }

    /** The format named {@code id}, or null. */
    public static ReportFormat byId(String id) {
        for (ReportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        return null;
    }
}
