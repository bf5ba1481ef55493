package io.mtlint.report;

import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Position;

/** A finding's place in user terms: start and end positions, code-point offset and length, flagged text. */
public record Span(Position start, Position end, int offset, int length, String text) {
    public static Span of(Document document, int from, int to) {
        Position s = document.position(from);
        Position e = document.position(to);
        return new Span(s, e, s.codePointOffset(), e.codePointOffset() - s.codePointOffset(),
                document.text().substring(Math.min(from, document.text().length()),
                        Math.min(to, document.text().length())));
    }

    public static Span of(Document document, Finding finding) {
        return of(document, finding.start(), finding.end());
    }
}
