package io.mtlint.spark;

import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** One run of {@code mtlint-spark}: options and inputs resolved on the driver, the checks on the executors. */
final class SparkRun {
    /** Bytes of text per task: LanguageTool checks about a hundred times slower than the structural rules. */
    private static final long TASK_BYTES_WITH_LANGUAGETOOL = 4L << 20;
    private static final long TASK_BYTES_STRUCTURAL = 32L << 20;

    private final Main command;
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final Configuration hadoop;

    SparkRun(Main command, SparkSession spark) {
        this.command = command;
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.hadoop = spark.sparkContext().hadoopConfiguration();
    }

    int call() throws ConfigException, UsageException, IOException, SparkException {
        long start = System.nanoTime();
        InputType type = command.inputType == InputType.auto ? InputType.detect(command.inputs, hadoop) : command.inputType;
        Profiles profiles = new Profiles(command.options, hadoop);
        Totals totals;
        String keyName;
        if (type == InputType.files) {
            keyName = "path";
            totals = checkFiles(profiles);
        } else {
            keyName = "id";
            totals = checkRecords(profiles, type == InputType.jsonl ? new JsonLinesRecords() : new ParquetRecords());
        }
        if (totals == null) {
            return Main.USAGE;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        outputs.writeErrors(spark, keyName, totals.problems);
        outputs.writeSummary(Outputs.summary(totals, String.join(" ", command.inputs), command.fix, seconds));
        for (Totals.Problem problem : totals.problems) {
            command.err.println("mtlint-spark: " + problem.message());
        }
        command.out.println(finalLine(totals, seconds));
        if (!totals.problems.isEmpty()) {
            return Main.UNREADABLE;
        }
        return switch (command.failOn) {
            case never -> Main.OK;
            case info -> totals.findings > 0 ? Main.FINDINGS : Main.OK;
            case warning -> totals.count("error") + totals.count("warning") > 0 ? Main.FINDINGS : Main.OK;
            case error -> totals.count("error") > 0 ? Main.FINDINGS : Main.OK;
        };
    }

    private Outputs outputs;

    private Totals checkFiles(Profiles profiles) throws ConfigException, UsageException, IOException {
        FileInputs.Expansion expansion = FileInputs.expand(command.inputs, hadoop, profiles);
        validate(profiles);
        outputs = Outputs.prepare(command.output, command.outputFormat, command.overwrite, command.inputs, hadoop);
        Broadcast<JobSpec> spec = jsc.broadcast(spec(profiles));
        Tally tally = tally();
        List<InputFile> files = expansion.files();
        long bytes = files.stream().mapToLong(InputFile::length).sum();
        int partitions = partitions(bytes, profiles.snapshots().size(), profiles);
        jsc.setJobDescription("mtlint: checking " + files.size() + " files");
        JavaRDD<Row> rows = FileJob.findings(jsc, spec, files, Math.min(partitions, Math.max(1, files.size())), tally);
        outputs.write(spark.createDataFrame(rows, FindingRows.schema("path", DataTypes.StringType)),
                outputs.findingsDirectory());
        Totals totals = tally.value().copy();
        expansion.problems().forEach(p -> totals.problems.add(p));
        return totals;
    }

    private Totals checkRecords(Profiles profiles, RecordSource source) throws ConfigException, UsageException, IOException {
        List<String> present = new ArrayList<>();
        Totals totals = new Totals();
        long bytes = 0;
        for (String input : command.inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                totals.problems.add(new Totals.Problem(null, input + ": no such file or directory"));
                continue;
            }
            present.add(input);
            for (FileStatus match : matches) {
                bytes += fs.getContentSummary(match.getPath()).getLength();
            }
        }
        Path first = new Path(command.inputs.get(0));
        Path qualified = first.getFileSystem(hadoop).makeQualified(first);
        profiles.forDirectory(qualified.getParent() == null ? qualified : qualified.getParent());
        validate(profiles);
        outputs = Outputs.prepare(command.output, command.outputFormat, command.overwrite, command.inputs, hadoop);
        if (present.isEmpty()) {
            return totals;
        }
        int partitions = partitions(bytes, 1, profiles);
        String previous = spark.conf().get("spark.sql.files.maxPartitionBytes", null);
        spark.conf().set("spark.sql.files.maxPartitionBytes", Math.max(1L << 20, (bytes + partitions - 1) / partitions));
        try {
            Dataset<Row> input = source.read(spark, present);
            if (input.rdd().getNumPartitions() < partitions / 2) {
                input = input.repartition(partitions); // compressed files, which Spark cannot split
            }
            Broadcast<JobSpec> spec = jsc.broadcast(spec(profiles));
            Tally tally = tally();
            jsc.setJobDescription("mtlint: checking the records of " + String.join(", ", present));
            var findingsSchema = FindingRows.schema("id", source.keyType());
            if (!command.fix) {
                outputs.write(spark.createDataFrame(RecordJob.findings(input, source, spec, tally), findingsSchema),
                        outputs.findingsDirectory());
            } else {
                JavaRDD<RecordJob.Checked> checked = RecordJob.checked(input, source, spec)
                        .persist(StorageLevel.MEMORY_AND_DISK_SER());
                try {
                    JavaRDD<Row> findings = checked.flatMap(c -> {
                        tally.add(c.totals());
                        return c.findings().iterator();
                    });
                    outputs.write(spark.createDataFrame(findings, findingsSchema), outputs.findingsDirectory());
                    jsc.setJobDescription("mtlint: writing the fixed records");
                    source.writeFixed(spark.createDataFrame(checked.map(RecordJob.Checked::fixed), source.fixedSchema()),
                            outputs.fixedDirectory());
                } finally {
                    checked.unpersist(false);
                }
            }
            totals.add(tally.value());
            return totals;
        } finally {
            if (previous == null) {
                spark.conf().unset("spark.sql.files.maxPartitionBytes");
            } else {
                spark.conf().set("spark.sql.files.maxPartitionBytes", previous);
            }
        }
    }

