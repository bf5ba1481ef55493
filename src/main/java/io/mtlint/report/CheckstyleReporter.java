package io.mtlint.report;

import io.mtlint.Version;
import io.mtlint.model.Finding;
import io.mtlint.check.CheckResult;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.RunResult;
import io.mtlint.text.ControlCharacters;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/** Checkstyle's XML report format, which most CI servers and code-review tools import. */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", "mtlint-" + Version.get());
            for (CheckResult r : result.results()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("file");
                x.writeAttribute("name", xml(r.document().path()));
                for (Finding f : r.findings()) {
                    Span span = Span.of(r.document(), f);
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("error");
                    x.writeAttribute("line", String.valueOf(span.start().line()));
                    x.writeAttribute("column", String.valueOf(span.start().column()));
                    x.writeAttribute("severity", f.severity().id().equals("warning") ? "warning"
                            : f.severity().id().equals("error") ? "error" : "info");
                    x.writeAttribute("message", xml(f.message()));
                    x.writeAttribute("source", xml("mtlint." + f.ruleId()));
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            for (FileOutcome p : result.problems()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("file");
                x.writeAttribute("name", xml(p.path()));
                x.writeEmptyElement("error");
                x.writeAttribute("line", "1");
                x.writeAttribute("severity", "error");
                x.writeAttribute("message", xml(p.problem()));
                x.writeAttribute("source", "mtlint.input");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write("\n");
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /**
     * XML 1.0 cannot hold most control characters even escaped, and a parser turns a raw line break or tab in an
     * attribute into a space: all become visible symbols (a bell pasted from Word as ␇).
     */
    private static String xml(String s) {
        return ControlCharacters.visible(s);
    }
}
