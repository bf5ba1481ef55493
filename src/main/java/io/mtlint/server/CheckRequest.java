package io.mtlint.server;

import io.mtlint.format.AnnotatedTextParser;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a check as LanguageTool's HTTP API names them ({@code text} or {@code data}, {@code language},
 * {@code motherTongue}, {@code preferredVariants}, the rule and category selection, {@code level}), plus
 * mtlint's {@code mtlintSource} (the language the text was translated from) and, for the editors' page,
 * {@code format}. Parameters LanguageTool's clients send that do not change a check (user names, session ids)
 * are ignored, as LanguageTool's own server does.
 */
record CheckRequest(Document document, String language, List<String> preferredVariants, String motherTongue,
                    String source, RuleSelection selection, boolean picky) {
    static final String AUTO = "auto";
    /** LanguageTool's levels; only "picky" adds rules, the others are its premium levels and check as the default. */
    private static final List<String> LEVELS = List.of("default", "picky", "academic", "clarity", "professional",
            "creative", "customer", "jobapp", "objective", "elegant");

    /**
     * Reads a request; {@code defaultLanguage} stands in for a missing {@code language} (the page's API), or null
     * when it is required (LanguageTool's API).
     */
    static CheckRequest parse(Map<String, String> p, String defaultLanguage) throws ApiException {
        String text = p.get("text");
        String data = p.get("data");
        if (text == null && data == null) {
            throw ApiException.badRequest("Missing 'text' or 'data' parameter");
        }
        if (text != null && data != null) {
            throw ApiException.badRequest("Set only 'text' or 'data' parameter, not both");
        }
        String language = blankToNull(p.get("language"));
        if (language == null) {
            language = defaultLanguage;
        }
        if (language == null) {
            throw ApiException.badRequest("Missing 'language' parameter, e.g. 'language=en-US' for American English "
                    + "or 'language=fr' for French");
        }
        Document document;
        try {
            document = data != null ? AnnotatedTextParser.parse("data", data)
                    : DocumentLoader.fromText("text", text, format(p.get("format")));
        } catch (DocumentException e) {
            throw ApiException.badRequest("Could not parse JSON from 'data' parameter: " + e.getMessage());
        }
        String level = p.getOrDefault("level", "default").trim().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw ApiException.badRequest("Unknown value '" + p.get("level") + "' for parameter 'level'. Valid values: "
                    + String.join(", ", LEVELS));
        }
        RuleSelection selection = new RuleSelection(list(p.get("enabledRules")), list(p.get("disabledRules")),
                list(p.get("enabledCategories")), list(p.get("disabledCategories")),
                bool(p.get("enabledOnly"), "enabledOnly"));
        if (selection.enabledOnly() && selection.enabledRules().isEmpty() && selection.enabledCategories().isEmpty()) {
            throw ApiException.badRequest("You must specify enabled rules or categories when using enabledOnly=true");
        }
        return new CheckRequest(document, language.trim(), List.copyOf(list(p.get("preferredVariants"))),
                blankToNull(p.get("motherTongue")), blankToNull(p.get("mtlintSource")), selection,
                level.equals("picky"));
    }

    private static Format format(String id) throws ApiException {
        if (id == null || id.isBlank()) {
            return Format.TEXT;
        }
        try {
            return Format.fromId(id.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Unknown value '" + id + "' for parameter 'format'. Valid values: text, markdown, html");
        }
    }

    private static boolean bool(String value, String name) throws ApiException {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("Unknown value '" + value + "' for parameter '" + name
                    + "'. Valid values: true, false");
        };
    }

    private static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