    /** Builds each profile's checker once on the driver: a bad language or rule pack stops the run here. */
    private void validate(Profiles profiles) throws ConfigException {
        TreeSet<String> warnings = new TreeSet<>();
        for (OptionsSnapshot snapshot : profiles.snapshots()) {
            Checkers.Entry entry = Checkers.get(snapshot, null, null, null, false);
            if (entry.problem() != null) {
                throw new ConfigException(entry.problem());
            }
            warnings.addAll(entry.checker().warnings());
        }
        warnings.forEach(w -> command.err.println("mtlint-spark: warning: " + w));
    }

    private JobSpec spec(Profiles profiles) {
        return new JobSpec(profiles.snapshots(), command.fix, command.unsafeFixes, outputs.fixedDirectory(),
                new HadoopConf(hadoop));
    }

    private Tally tally() {
        Tally tally = new Tally();
        spark.sparkContext().register(tally, "mtlint documents");
        return tally;
    }

    /**
     * Tasks enough to keep every core busy and let a fast core take over a slow one's share (three per core),
     * and small enough that one takes seconds to a few minutes; or as many as the user asked for.
     */
    private int partitions(long bytes, int profileCount, Profiles profiles) {
        if (command.partitions != null) {
            return command.partitions;
        }
        boolean languageTool = false;
        for (int i = 0; i < profileCount; i++) {
            CheckOptions o = profiles.options(i);
            languageTool |= o.languageTool();
        }
        long perTask = languageTool ? TASK_BYTES_WITH_LANGUAGETOOL : TASK_BYTES_STRUCTURAL;
        long bySize = (bytes + perTask - 1) / perTask;
        return (int) Math.max(3L * jsc.defaultParallelism(), Math.min(bySize, 100_000));
    }

    private String finalLine(Totals t, double seconds) {
        String problems = t.problems.isEmpty() ? "" : "; " + t.problems.size() + " could not be checked";
        return String.format(java.util.Locale.ROOT, "%d documents checked, %d findings (%d errors, %d warnings, %d infos)%s%s; results in %s (%.1f s)",
                t.checked, t.findings, t.count("error"), t.count("warning"), t.count("info"), problems,
                command.fix ? ", " + t.fixedDocuments + " fixed" : "", outputs, seconds);
    }
}
