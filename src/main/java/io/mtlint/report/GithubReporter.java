package io.mtlint.report;

import io.mtlint.model.Finding;
import io.mtlint.check.CheckResult;
import io.mtlint.run.FileOutcome;
import io.mtlint.run.RunResult;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (CheckResult r : result.results()) {
            for (Finding f : r.findings()) {
                Span span = Span.of(r.document(), f);
                String command = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                out.write("::" + command + " file=" + property(r.document().path()) + ",line=" + span.start().line()
                        + ",col=" + span.start().column() + ",endLine=" + span.end().line() + ",endColumn="
                        + span.end().column() + ",title=" + property("mtlint " + f.ruleId()) + "::"
                        + data(f.message()) + "\n");
            }
        }
        for (FileOutcome p : result.problems()) {
            out.write("::error file=" + property(p.path()) + ",title=mtlint::" + data(p.problem()) + "\n");
        }
        out.flush();
    }

    /** Escaping for the message part, as the runner's toolkit does it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for property values, which also reserve ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
