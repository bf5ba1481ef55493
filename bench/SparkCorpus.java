import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The records bench/spark checks: N stories of one to three paragraphs taken from the corpus's Spanish-to-English
 * articles, each made unique by its title, written once as JSON Lines ({"id", "text"}) and once as one text file
 * per story (1,000 to a directory) for mtlint check to read the same texts.
 *
 *   java -cp target/mtlint.jar bench/SparkCorpus.java N OUT.jsonl FILES-DIR
 */
public class SparkCorpus {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path jsonl = Path.of(args[1]);
        Path files = Path.of(args[2]);
        List<String> paragraphs = new ArrayList<>();
        try (var articles = Files.list(Path.of("test-corpus/es-en"))) {
            for (Path article : articles.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(article)) {
                    if (line.length() > 200) {
                        paragraphs.add(line);
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int n = 1; n <= count; n++) {
                StringBuilder text = new StringBuilder("Story " + n + "\n\n");
                text.append(paragraphs.get(n % paragraphs.size())).append("\n");
                if (n % 3 == 0) {
                    text.append("\n").append(paragraphs.get((n * 7) % paragraphs.size())).append("\n");
                }
                if (n % 5 == 0) {
                    text.append("\n").append(paragraphs.get((n * 13) % paragraphs.size())).append("\n");
                }
                String story = text.toString();
                bytes += story.getBytes(StandardCharsets.UTF_8).length;
                out.write(json.writeValueAsString(Map.of("id", n, "text", story)));
                out.write('\n');
                Path file = files.resolve(String.format("%03d/story-%06d.txt", (n - 1) / 1000, n));
                if (n % 1000 == 1) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, story);
            }
        }
        System.out.println(count + " stories, " + bytes + " bytes of text, " + paragraphs.size() + " source paragraphs");
    }
}
