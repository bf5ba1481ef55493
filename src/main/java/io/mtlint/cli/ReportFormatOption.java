package io.mtlint.cli;

import io.mtlint.report.ReportFormat;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;

/** {@code --format} on the command line: the formats' own ids, for parsing, help and completion. */
final class ReportFormatOption implements CommandLine.ITypeConverter<ReportFormat>, Iterable<String> {
    @Override
    public ReportFormat convert(String value) {
        ReportFormat f = ReportFormat.byId(value);
        if (f == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a report format (valid: "
                    + String.join(", ", this) + ")");
        }
        return f;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).collect(Collectors.toList()).iterator();
    }
}
