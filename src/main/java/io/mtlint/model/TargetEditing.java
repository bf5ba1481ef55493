package io.mtlint.model;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * Where and how a segment's translation may be changed in place: the document range of its text, the ranges
 * inside it that no edit may touch (inline codes, the quotes between the strings of a PO entry), ranges written
 * literally (CDATA sections), and how a replacement is escaped for the format.
 */
public record TargetEditing(int start, int end, Escaping escaping, List<int[]> locked, List<int[]> literal) {
    /** How prose is written in the format's text. */
    public enum Escaping {
        /** XML character data: {@code & < >} as entities, characters the encoding lacks as references. */
        XML,
        /** A gettext string literal: backslash escapes for quotes, backslashes, line breaks and tabs. */
        PO,
        /** Plain text of one line: written as is, without line breaks. */
        LINE,
        /**
         * HTML text or attribute value: {@code & < "} as references, characters the encoding lacks as numeric
         * references.
         */
        HTML
    }

    public TargetEditing {
        locked = List.copyOf(locked);
        literal = List.copyOf(literal);
    }

    /**
     * The edit as it must be written, or null when it would change anything but this translation's text: it
     * must lie inside the text, touch no locked range and split no escape sequence ({@code unsplittable}: the
     * document ranges that read as one character or as nothing, such as {@code &amp;}).
     */
    public TextEdit writable(TextEdit edit, List<int[]> unsplittable, Charset charset) {
        if (edit.start() < start || edit.end() > end) {
            return null;
        }
        for (int[] r : locked) {
            if (edit.start() < r[1] && r[0] < edit.end() || edit.start() > r[0] && edit.start() < r[1]) {
                return null;
            }
        }
        for (int[] r : unsplittable) {
            if (inside(edit.start(), r) || inside(edit.end(), r)) {
                return null;
            }
        }
        boolean literally = literal.stream().anyMatch(r -> edit.start() >= r[0] && edit.end() <= r[1]);
        String written = literally ? literalText(edit.replacement(), charset) : escape(edit.replacement(), charset);
        if (written == null) {
            return null;
        }
        return written.equals(edit.replacement()) ? edit : new TextEdit(edit.start(), edit.end(), written);
    }

    private static boolean inside(int offset, int[] range) {
        return offset > range[0] && offset < range[1];
    }

    /** Inside a CDATA section nothing is escaped, so its terminator and characters the encoding lacks cannot be written. */
    private static String literalText(String replacement, Charset charset) {
        return replacement.contains("]]>") || !charset.newEncoder().canEncode(replacement) ? null : replacement;
    }

    /** The reference a markup character is written as in this format's text, or null when it is written as is. */
    private String markupReference(int cp) {
        return switch (cp) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> escaping == Escaping.XML ? "&gt;" : null;
            case '"' -> escaping == Escaping.HTML ? "&quot;" : null;
            default -> null;
        };
    }

    private String escape(String replacement, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(replacement.length() + 8);
        for (int i = 0; i < replacement.length(); ) {
            int cp = replacement.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            switch (escaping) {
                case XML, HTML -> {
                    String reference = markupReference(cp);
                    if (reference != null) {
                        out.append(reference);
                    } else if (escaping == Escaping.XML && (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                            || cp == 0xFFFE || cp == 0xFFFF)) {
                        return null; // not a character XML 1.0 allows
                    } else if (!encoder.canEncode(ch)) {
                        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        out.append(ch);
                    }
                }
                case PO -> {
                    switch (cp) {
                        case '\\' -> out.append("\\\\");
                        case '"' -> out.append("\\\"");
                        case '\n' -> out.append("\\n");
                        case '\t' -> out.append("\\t");
                        case '\r' -> out.append("\\r");
                        default -> {
                            if (!encoder.canEncode(ch)) {
                                return null;
                            }
                            out.append(ch);
                        }
                    }
                }
                case LINE -> {
                    if (cp == '\n' || cp == '\r' || !encoder.canEncode(ch)) {
                        return null;
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
