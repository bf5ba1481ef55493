package io.mtlint.format;

import io.mtlint.lang.Glossary;
import io.mtlint.lang.LanguageCodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a glossary: TBX (any version: {@code termEntry} or {@code conceptEntry}, {@code langSet} or
 * {@code langSec}, {@code term}), or a CSV or tab-separated list. A list whose first row names languages
 * ({@code en,fr}) maps its columns to them; otherwise its first column is the source and its second the target.
 * Alternative terms in a cell are separated by {@code |}.
 */
public final class GlossaryReader {
    private GlossaryReader() {
    }

    public static Glossary read(Path file) throws DocumentException {
        String display = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DocumentException(display, "glossary not found");
        } catch (IOException e) {
            throw new DocumentException(display, "cannot read the glossary (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tbx") || name.endsWith(".xml") ? tbx(display, text) : delimited(text);
    }

    static Glossary tbx(String path, String text) throws DocumentException {
        XmlTree tree = new XmlTree(text, XmlEvents.read(path, text));
        List<Glossary.Concept> concepts = new ArrayList<>();
        for (int i = 0; i < tree.events.size(); i++) {
            XmlEvents.Event e = tree.at(i);
            if (e.type() == XmlEvents.Type.START && (e.name().equals("termEntry") || e.name().equals("conceptEntry"))) {
                Map<String, List<String>> terms = new LinkedHashMap<>();
                collect(tree, i, null, terms);
                if (!terms.isEmpty()) {
                    concepts.add(new Glossary.Concept(terms));
                }
                i = tree.end(i);
            }
        }
        return new Glossary(concepts);
    }

    private static void collect(XmlTree tree, int element, String lang, Map<String, List<String>> terms) {
        for (int c : tree.children(element)) {
            String name = tree.name(c);
            String here = lang;
            if (name.equals("langSet") || name.equals("langSec")) {
                here = tree.attribute(c, "xml:lang");
            }
            if (name.equals("term") && here != null) {
                StringBuilder sb = new StringBuilder();
                for (int k = c + 1; k < tree.end(c); k++) {
                    if (tree.at(k).text() != null) {
                        sb.append(tree.at(k).text());
                    }
                }
                String term = sb.toString().strip();
                if (!term.isEmpty()) {
                    terms.computeIfAbsent(here.toLowerCase(Locale.ROOT).replace('_', '-'), k -> new ArrayList<>())
                            .add(term);
                }
            } else {
                collect(tree, c, here, terms);
            }
        }
    }

    static Glossary delimited(String text) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n");
        char separator = lines.length > 0 && lines[0].contains("\t") ? '\t'
                : lines.length > 0 && lines[0].contains(";") && !lines[0].contains(",") ? ';' : ',';
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(cells(line, separator));
            }
        }
        if (rows.isEmpty()) {
            return Glossary.EMPTY;
        }
        List<String> columns;
        List<String> header = rows.get(0);
        boolean named = header.size() >= 2 && header.stream().allMatch(h -> LanguageCodes.isKnown(h.strip())
                && h.strip().length() <= 10);
        if (named) {
            columns = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            rows = rows.subList(1, rows.size());
        } else {
            columns = List.of(Glossary.SOURCE, Glossary.TARGET);
        }
        List<Glossary.Concept> concepts = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(row.size(), columns.size()); i++) {
                List<String> alternatives = new ArrayList<>();
                for (String t : row.get(i).split("\\|")) {
                    if (!t.isBlank()) {
                        alternatives.add(t.strip());
                    }
                }
                if (!alternatives.isEmpty()) {
                    terms.put(columns.get(i), alternatives);
                }
            }
            if (terms.size() >= 2) {
                concepts.add(new Glossary.Concept(terms));
            }
        }
        return new Glossary(concepts);
    }

    /** One row's cells; a cell in double quotes may hold the separator, and "" is a quote. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
