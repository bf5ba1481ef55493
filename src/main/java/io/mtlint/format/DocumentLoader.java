package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads files into {@link Document}s: decodes strictly, refuses binaries, and parses the prose out. */
public final class DocumentLoader {
    private static final int BINARY_SNIFF_BYTES = 8192;

    private DocumentLoader() {
    }

    public static Document load(Path file, String displayPath, Format formatOverride) throws DocumentException {
        if (Files.isDirectory(file)) {
            throw new DocumentException(displayPath, Files.isReadable(file) ? "is a directory" : "permission denied");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(displayPath, "no such file");
        } catch (AccessDeniedException e) {
            throw new DocumentException(displayPath, "permission denied");
        } catch (IOException e) {
            throw new DocumentException(displayPath, "cannot read: " + e.getMessage());
        }
        Format format = formatOverride != null ? formatOverride : Format.forFileName(file.getFileName().toString());
        if (format == null) {
            format = FormatSniffer.sniff(bytes);
        }
        return fromBytes(displayPath, bytes, format == null ? Format.TEXT : format);
    }

    /**
     * Reads a file as {@link #load(Path, String, Format)} does, or, with an {@code alignedSource}, as a plain-text
     * translation of that file, line by line.
     */
    public static Document load(Path file, String displayPath, Format formatOverride, Path alignedSource)
            throws DocumentException {
        if (alignedSource == null) {
            return load(file, displayPath, formatOverride);
        }
        Document source = load(alignedSource, alignedSource.toString(), Format.TEXT);
        return aligned(load(file, displayPath, Format.TEXT), source.text());
    }

    /**
     * The language an HTML file's root element declares, read from its first bytes without loading it, or null
     * (not HTML, no declaration, or unreadable: loading it will say why).
     */
    public static String declaredPageLanguage(Path file) {
        if (Format.forFileName(file.getFileName().toString()) != Format.HTML) {
            return null;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return HtmlParser.declaredLanguage(new String(in.readNBytes(HtmlParser.ROOT_PREFIX),
                    StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return null;
        }
    }

    public static Document fromBytes(String displayPath, byte[] bytes, Format format) throws DocumentException {
        Charset charset = StandardCharsets.UTF_8;
        int bomLength = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (bomLength == 0 && (format.bilingual() || format == Format.HTML)) {
            charset = FormatSniffer.declaredCharset(displayPath, bytes, format);
        }
        if (charset == StandardCharsets.UTF_8 && looksBinary(bytes)) {
            throw new DocumentException(displayPath, "binary file (contains NUL bytes), not text");
        }
        String text = decode(displayPath, bytes, bomLength, charset);
        return Parsers.parse(displayPath, format, bytes, charset, bomLength > 0, text);
    }

    /**
     * A document from text already in memory, as if read from a BOM-less UTF-8 file. A bilingual text that cannot
     * be parsed is a programming error here (the text was read, or fixed, from a file that could).
     */
    public static Document fromText(String displayPath, String text, Format format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            return Parsers.parse(displayPath, format, bytes, StandardCharsets.UTF_8, false, text);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A plain-text translation checked line by line against its source, both already read: {@code target} is the
     * document (its findings and fixes), {@code sourceText} the text of the source file.
     */
    public static Document aligned(Document target, String sourceText) {
        return new Document(target.path(), Format.TEXT, target.bytes(), target.charset(), target.hasBom(),
                target.text(), AlignedParser.parse(sourceText, target.text()));
    }

    /** {@link #aligned(Document, String)} for texts in memory, as if read from BOM-less UTF-8 files. */
    public static Document aligned(String displayPath, String sourceText, String targetText) {
        return aligned(fromText(displayPath, targetText, Format.TEXT), sourceText);
    }

    private static String decode(String path, byte[] bytes, int offset, Charset charset) throws DocumentException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new DocumentException(path, "invalid " + charset.name() + " at byte " + in.position());
        } catch (CharacterCodingException e) {
            throw new DocumentException(path, "cannot decode as " + charset.name() + ": " + e.getMessage());
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
