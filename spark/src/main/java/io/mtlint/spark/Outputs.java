package io.mtlint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output directory: {@code findings/}, {@code errors/}, {@code fixed/} and {@code summary.json}. */
final class Outputs {
    enum Format { jsonl, parquet }

    private final Path root;
    private final FileSystem fs;
    private final Format format;

    private Outputs(Path root, FileSystem fs, Format format) {
        this.root = root;
        this.fs = fs;
        this.format = format;
    }

    /** Prepares {@code directory}: refuses an existing one unless asked to replace it, and one holding an input. */
    static Outputs prepare(String directory, Format format, boolean overwrite, List<String> inputs,
                           Configuration hadoop) throws IOException, UsageException {
        Path root = new Path(directory);
        FileSystem fs = root.getFileSystem(hadoop);
        root = fs.makeQualified(root);
        for (String input : inputs) {
            Path in = new Path(input);
            Path qualified = in.getFileSystem(hadoop).makeQualified(in);
            if (isWithin(qualified, root)) {
                throw new UsageException(directory + ": the output directory holds the input " + input);
            }
        }
        if (fs.exists(root)) {
            if (!overwrite) {
                throw new UsageException(directory + ": already exists (--overwrite replaces it)");
            }
            fs.delete(root, true);
        }
        fs.mkdirs(root);
        return new Outputs(root, fs, format);
    }

    private static boolean isWithin(Path path, Path directory) {
        String p = path.toString();
        String d = directory.toString();
        return p.equals(d) || p.startsWith(d.endsWith("/") ? d : d + "/");
    }

    String findingsDirectory() {
        return new Path(root, "findings").toString();
    }

    String fixedDirectory() {
        return new Path(root, "fixed").toString();
    }

    void write(Dataset<Row> rows, String directory) {
        if (format == Format.parquet) {
            rows.write().parquet(directory);
        } else {
            rows.write().json(directory);
        }
    }

    /** {@code errors/}: one row per input that could not be checked, by path or id, in one file. */
    void writeErrors(SparkSession spark, String keyName, List<Totals.Problem> problems) {
        StructType schema = new StructType()
                .add(keyName, DataTypes.StringType, true)
                .add("message", DataTypes.StringType, false);
        List<Row> rows = new ArrayList<>();
        problems.stream()
                .sorted(Comparator.comparing(Totals.Problem::message))
                .forEach(p -> rows.add(RowFactory.create(p.key(), p.message())));
        write(spark.createDataFrame(rows, schema).coalesce(1), new Path(root, "errors").toString());
    }

    void writeSummary(Map<String, Object> summary) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (FSDataOutputStream out = fs.create(new Path(root, "summary.json"), true)) {
            out.write(json.writeValueAsBytes(summary));
            out.write('\n');
        }
    }

    /** What {@code summary.json} holds. */
    static Map<String, Object> summary(Totals t, String input, boolean fixed, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("input", input);
        s.put("documents", t.documents);
        s.put("checked", t.checked);
        s.put("errors", t.problems.size());
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("total", t.findings);
        findings.put("bySeverity", t.bySeverity);
        findings.put("byCategory", t.byCategory);
        findings.put("byRule", t.byRule);
        s.put("findings", findings);
        s.put("suppressed", t.suppressed);
        if (fixed) {
            Map<String, Object> fixes = new LinkedHashMap<>();
            fixes.put("documents", t.fixedDocuments);
            fixes.put("fixes", t.fixesApplied);
            s.put("fixed", fixes);
        }
        s.put("seconds", Math.round(seconds * 10) / 10.0);
        return s;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
