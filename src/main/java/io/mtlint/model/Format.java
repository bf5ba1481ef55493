package io.mtlint.model;

import java.util.Locale;

/** How a document's bytes are interpreted: which parts are prose and are checked. */
public enum Format {
    TEXT, MARKDOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name implies, or null when the extension is not one mtlint reads. */
    public static Format forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return TEXT;
        }
        return null;
    }

    public static Format fromId(String id) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(id) || "md".equalsIgnoreCase(id) && f == MARKDOWN
                    || "txt".equalsIgnoreCase(id) && f == TEXT) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (valid: text, markdown)");
    }
}
