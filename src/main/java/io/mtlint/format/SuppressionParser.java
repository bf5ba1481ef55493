package io.mtlint.format;

import io.mtlint.model.LineMap;
import io.mtlint.model.Suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inline suppression comments: {@code <!-- mtlint-disable [RULE…] -->} up to the matching
 * {@code <!-- mtlint-enable [RULE…] -->} (or the end of the file), and {@code <!-- mtlint-disable-next-line [RULE…] -->}.
 */
final class SuppressionParser {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*mtlint-(disable-next-line|disable|enable)((?:\\s+[\\w.*:-]+(?:\\s*,\\s*[\\w.*:-]+)*)?)\\s*-->");
    private static final String ALL = "*";

    private SuppressionParser() {
    }

    /** The directives in {@code htmlRanges}, the document ranges CommonMark read as HTML. */
    static List<Suppression> parse(String text, List<int[]> htmlRanges) {
        LineMap lines = new LineMap(text);
        List<Suppression> result = new ArrayList<>();
        Map<String, int[]> open = new HashMap<>();
        for (int[] range : htmlRanges) {
            int from = range[0];
            Matcher m = DIRECTIVE.matcher(text.substring(from, range[1]));
            while (m.find()) {
                int start = from + m.start();
                int end = from + m.end();
                Set<String> rules = parseRules(m.group(2));
                switch (m.group(1)) {
                    case "disable-next-line" -> {
                        int next = lines.lineIndex(end) + 1;
                        if (next < lines.lineCount()) {
                            result.add(new Suppression(start, end, lines.lineStart(next),
                                    lines.lineContentEnd(next) + 1, rules));
                        }
                    }
                    case "disable" -> {
                        for (String r : rules.isEmpty() ? Set.of(ALL) : rules) {
                            open.putIfAbsent(r, new int[] {start, end});
                        }
                    }
                    default -> close(open, rules, start, result);
                }
            }
        }
        close(open, Set.of(), text.length() + 1, result);
        return result;
    }

    private static void close(Map<String, int[]> open, Set<String> rules, int at, List<Suppression> out) {
        Set<String> keys = rules.isEmpty() ? new HashSet<>(open.keySet()) : rules;
        for (String r : keys) {
            int[] directive = open.remove(r);
            if (directive != null) {
                out.add(new Suppression(directive[0], directive[1], directive[1], at,
                        ALL.equals(r) ? Set.of() : Set.of(r)));
            }
        }
    }

    private static Set<String> parseRules(String list) {
        Set<String> rules = new LinkedHashSet<>();
        for (String r : list.trim().split("[\\s,]+")) {
            if (!r.isEmpty()) {
                rules.add(r);
            }
        }
        return rules;
    }
}
