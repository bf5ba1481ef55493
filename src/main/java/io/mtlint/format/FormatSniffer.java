package io.mtlint.format;

import io.mtlint.model.Format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's first bytes say about it: which bilingual format it is when its name does not tell, and which
 * encoding it declares (an XML declaration's {@code encoding}, a PO header's {@code charset}).
 */
final class FormatSniffer {
    private static final int PREFIX = 4096;
    private static final Pattern XML_ROOT = Pattern.compile("^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<(?:\\w+:)?(xliff|tmx)\\b",
            Pattern.DOTALL);
    private static final Pattern PO = Pattern.compile("(?m)^msgid\\s+\"[\\s\\S]*^msgstr(?:\\[0])?\\s+\"");
    private static final Pattern HTML_ROOT = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html\\b|<html\\b)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** The charset a page's meta tag declares, as browsers' prescan of its first bytes finds it. */
    private static final Pattern HTML_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FormatSniffer() {
    }

    /** XLIFF, TMX, PO or HTML when the content is one of them, else null. */
    static Format sniff(byte[] bytes) {
        String head = ascii(bytes);
        Matcher m = XML_ROOT.matcher(head);
        if (m.find()) {
            return m.group(1).equals("xliff") ? Format.XLIFF : Format.TMX;
        }
        if (HTML_ROOT.matcher(head).find()) {
            return Format.HTML;
        }
        return PO.matcher(head).find() ? Format.PO : null;
    }

    /** The encoding a bilingual file without a byte-order mark declares; UTF-8 when it declares none. */
    static Charset declaredCharset(String path, byte[] bytes, Format format) throws DocumentException {
        if (format != Format.PO && bytes.length >= 2 && bytes[0] == '<' && bytes[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (format != Format.PO && bytes.length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        String head = ascii(bytes);
        String name = null;
        if (format == Format.PO) {
            name = PoParser.declaredCharset(head);
        } else if (format == Format.HTML) {
            Matcher m = HTML_CHARSET.matcher(head);
            name = m.find() ? m.group(1) : null;
            // Browsers read pages labelled Latin-1 or ASCII as windows-1252, whose curly quotes such pages hold.
            if (name != null && name.matches("(?i)iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii")) {
                name = "windows-1252";
            }
        } else {
            Matcher m = XML_ENCODING.matcher(head);
            name = m.find() ? m.group(1) : null;
        }
        if (name == null || name.equalsIgnoreCase("CHARSET")) {
            return StandardCharsets.UTF_8; // "CHARSET" is the placeholder of a template never filled in
        }
        try {
            Charset c = Charset.forName(name);
            // A file that declares UTF-16 without a byte-order mark is read as the byte order it starts with.
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DocumentException(path, "declares the encoding \u201c" + name + "\u201d, which this Java cannot read");
        }
    }

    private static String ascii(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < Math.min(bytes.length, start + PREFIX); i++) {
            int b = bytes[i] & 0xFF;
            if (b != 0) {
                sb.append(b < 0x80 ? (char) b : '?');
            }
        }
        return sb.toString();
    }
}
