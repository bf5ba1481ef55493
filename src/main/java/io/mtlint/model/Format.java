package io.mtlint.model;

import java.util.Locale;

/**
 * How a document's bytes are interpreted: which parts are prose and are checked. XLIFF, PO and TMX are bilingual:
 * their prose is the translation of each segment, checked against the segment's source.
 */
public enum Format {
    TEXT, MARKDOWN, HTML, XLIFF, PO, TMX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name implies, or null when the extension is not one mtlint reads. */
    public static Format forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".mdx") || lower.endsWith(".markdown")
                || lower.endsWith(".mdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return TEXT;
        }
        if (lower.endsWith(".xlf") || lower.endsWith(".xliff") || lower.endsWith(".sdlxliff")
                || lower.endsWith(".mqxliff")) {
            return XLIFF;
        }
        if (lower.endsWith(".po")) {
            return PO;
        }
        if (lower.endsWith(".tmx")) {
            return TMX;
        }
        return null;
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
