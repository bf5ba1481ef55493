package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.nio.charset.Charset;

/** Picks the prose parser for a format; the document runs it when its structure is first asked for. */
final class Parsers {
    private Parsers() {
    }

    static Document parse(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text) {
        return new Document(path, format, bytes, charset, bom, text, () -> switch (format) {
            case MARKDOWN -> MarkdownParser.parse(text);
            case TEXT -> PlainTextParser.parse(text);
        });
    }
}
