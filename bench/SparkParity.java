import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares mtlint check's JSON report with mtlint-spark's findings/ (JSON Lines): rule, line and column of every
 * finding, per file. Prints one line; exits 1 when they differ.
 *
 *   java -cp target/mtlint.jar bench/SparkParity.java REPORT.json SPARK-OUTPUT-DIR
 */
public class SparkParity {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> check = new TreeMap<>();
        for (JsonNode file : json.readTree(Path.of(args[0]).toFile()).get("files")) {
            for (JsonNode f : file.get("findings")) {
                check.computeIfAbsent(file.get("path").asText(), p -> new ArrayList<>()).add(key(f));
            }
        }
        Map<String, List<String>> spark = new TreeMap<>();
        try (Stream<Path> parts = Files.list(Path.of(args[1], "findings"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    JsonNode f = json.readTree(line);
                    spark.computeIfAbsent(f.get("path").asText(), p -> new ArrayList<>()).add(key(f));
                }
            }
        }
        check.values().forEach(l -> l.sort(null));
        spark.values().forEach(l -> l.sort(null));
        long findings = check.values().stream().mapToLong(List::size).sum();
        List<String> differing = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(List.copyOf(check.keySet()))) {
            if (!check.get(path).equals(spark.get(path))) {
                differing.add(path);
            }
        }
        spark.keySet().stream().filter(p -> !check.containsKey(p)).forEach(differing::add);
        if (differing.isEmpty()) {
            System.out.println("identical: " + findings + " findings in " + check.size() + " files (rule, line, column)");
        } else {
            System.out.println("DIFFERENT in " + differing.size() + " files, e.g. " + differing.get(0) + ": check "
                    + check.get(differing.get(0)) + " spark " + spark.get(differing.get(0)));
            System.exit(1);
        }
    }

    private static String key(JsonNode f) {
        return f.get("rule").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt();
    }
}
