package io.mtlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Findings by document, as comparable strings: from mtlint's JSON report, or from mtlint-spark's JSON Lines. */
final class Findings {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("rule", "category", "severity", "message", "line", "column",
            "endLine", "endColumn", "offset", "length", "text", "fixes");

    private Findings() {
    }

    static Map<String, List<String>> ofReport(String report) throws IOException {
        Map<String, List<String>> byPath = new TreeMap<>();
        for (JsonNode file : JSON.readTree(report).get("files")) {
            for (JsonNode finding : file.get("findings")) {
                byPath.computeIfAbsent(file.get("path").asText(), p -> new ArrayList<>()).add(describe(finding));
            }
        }
        byPath.values().forEach(list -> list.sort(null));
        return byPath;
    }

    /** The rows of a JSON Lines directory written by Spark. */
    static List<JsonNode> rows(Path directory) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(directory)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    if (!line.isBlank()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }

    static Map<String, List<String>> ofOutput(Path output, String key) throws IOException {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (JsonNode row : rows(output.resolve("findings"))) {
            byKey.computeIfAbsent(row.get(key).asText(), p -> new ArrayList<>()).add(describe(row));
        }
        byKey.values().forEach(list -> list.sort(null));
        return byKey;
    }

    static String describe(JsonNode finding) {
        StringBuilder s = new StringBuilder();
        for (String field : FIELDS) {
            s.append(field).append('=').append(finding.get(field)).append(' ');
        }
        return s.toString();
    }

    static JsonNode summary(Path output) throws IOException {
        return JSON.readTree(output.resolve("summary.json").toFile());
    }
}
