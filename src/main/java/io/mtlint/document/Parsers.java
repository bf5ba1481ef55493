package io.mtlint.document;

import io.mtlint.core.Document;
import io.mtlint.core.Format;

import java.nio.charset.Charset;

/** Picks the prose parser for a format. */
final class Parsers {
    private Parsers() {
    }

    static Document parse(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text) {
        return switch (format) {
            case MARKDOWN -> MarkdownParser.parse(path, bytes, charset, bom, text);
            case TEXT -> PlainTextParser.parse(path, bytes, charset, bom, text);
        };
    }
}
