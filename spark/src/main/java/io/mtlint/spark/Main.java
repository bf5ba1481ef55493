package io.mtlint.spark;

import io.mtlint.support.ErrorMessages;
import io.mtlint.cli.CheckOptionsMixin;
import io.mtlint.config.ConfigException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mtlint-spark}: {@code mtlint check} (and {@code fix}) over a corpus, on Apache Spark. */
@Command(name = "mtlint-spark", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Checks a directory tree of text and Markdown files, JSON Lines or Parquet records with "
                + "mtlint's rules on Apache Spark, and writes the findings, the inputs that could not be checked, "
                + "a summary and (with --fix) the fixed texts under --output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or configuration error, or the Spark job failed", "3:an input could not be checked"})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    /**
     * The JIT settings ./mtlint-spark runs the embedded master with, for executors the user has not configured:
     * compiling only the hottest code cut the CPU of 100,000 records from 54 to 37 s.
     */
    private static final String EXECUTOR_JIT = "-XX:+UseParallelGC -XX:GCTimeRatio=19 -XX:Tier4InvocationThreshold=50000 "
            + "-XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 "
            + "-XX:InlineSmallCode=500 -XX:FreqInlineSize=150";

    enum FailOn { error, warning, info, never }

    @Mixin
    CheckOptionsMixin options;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
            description = "A file, directory or glob on any Hadoop file system (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-type", paramLabel = "TYPE",
            description = "files, jsonl or parquet (default: auto, from the names: .jsonl/.ndjson, .parquet, else files).")
    InputType inputType = InputType.auto;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Where findings/, errors/, summary.json and fixed/ go (any Hadoop file system).")
    String output;

    @Option(names = "--output-format", paramLabel = "FORMAT", description = "jsonl (default) or parquet.")
    Outputs.Format outputFormat = Outputs.Format.jsonl;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Option(names = "--fix", description = "Also write fixed/: every input with its safe fixes applied, in its own format.")
    boolean fix;

    @Option(names = "--unsafe-fixes", description = "With --fix, also apply the fixes that need judgement.")
    boolean unsafeFixes;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: error).")
    FailOn failOn = FailOn.error;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[*], spark://HOST:PORT, yarn, k8s://URL (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable), e.g. spark.executor.memory=4g.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Number of tasks to split the documents into (default: from their size).")
    Integer partitions;

    PrintWriter out;
    PrintWriter err;
    /** A session to run in instead of starting one (tests share one per class). */
    SparkSession session;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err, null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs with the given streams, in {@code session} when it is not null; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, SparkSession session) {
        Main main = new Main();
        main.out = new PrintWriter(out, true);
        main.err = new PrintWriter(err, true);
        main.session = session;
        CommandLine cli = new CommandLine(main);
        cli.setOut(main.out);
        cli.setErr(main.err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("mtlint-spark: " + ErrorMessages.oneLine(e));
            if (parseResult.originalArgs().contains("--debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (unsafeFixes && !fix) {
            err.println("mtlint-spark: --unsafe-fixes needs --fix");
            return USAGE;
        }
        if (options.alignedSource() != null) {
            err.println("mtlint-spark: --aligned-source names the source of one document; check that document with mtlint check");
            return USAGE;
        }
        if (partitions != null && partitions < 1) {
            err.println("mtlint-spark: --partitions must be at least 1");
            return USAGE;
        }
        SparkSession spark = session != null ? session : start();
        try {
            return new SparkRun(this, spark).call();
        } catch (ConfigException | UsageException e) {
            err.println("mtlint-spark: " + e.getMessage());
            return USAGE;
        } catch (org.apache.spark.SparkException e) {
            err.println("mtlint-spark: the Spark job failed: " + ErrorMessages.oneLine(rootCause(e)));
            if (options.debug()) {
                e.printStackTrace(err);
            }
            return USAGE;
        } finally {
            if (session == null) {
                spark.stop();
            }
        }
    }

    /**
     * The session: on the master named here, else the one spark-submit set, else an embedded local one on
     * every core. The console progress bar shows on a terminal.
     */
    private SparkSession start() {
        SparkSession.Builder builder = SparkSession.builder().appName("mtlint");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        builder.config("spark.ui.showConsoleProgress", System.console() != null);
        if (!conf.containsKey("spark.executor.extraJavaOptions")
                && System.getProperty("spark.executor.extraJavaOptions") == null) {
            builder.config("spark.executor.extraJavaOptions", EXECUTOR_JIT);
        }
        conf.forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().uiWebUrl().foreach(url -> {
            err.println("mtlint-spark: progress at " + url);
            return null;
        });
        return spark;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mtlint-spark " + io.mtlint.Version.get() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                    + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
