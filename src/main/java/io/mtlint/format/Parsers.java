package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.nio.charset.Charset;

/**
 * Picks the prose parser for a format. An article is parsed when its structure is first asked for; a bilingual
 * file is parsed at once, since its languages choose the checker and a malformed file must be reported as such.
 */
final class Parsers {
    private Parsers() {
    }

    static Document parse(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text)
            throws DocumentException {
        return switch (format) {
            case MARKDOWN -> new Document(path, format, bytes, charset, bom, text, () -> MarkdownParser.parse(text));
            case HTML -> {
                String language = HtmlParser.declaredLanguage(text);
                yield new Document(path, format, bytes, charset, bom, text, () -> HtmlParser.parse(text, language),
                        language);
            }
            case TEXT -> new Document(path, format, bytes, charset, bom, text, () -> PlainTextParser.parse(text));
            case XLIFF -> new Document(path, format, bytes, charset, bom, text, XliffParser.parse(path, text));
            case PO -> new Document(path, format, bytes, charset, bom, text, PoParser.parse(path, text));
            case TMX -> new Document(path, format, bytes, charset, bom, text, TmxParser.parse(path, text));
        };
    }
}
