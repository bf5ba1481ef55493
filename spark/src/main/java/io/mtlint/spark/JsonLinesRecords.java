package io.mtlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Locale;

/**
 * JSON Lines, read line by line: a record keeps every field and its exact line, so {@code fixed/} differs from the
 * input only in the texts that changed. Ids are shown as text (a number as its digits).
 */
final class JsonLinesRecords implements RecordSource {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructType LINES = new StructType().add("value", DataTypes.StringType, false);

    /** The compression of the inputs, kept for {@code fixed/}; "none" for plain text. */
    private String compression = "none";

    @Override
    public Dataset<Row> read(SparkSession spark, List<String> inputs) {
        if (inputs.stream().allMatch(i -> i.toLowerCase(Locale.ROOT).endsWith(".gz"))) {
            compression = "gzip";
        } else if (inputs.stream().allMatch(i -> i.toLowerCase(Locale.ROOT).endsWith(".bz2"))) {
            compression = "bzip2";
        }
        return spark.read().text(inputs.toArray(String[]::new)).withColumn("file", functions.input_file_name());
    }

    @Override
    public DataType keyType() {
        return DataTypes.StringType;
    }

    @Override
    public Record parse(Row row) {
        String line = row.getString(0);
        if (line.isBlank()) {
            return null;
        }
        String file = row.getString(1);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (java.io.IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return Record.unusable(null, file, line, file + ": not a JSON object: " + abbreviate(line));
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return Record.unusable(null, file, line, file + ": a record without an id: " + abbreviate(line));
        }
        String key = id.isTextual() ? id.asText() : id.toString();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return Record.unusable(key, key, line, key + ": 'text' is missing or not a string");
        }
        for (String field : List.of("lang", "source", "format")) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return Record.unusable(key, key, line, key + ": '" + field + "' is not a string");
            }
        }
        return new Record(key, key, text.asText(), string(node, "lang"), string(node, "source"),
                string(node, "format"), line, null);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    @Override
    public StructType fixedSchema() {
        return LINES;
    }

    @Override
    public Row fixed(Record record, String text) {
        String line = (String) record.original();
        if (text == null) {
            return RowFactory.create(line);
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            node.put("text", text);
            return RowFactory.create(JSON.writeValueAsString(node));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void writeFixed(Dataset<Row> fixed, String directory) {
        fixed.write().option("compression", compression).text(directory);
    }
}
