package io.mtlint.spark;

import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/** Checks records (JSON Lines or Parquet), each with the run's configuration and its own languages and format. */
final class RecordJob {
    /** A checked record: its finding rows, what it adds to the totals, and its row of {@code fixed/} (or null). */
    record Checked(List<Row> findings, Totals totals, Row fixed) implements Serializable {
    }

    private RecordJob() {
    }

    /** The finding rows, counted into {@code tally} as they are produced: for a run without {@code fixed/}. */
    static JavaRDD<Row> findings(Dataset<Row> input, RecordSource source, Broadcast<JobSpec> spec, Tally tally) {
        return checked(input, source, spec).flatMap(c -> {
            tally.add(c.totals());
            return c.findings().iterator();
        });
    }

    static JavaRDD<Checked> checked(Dataset<Row> input, RecordSource source, Broadcast<JobSpec> spec) {
        return input.javaRDD().mapPartitions(rows -> check(rows, source, spec.value()));
    }

    private static Iterator<Checked> check(Iterator<Row> rows, RecordSource source, JobSpec spec) {
        Iterable<Row> iterable = () -> rows;
        return StreamSupport.stream(iterable.spliterator(), false)
                .map(source::parse)
                .filter(Objects::nonNull)
                .map(record -> check(record, source, spec))
                .iterator();
    }

    static Checked check(Record record, RecordSource source, JobSpec spec) {
        if (record.problem() != null) {
            return failed(record, source, spec, record.problem());
        }
        OptionsSnapshot options = spec.profiles().get(0);
        Format format = options.format() != null ? options.format() : Format.TEXT;
        if (record.format() != null && !record.format().isBlank()) {
            try {
                format = Format.fromId(record.format().trim());
            } catch (IllegalArgumentException e) {
                return failed(record, source, spec, record.keyText() + ": " + e.getMessage());
            }
        }
        Document document = DocumentLoader.fromText(record.keyText(), record.text(), format);
        DocumentCheck.Outcome outcome = DocumentCheck.run(document, options, blankToNull(record.lang()),
                blankToNull(record.source()), null, spec.fix(), spec.unsafe());
        List<Row> findings = outcome.problem() == null ? FindingRows.of(record.key(), outcome.result()) : List.of();
        Row fixed = null;
        if (spec.fix()) {
            boolean changed = outcome.fixed() != null && outcome.fixed().changed();
            fixed = source.fixed(record, changed ? outcome.fixed().fixedText() : null);
        }
        return new Checked(findings, outcome.totals(record.keyText()), fixed);
    }

    private static Checked failed(Record record, RecordSource source, JobSpec spec, String problem) {
        return new Checked(List.of(), Totals.failed(record.key() == null ? null : record.keyText(), problem),
                spec.fix() ? source.fixed(record, null) : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
