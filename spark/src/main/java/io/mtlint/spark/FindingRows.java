package io.mtlint.spark;

import io.mtlint.check.CheckResult;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.TextEdit;
import io.mtlint.report.Span;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code findings/}: one per finding, with the fields of a finding in the JSON report (see README,
 * "JSON format") after the document's {@code path} or record {@code id}.
 */
final class FindingRows {
    private static final StructType EDIT = new StructType()
            .add("offset", DataTypes.IntegerType, false)
            .add("length", DataTypes.IntegerType, false)
            .add("replacement", DataTypes.StringType, false);
    private static final StructType FIX = new StructType()
            .add("replacement", DataTypes.StringType, false)
            .add("safe", DataTypes.BooleanType, false)
            .add("description", DataTypes.StringType, false)
            .add("edits", DataTypes.createArrayType(EDIT, false), false);

    private FindingRows() {
    }

    static StructType schema(String keyName, DataType keyType) {
        return new StructType()
                .add(keyName, keyType, true)
                .add("rule", DataTypes.StringType, false)
                .add("category", DataTypes.StringType, false)
                .add("severity", DataTypes.StringType, false)
                .add("message", DataTypes.StringType, false)
                .add("line", DataTypes.IntegerType, false)
                .add("column", DataTypes.IntegerType, false)
                .add("endLine", DataTypes.IntegerType, false)
                .add("endColumn", DataTypes.IntegerType, false)
                .add("offset", DataTypes.IntegerType, false)
                .add("length", DataTypes.IntegerType, false)
                .add("text", DataTypes.StringType, false)
                .add("fixes", DataTypes.createArrayType(FIX, false), false);
    }

    static List<Row> of(Object key, CheckResult result) {
        Document doc = result.document();
        List<Row> rows = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            Span span = Span.of(doc, f);
            List<Row> fixes = new ArrayList<>(f.fixes().size());
            for (Fix fix : f.fixes()) {
                List<Row> edits = new ArrayList<>(fix.edits().size());
                for (TextEdit e : fix.edits()) {
                    Span es = Span.of(doc, e.start(), e.end());
                    edits.add(RowFactory.create(es.offset(), es.length(), e.replacement()));
                }
                fixes.add(RowFactory.create(fix.replacementFor(doc.text(), f.start(), f.end()), fix.safe(),
                        fix.description(), seq(edits)));
            }
            rows.add(RowFactory.create(key, f.ruleId(), f.category().id(), f.severity().id(), f.message(),
                    span.start().line(), span.start().column(), span.end().line(), span.end().column(),
                    span.offset(), span.length(), span.text(), seq(fixes)));
        }
        return rows;
    }

    /** Spark reads an array value of an external row as a Scala sequence. */
    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }
}
