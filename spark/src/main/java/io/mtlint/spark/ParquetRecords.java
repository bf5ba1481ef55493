package io.mtlint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

/** Parquet with an {@code id} column of any type and string columns {@code text}, {@code lang}, {@code source}, {@code format}. */
final class ParquetRecords implements RecordSource {
    private static final long serialVersionUID = 1L;

    private StructType schema;
    private int id;
    private int text;
    private int lang = -1;
    private int source = -1;
    private int format = -1;

    @Override
    public Dataset<Row> read(SparkSession spark, List<String> inputs) throws UsageException {
        Dataset<Row> input = spark.read().parquet(inputs.toArray(String[]::new));
        schema = input.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains("id") || !names.contains("text")) {
            throw new UsageException(String.join(", ", inputs) + ": records need 'id' and 'text' columns (found: "
                    + String.join(", ", names) + ")");
        }
        id = schema.fieldIndex("id");
        text = column(inputs, "text", true);
        lang = column(inputs, "lang", false);
        source = column(inputs, "source", false);
        format = column(inputs, "format", false);
        return input;
    }

    private int column(List<String> inputs, String name, boolean required) throws UsageException {
        if (!required && !Arrays.asList(schema.fieldNames()).contains(name)) {
            return -1;
        }
        StructField field = schema.apply(name);
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new UsageException(String.join(", ", inputs) + ": column '" + name + "' must be a string, not "
                    + field.dataType().simpleString());
        }
        return schema.fieldIndex(name);
    }

    @Override
    public DataType keyType() {
        return schema.apply("id").dataType();
    }

    @Override
    public Record parse(Row row) {
        Object key = row.get(id);
        if (key == null) {
            return Record.unusable(null, "(null id)", row, "a record without an id");
        }
        String keyText = String.valueOf(key);
        if (row.isNullAt(text)) {
            return Record.unusable(key, keyText, row, keyText + ": 'text' is null");
        }
        return new Record(key, keyText, row.getString(text), value(row, lang), value(row, source), value(row, format),
                row, null);
    }

    private static String value(Row row, int index) {
        return index < 0 || row.isNullAt(index) ? null : row.getString(index);
    }

    @Override
    public StructType fixedSchema() {
        return schema;
    }

    @Override
    public Row fixed(Record record, String fixedText) {
        Row row = (Row) record.original();
        if (fixedText == null) {
            return row;
        }
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        values[text] = fixedText;
        return RowFactory.create(values);
    }

    @Override
    public void writeFixed(Dataset<Row> fixed, String directory) {
        fixed.write().parquet(directory);
    }
}
