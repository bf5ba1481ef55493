package io.mtlint.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a document's bytes are interpreted: which parts are prose and are checked. XLIFF, PO and TMX are bilingual:
 * their prose is the translation of each segment, checked against the segment's source.
 */
public enum Format {
    TEXT(".txt", ".text"),
    MARKDOWN(".md", ".mdx", ".markdown", ".mdown"),
    HTML(".html", ".htm", ".xhtml"),
    XLIFF(".xlf", ".xliff", ".sdlxliff", ".mqxliff"),
    PO(".po"),
    TMX(".tmx");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name implies, or null when the extension is not one mtlint reads. */
    public static Format forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return format;
                }
            }
        }
        return null;
    }

    /** Every file-name pattern a directory walk picks up, as "*.md, *.mdx, …". */
    public static String fileNameGlobs() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "*" + e)
                .collect(Collectors.joining(", "));
    }

    /** Whether documents of this format pair each target segment with its source. */
    public boolean bilingual() {
        return this == XLIFF || this == PO || this == TMX;
    }

    public static Format fromId(String id) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(id) || "md".equalsIgnoreCase(id) && f == MARKDOWN
                    || "txt".equalsIgnoreCase(id) && f == TEXT || "htm".equalsIgnoreCase(id) && f == HTML || "xlf".equalsIgnoreCase(id) && f == XLIFF) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (valid: text, markdown, html, xliff, po, tmx)");
    }
}
