package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.LineMap;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Segment;
import io.mtlint.model.TargetEditing;
import io.mtlint.text.Placeholders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a gettext PO file: each message's {@code msgstr} (each plural form's {@code msgstr[n]}) is a segment whose
 * source is its {@code msgid} (its {@code msgid_plural} for the plural forms). The header and obsolete
 * ({@code #~}) messages are skipped. A message flagged as a format ({@code c-format}, {@code python-format}, …)
 * has every printf conversion read as a placeholder. The target language is the header's {@code Language}; the
 * source is English, as gettext's conventions have it, unless an {@code X-Source-Language} header says otherwise.
 */
final class PoParser {
    /** One string literal: the document range of its content, between the quotes. */
    private record Literal(int start, int end) {
    }

    /** A keyword ({@code msgid}, {@code msgstr[1]}, …) with its strings and where its line starts. */
    private record Field(String keyword, int lineStart, List<Literal> literals) {
        int end() {
            return literals.get(literals.size() - 1).end() + 1;
        }
    }

    private static final class Entry {
        final Map<String, Field> fields = new LinkedHashMap<>();
        final List<String> flags = new ArrayList<>();
        int start = -1;
        boolean obsolete;

        boolean hasTranslation() {
            return fields.keySet().stream().anyMatch(k -> k.startsWith("msgstr"));
        }
    }

    private static final int MAX_ID = 80;

    private final String path;
    private final String text;
    private final LineMap lines;

    private PoParser(String path, String text) {
        this.path = path;
        this.text = text;
        this.lines = new LineMap(text);
    }

    static Document.Structure parse(String path, String text) throws DocumentException {
        return new PoParser(path, text).parse();
    }

    private Document.Structure parse() throws DocumentException {
        List<Entry> entries = entries();
        String sourceLanguage = "en";
        String targetLanguage = null;
        List<Segment> segments = new ArrayList<>();
        List<ProseBlock> blocks = new ArrayList<>();
        for (Entry e : entries) {
            Field msgid = e.fields.get("msgid");
            if (e.obsolete || msgid == null || !e.hasTranslation()) {
                continue;
            }
            if (decode(msgid).isEmpty() && !e.fields.containsKey("msgctxt")) {
                Map<String, String> header = header(decode(e.fields.getOrDefault("msgstr", msgid)));
                targetLanguage = language(header.get("language"));
                if (header.get("x-source-language") != null) {
                    sourceLanguage = language(header.get("x-source-language"));
                }
                continue;
            }
            addSegments(e, segments, blocks);
        }
        if (targetLanguage == null) {
            targetLanguage = FileNameLanguage.of(path);
        }
        return new Document.Structure(blocks, List.of(), segments, sourceLanguage, targetLanguage);
    }

    private void addSegments(Entry e, List<Segment> segments, List<ProseBlock> blocks) {
        Placeholders.Printf printf = e.flags.stream().anyMatch(f -> f.endsWith("-format") && !f.startsWith("no-"))
                ? Placeholders.Printf.FORMAT : Placeholders.Printf.TEXT;
        Field msgid = e.fields.get("msgid");
        Field plural = e.fields.get("msgid_plural");
        Field context = e.fields.get("msgctxt");
        String baseId = ((context == null ? "" : decode(context) + "|") + decode(msgid)).replace("\n", "\\n");
        if (baseId.codePointCount(0, baseId.length()) > MAX_ID) {
            baseId = baseId.substring(0, baseId.offsetByCodePoints(0, MAX_ID - 1)) + "\u2026";
        }
        List<Field> translations = e.fields.values().stream().filter(f -> f.keyword().startsWith("msgstr")).toList();
        for (int n = 0; n < translations.size(); n++) {
            Field msgstr = translations.get(n);
            Field source = n > 0 && plural != null ? plural : msgid;
            SideBuilder.Side src = side(source, printf);
            if (src.isEmpty()) {
                continue;
            }
            SideBuilder.Side tgt = side(msgstr, printf);
            Literal first = msgstr.literals().get(0);
            Literal last = msgstr.literals().get(msgstr.literals().size() - 1);
            TargetEditing editing = new TargetEditing(first.start(), last.end(), TargetEditing.Escaping.PO,
                    tgt.locked(), List.of());
            int anchorStart = tgt.isEmpty() ? first.start() : tgt.block().docStart();
            int anchorEnd = tgt.isEmpty() ? first.start() : tgt.block().docEnd();
            int start = n == 0 ? e.start : msgstr.lineStart();
            int end = n + 1 < translations.size() ? translations.get(n + 1).lineStart() : msgstr.end();
            String id = translations.size() > 1 || plural != null ? baseId + "[" + n + "]" : baseId;
            segments.add(new Segment(id, src.block(), tgt.block(), src.codes(), tgt.codes(), start, end, anchorStart,
                    anchorEnd, editing));
            if (!tgt.isEmpty()) {
                blocks.add(tgt.block());
            }
        }
    }

    /** A field's strings as one side: escapes decoded, the quotes and line breaks between strings hidden. */
    private SideBuilder.Side side(Field field, Placeholders.Printf printf) {
        SideBuilder side = new SideBuilder(text, printf);
        Literal previous = null;
        for (Literal l : field.literals()) {
            if (previous != null) {
                side.hidden(previous.end(), l.start());
            }
            int run = l.start();
            for (int i = l.start(); i < l.end(); i++) {
                if (text.charAt(i) == '\\' && i + 1 < l.end()) {
                    side.text(run, i);
                    int width = escapeWidth(i);
                    side.escape(i, i + width, unescape(text.substring(i, i + width)));
                    i += width - 1;
                    run = i + 1;
                }
            }
            side.text(run, l.end());
            previous = l;
        }
        return side.build();
    }

    private int escapeWidth(int backslash) {
        char c = text.charAt(backslash + 1);
        int w = 2;
        if (c >= '0' && c <= '7') {
            while (w < 4 && backslash + w < text.length() && text.charAt(backslash + w) >= '0'
                    && text.charAt(backslash + w) <= '7') {
                w++;
            }
        } else if (c == 'x') {
            while (backslash + w < text.length() && Character.digit(text.charAt(backslash + w), 16) >= 0 && w < 4) {
                w++;
            }
        }
        return w;
    }

    private static String unescape(String escape) {
        char c = escape.charAt(1);
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'v' -> "\u000b";
            case 'x' -> escape.length() > 2 ? String.valueOf((char) Integer.parseInt(escape.substring(2), 16)) : "x";
            default -> c >= '0' && c <= '7' ? String.valueOf((char) Integer.parseInt(escape.substring(1), 8))
                    : String.valueOf(c);
        };
    }

    private String decode(Field field) {
        StringBuilder sb = new StringBuilder();
        for (Literal l : field.literals()) {
            for (int i = l.start(); i < l.end(); i++) {
                if (text.charAt(i) == '\\' && i + 1 < l.end()) {
                    int w = escapeWidth(i);
                    sb.append(unescape(text.substring(i, i + w)));
                    i += w - 1;
                } else {
                    sb.append(text.charAt(i));
                }
            }
        }
        return sb.toString();
    }

    private List<Entry> entries() throws DocumentException {
        List<Entry> entries = new ArrayList<>();
        Entry entry = new Entry();
        Field field = null;
        for (int line = 0; line < lines.lineCount(); line++) {
            int lineStart = lines.lineStart(line);
            int end = lines.lineContentEnd(line);
            int at = lineStart;
            while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at == end) {
                entry = close(entry, entries);
                field = null;
                continue;
            }
            boolean obsolete = text.startsWith("#~", at);
            if (obsolete) {
                at += 2;
                while (at < end && text.charAt(at) == ' ') {
                    at++;
                }
            }
            char c = at < end ? text.charAt(at) : '#';
            if (c == '#' || obsolete && c != '"' && !text.startsWith("msg", at)) {
                if (entry.hasTranslation()) {
                    entry = close(entry, entries);
                }
                if (text.startsWith("#,", at)) {
                    for (String flag : text.substring(at + 2, end).split(",")) {
                        entry.flags.add(flag.trim());
                    }
                }
                if (entry.start < 0) {
                    entry.start = lineStart;
                }
                field = null;
                continue;
            }
            if (c == '"') {
                if (field == null) {
                    throw new DocumentException(path, "line " + (line + 1) + ": a string that follows no keyword");
                }
                field.literals().add(literal(at, end, line));
                continue;
            }
            int k = at;
            while (k < end && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            String keyword = text.substring(at, k);
            if (!keyword.equals("msgctxt") && !keyword.equals("msgid") && !keyword.equals("msgid_plural")
                    && !keyword.matches("msgstr(\\[\\d+])?")) {
                throw new DocumentException(path, "line " + (line + 1) + ": unexpected \u201c" + keyword
                        + "\u201d (not a PO keyword)");
            }
            if ((keyword.equals("msgid") || keyword.equals("msgctxt")) && entry.hasTranslation()) {
                entry = close(entry, entries);
            }
            if (entry.start < 0) {
                entry.start = lineStart;
            }
            entry.obsolete |= obsolete;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= end || text.charAt(k) != '"') {
                throw new DocumentException(path, "line " + (line + 1) + ": " + keyword + " without a string");
            }
            if (entry.fields.containsKey(keyword)) {
                throw new DocumentException(path, "line " + (line + 1) + ": a second " + keyword + " in one entry");
            }
            field = new Field(keyword, lineStart, new ArrayList<>());
            field.literals().add(literal(k, end, line));
            entry.fields.put(keyword, field);
        }
        close(entry, entries);
        return entries;
    }

    private static Entry close(Entry entry, List<Entry> entries) {
        if (!entry.fields.isEmpty()) {
            entries.add(entry);
            return new Entry();
        }
        return entry;
    }

    /** The string literal that opens at {@code quote}; nothing but a comment may follow it on the line. */
    private Literal literal(int quote, int lineEnd, int line) throws DocumentException {
        int i = quote + 1;
        while (i < lineEnd && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= lineEnd) {
            throw new DocumentException(path, "line " + (line + 1) + ": unterminated string");
        }
        return new Literal(quote + 1, i);
    }

    private static Map<String, String> header(String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : header.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    /** A gettext locale ({@code pt_BR}, {@code sr@latin}) as a language tag, or null when empty. */
    static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        int at = v.indexOf('@');
        if (at >= 0) {
            v = v.substring(0, at);
        }
        int dot = v.indexOf('.');
        if (dot >= 0) {
            v = v.substring(0, dot);
        }
        return v.replace('_', '-');
    }

    /** Sniffs the charset a PO header declares, from bytes read as ASCII; null when none is declared. */
    static String declaredCharset(String asciiPrefix) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=([A-Za-z0-9_.:-]+)").matcher(asciiPrefix);
        return m.find() ? m.group(1) : null;
    }
}
