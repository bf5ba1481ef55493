package io.mtlint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.List;

/** Records with {@code id}, {@code text} and optional {@code lang}, {@code source} and {@code format}. */
interface RecordSource extends Serializable {
    /** Reads the inputs; a missing column or one of the wrong type is a usage error. */
    Dataset<Row> read(SparkSession spark, List<String> inputs) throws UsageException;

    /** The type of {@code id} in the findings. */
    DataType keyType();

    /** One row of what {@link #read} returned, on an executor. */
    Record parse(Row row);

    /** The schema of {@code fixed/}. */
    StructType fixedSchema();

    /** The record as it goes to {@code fixed/}, with {@code text} in place of its text (null: unchanged). */
    Row fixed(Record record, String text);

    void writeFixed(Dataset<Row> fixed, String directory);
}
