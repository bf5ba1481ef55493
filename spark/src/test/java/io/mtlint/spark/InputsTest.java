package io.mtlint.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How inputs are named, typed and split into tasks. */
class InputsTest {
    @TempDir
    java.nio.file.Path tmp;

    @Test
    void pathsAreShownAsMtlintCheckShowsThem() {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        Path file = new Path("file:" + here.resolve("test-corpus/es-en/a.md"));
        assertEquals("test-corpus/es-en/a.md", FileInputs.display("test-corpus", file));
        assertEquals(here.resolve("test-corpus/es-en/a.md").toString(), FileInputs.display(here + "/test-corpus", file));
        assertEquals("hdfs://nn:8020/news/a.md", FileInputs.display("hdfs://nn:8020/news", new Path("hdfs://nn:8020/news/a.md")));
    }

    @Test
    void typesComeFromNames() throws Exception {
        Configuration hadoop = new Configuration();
        assertEquals(InputType.jsonl, InputType.detect(List.of("a.jsonl", "b.ndjson.gz"), hadoop));
        assertEquals(InputType.parquet, InputType.detect(List.of("x/part.parquet"), hadoop));
        assertEquals(InputType.files, InputType.detect(List.of("test-corpus"), hadoop));
        java.nio.file.Path parts = tmp.resolve("parts");
        Files.createDirectories(parts);
        Files.writeString(parts.resolve("part-00000.json"), "{}\n");
        Files.writeString(parts.resolve("_SUCCESS"), "");
        assertEquals(InputType.jsonl, InputType.detect(List.of(parts.toString()), hadoop));
        assertThrows(UsageException.class, () -> InputType.detect(List.of("a.jsonl", "b.md"), hadoop));
    }

    @Test
    void slicesHoldAboutTheSameNumberOfBytes() {
        List<InputFile> files = new ArrayList<>();
        java.util.Random random = new java.util.Random(32);
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            long length = 100 + random.nextInt(10_000);
            total += length;
            files.add(new InputFile("f" + i, "f" + i, "f" + i, length, 0, "f" + i));
        }
        List<List<InputFile>> slices = FileJob.slices(files, 8);
        assertTrue(slices.size() >= 8 && slices.size() <= 9, String.valueOf(slices.size()));
        assertEquals(files, slices.stream().flatMap(List::stream).toList());
        long share = (total + 7) / 8;
        for (int i = 0; i < slices.size(); i++) {
            long bytes = slices.get(i).stream().mapToLong(InputFile::length).sum();
            boolean last = i == slices.size() - 1;
            assertTrue((last || bytes >= share) && bytes < share + 10_100, i + ": " + bytes + " of " + share);
        }
    }
}
