package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.nio.charset.Charset;
import java.util.List;

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
            case XLIFF -> new Document(path, format, bytes, charset, bom, text,
                    text.isBlank() ? empty(path) : XliffParser.parse(path, text));
            case TMX -> new Document(path, format, bytes, charset, bom, text,
                    text.isBlank() ? empty(path) : TmxParser.parse(path, text));
            case PO -> new Document(path, format, bytes, charset, bom, text, PoParser.parse(path, text));
        };
    }

    /** An empty file is a document with nothing to check, in the XML formats too, where it is no XML at all. */
    private static Document.Structure empty(String path) {
        return new Document.Structure(List.of(), List.of(), List.of(), null, FileNameLanguage.of(path));
    }
}
