import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.model.Rule;
import io.mtlint.format.DocumentLoader;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm, single-threaded throughput of mtlint's structural rules (LanguageTool off), rule by rule, in one process:
 * what a long-running caller of the library gets once the JIT has compiled the rules, without the JVM's start and
 * warm-up that bench/run's figure (d) includes. Each pass parses every file and runs every rule on it; a rule's
 * time includes what it is the first to derive for a paragraph (its words, folded text, tokens). Prints, per rule,
 * the fastest of the second half of the passes (the machine's noise only ever adds time), and the whole pass's
 * thread CPU time, which other work on shared cores disturbs far less than the clock.
 *
 *   java -cp target/mtlint.jar bench/RuleThroughput.java bench/work/structural [passes] [files]
 */
public class RuleThroughput {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        CheckOptions options = CheckOptions.builder().languageTool(false).translate(false).build();
        Checker checker = CheckerFactory.create(options);
        List<Rule> rules = checker.rules();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(Files::isRegularFile).sorted().limit(limit).toList();
        }
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            contents.add(content);
            bytes += content.length;
        }
        long[] best = new long[rules.size() + 1];
        Arrays.fill(best, Long.MAX_VALUE);
        long bestTotal = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < passes; pass++) {
            long[] spent = new long[rules.size() + 1];
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int f = 0; f < files.size(); f++) {
                long t0 = System.nanoTime();
                Document document = DocumentLoader.fromBytes(files.get(f).toString(), contents.get(f),
                        Format.forFileName(files.get(f).toString()) == Format.MARKDOWN ? Format.MARKDOWN : Format.TEXT);
                document.blocks();
                spent[rules.size()] += System.nanoTime() - t0;
                for (int r = 0; r < rules.size(); r++) {
                    long start = System.nanoTime();
                    rules.get(r).check(document, finding -> { });
                    spent[r] += System.nanoTime() - start;
                }
                document.forgetDerived();
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            if (pass >= passes / 2) {
                bestCpu = Math.min(bestCpu, cpu);
                long total = 0;
                for (int r = 0; r < spent.length; r++) {
                    best[r] = Math.min(best[r], spent[r]);
                    total += spent[r];
                }
                bestTotal = Math.min(bestTotal, total);
            }
        }
        double mib = bytes / 1048576.0;
        System.out.printf("%d files, %.1f MiB, %d passes, one thread; fastest of the last %d passes%n", files.size(), mib,
                passes, passes - passes / 2);
        System.out.printf("%10s %10s  %s%n", "ms", "MiB/s", "rule");
        for (int r = 0; r <= rules.size(); r++) {
            String name = r == rules.size() ? "(decoding and parsing)" : rules.get(r).info().id();
            System.out.printf("%10.1f %10.1f  %s%n", best[r] / 1e6, mib / (best[r] / 1e9), name);
        }
        System.out.printf("%10.1f %10.1f  all rules and parsing, fastest whole pass%n", bestTotal / 1e6,
                mib / (bestTotal / 1e9));
        System.out.printf("%10.1f %10.1f  the same, CPU time of the thread (steadier where other work shares the cores)%n",
                bestCpu / 1e6, mib / (bestCpu / 1e9));
    }
}
