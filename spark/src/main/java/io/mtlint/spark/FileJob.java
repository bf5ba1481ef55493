package io.mtlint.spark;

import io.mtlint.fix.AtomicWriter;
import io.mtlint.fix.FixWriteException;
import io.mtlint.format.DocumentException;
import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks files: each task reads its files through the Hadoop file system, checks them, writes their fixed
 * versions under {@code fixed/} when asked, and yields their finding rows.
 */
final class FileJob {
    private FileJob() {
    }

    static JavaRDD<Row> findings(JavaSparkContext jsc, Broadcast<JobSpec> spec, List<InputFile> files, int partitions,
                                 Tally tally) {
        List<List<InputFile>> slices = slices(files, partitions);
        return jsc.parallelize(slices, Math.max(1, slices.size()))
                .mapPartitions(slicesOfTask -> check(slicesOfTask, spec.value(), tally));
    }

    /** Consecutive runs of files with about the same number of bytes each, so that tasks take about as long. */
    static List<List<InputFile>> slices(List<InputFile> files, int count) {
        long total = files.stream().mapToLong(f -> Math.max(1, f.length())).sum();
        long share = Math.max(1, (total + count - 1) / Math.max(1, count));
        List<List<InputFile>> slices = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long bytes = 0;
        for (InputFile f : files) {
            current.add(f);
            bytes += Math.max(1, f.length());
            if (bytes >= share) {
                slices.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty()) {
            slices.add(current);
        }
        return slices;
    }

    /** The rows of a task's files, checked one at a time as Spark asks for them. */
    private static Iterator<Row> check(Iterator<List<InputFile>> slices, JobSpec spec, Tally tally) {
        Iterable<List<InputFile>> iterable = () -> slices;
        return java.util.stream.StreamSupport.stream(iterable.spliterator(), false)
                .flatMap(List::stream)
                .flatMap(file -> check(file, spec, tally).stream())
                .iterator();
    }

    private static List<Row> check(InputFile file, JobSpec spec, Tally tally) {
        OptionsSnapshot options = spec.profiles().get(file.profile());
        byte[] bytes;
        try {
            bytes = read(file, spec);
        } catch (DocumentException e) {
            tally.add(Totals.failed(file.display(), e.getMessage()));
            return List.of();
        }
        Document document;
        try {
            Format format = options.format() != null ? options.format() : Format.forFileName(file.display());
            document = DocumentLoader.fromBytes(file.display(), bytes, format == null ? Format.TEXT : format);
        } catch (DocumentException e) {
            tally.add(Totals.failed(file.display(), e.getMessage()));
            writeFixed(file, spec, bytes);
            return List.of();
        }
        DocumentCheck.Outcome outcome = DocumentCheck.run(document, options, null, null, file.layoutPath(), spec.fix(),
                spec.unsafe());
        Totals totals = outcome.totals(file.display());
        if (spec.fix()) {
            byte[] fixed = bytes;
            if (outcome.fixed() != null && outcome.fixed().changed()) {
                try {
                    fixed = AtomicWriter.encode(document, outcome.fixed().fixedText());
                } catch (FixWriteException e) {
                    totals = Totals.failed(file.display(), e.getMessage());
                }
            }
            writeFixed(file, spec, fixed);
        }
        tally.add(totals);
        return outcome.problem() != null ? List.of() : FindingRows.of(file.display(), outcome.result());
    }

    private static byte[] read(InputFile file, JobSpec spec) throws DocumentException {
        Path path = new Path(file.uri());
        try {
            FileSystem fs = path.getFileSystem(spec.hadoop().get());
            try (InputStream in = fs.open(path)) {
                return in.readAllBytes();
            }
        } catch (FileNotFoundException e) {
            boolean denied = String.valueOf(e.getMessage()).contains("Permission denied");
            throw new DocumentException(file.display(), denied ? "permission denied" : "no such file");
        } catch (org.apache.hadoop.security.AccessControlException e) {
            throw new DocumentException(file.display(), "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new DocumentException(file.display(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Writes a file's fixed bytes (its original ones when nothing changed) under {@code fixed/}: to a temporary
     * name first, so that a retried or speculative task never leaves half a file.
     */
    private static void writeFixed(InputFile file, JobSpec spec, byte[] bytes) {
        if (!spec.fix()) {
            return;
        }
        Path target = new Path(spec.fixedDirectory(), file.relative());
        Path temporary = new Path(target.getParent(), "." + target.getName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            FileSystem fs = target.getFileSystem(spec.hadoop().get());
            try (FSDataOutputStream out = fs.create(temporary, true)) {
                out.write(bytes);
            }
            fs.delete(target, false);
            if (!fs.rename(temporary, target)) {
                fs.delete(temporary, false);
                throw new IOException("cannot rename " + temporary + " to " + target);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file.display() + ": cannot write the fixed file: " + e.getMessage(), e);
        }
    }
}
