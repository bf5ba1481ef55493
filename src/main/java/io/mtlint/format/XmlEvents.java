package io.mtlint.format;

import io.mtlint.model.LineMap;
import io.mtlint.model.Position;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An XML document as a list of events, each with the exact range of the document text it was read from. Woodstox
 * reports where each event starts (in UTF-16 units of the text it reads); an event ends where the next one starts.
 * No DTD is read and no external entity is resolved.
 */
final class XmlEvents {
    enum Type { START, END, TEXT, CDATA, OTHER }

    /**
     * One event: an element's start or end (name and attributes; {@code empty} for {@code <e/>}), character data
     * as the parser decoded it, or anything else (comments, processing instructions).
     */
    record Event(Type type, int start, int end, String name, Map<String, String> attributes, String text,
                 boolean empty) {
        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private static final XMLInputFactory2 FACTORY = factory();

    private XmlEvents() {
    }

    private static XMLInputFactory2 factory() {
        XMLInputFactory2 f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        return f;
    }

    /** Reads the whole document; a document that is not well-formed XML gives a one-line reason. */
    static List<Event> read(String path, String text) throws DocumentException {
        List<Event> events = new ArrayList<>();
        try {
            XMLStreamReader2 r = (XMLStreamReader2) FACTORY.createXMLStreamReader(new StringReader(text));
            int previousStart = -1;
            Event pending = null;
            while (r.hasNext()) {
                int type = r.next();
                int at = (int) r.getLocationInfo().getStartingCharOffset();
                if (pending != null) {
                    events.add(withEnd(pending, at));
                }
                pending = event(r, type, at);
                previousStart = at;
            }
            if (pending != null) {
                events.add(withEnd(pending, Math.max(previousStart, text.length())));
            }
            r.close();
        } catch (XMLStreamException e) {
            throw notWellFormed(path, text, e);
        } catch (com.ctc.wstx.exc.WstxLazyException e) {
            // Text is parsed on demand, so an error in character data ("AT&T") arrives wrapped.
            throw e.getCause() instanceof XMLStreamException x ? notWellFormed(path, text, x)
                    : new DocumentException(path, "cannot read as XML: " + firstLine(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            throw new DocumentException(path, "cannot read as XML: " + firstLine(String.valueOf(e.getMessage())));
        }
        return events;
    }

    private static DocumentException notWellFormed(String path, String text, XMLStreamException e) {
        // At an unexpected end the parser gives the last tag it read; the end of the text is where it is missing.
        boolean truncated = e instanceof com.ctc.wstx.exc.WstxEOFException;
        String where = e.getLocation() == null ? ""
                : where(text, truncated ? text.length() : e.getLocation().getCharacterOffset());
        return new DocumentException(path, "not well-formed XML" + where + ": " + firstLine(e.getMessage()));
    }

    /**
     * " at line L, column C", 1-based in code points, at the start of the tag where the parser stopped (it reports
     * the offset after what it read: "</body" of an unexpected "</body>"), or at the end of a truncated file.
     */
    private static String where(String text, int offset) {
        if (offset < 0) {
            return "";
        }
        LineMap lines = new LineMap(text);
        int at = Math.min(offset, text.length());
        int lineStart = lines.lineStart(lines.lineIndex(at));
        int tag = at > 0 ? text.lastIndexOf('<', at - 1) : -1;
        // Only inside a tag: an error in character data ("AT&T") is where the parser stopped.
        if (at < text.length() && tag >= lineStart && text.lastIndexOf('>', at - 1) < tag) {
            at = tag;
        }
        Position p = lines.position(at);
        return " at line " + p.line() + ", column " + p.column();
    }

    private static Event withEnd(Event e, int end) {
        return new Event(e.type(), e.start(), Math.max(e.start(), end), e.name(), e.attributes(), e.text(), e.empty());
    }

    private static Event event(XMLStreamReader2 r, int type, int at) throws XMLStreamException {
        switch (type) {
            case XMLStreamConstants.START_ELEMENT -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String prefix = r.getAttributePrefix(i);
                    String name = r.getAttributeLocalName(i);
                    attributes.put(prefix == null || prefix.isEmpty() ? name : prefix + ":" + name,
                            r.getAttributeValue(i));
                }
                return new Event(Type.START, at, at, r.getLocalName(), attributes, null, r.isEmptyElement());
            }
            case XMLStreamConstants.END_ELEMENT -> {
                return new Event(Type.END, at, at, r.getLocalName(), Map.of(), null, false);
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.ENTITY_REFERENCE -> {
                return new Event(Type.TEXT, at, at, null, Map.of(), r.getText(), false);
            }
            case XMLStreamConstants.CDATA -> {
                return new Event(Type.CDATA, at, at, null, Map.of(), r.getText(), false);
            }
            default -> {
                return new Event(Type.OTHER, at, at, null, Collections.emptyMap(), null, false);
            }
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        // Woodstox starts with its own location line ("ParseError at [row,col]:[3,5]"): the reason follows it.
        if (m.startsWith("ParseError") && m.contains("\n")) {
            m = m.substring(m.indexOf('\n') + 1).strip();
        }
        m = m.replaceFirst("^Message:\\s*", "");
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** Adds an element's character data to a side: text written as itself, entities and line ends as escapes. */
    static void addText(SideBuilder side, String documentText, Event e) {
        if (e.type() == Type.CDATA) {
            int open = e.start() + "<![CDATA[".length();
            int close = Math.max(open, e.end() - "]]>".length());
            side.hidden(e.start(), open);
            side.literal(open, close);
            align(side, documentText, open, close, e.text(), false);
            side.hidden(close, e.end());
        } else {
            align(side, documentText, e.start(), e.end(), e.text(), true);
        }
    }

    /**
     * Matches decoded character data against its source: equal characters are text, references and line ends
     * escapes. In a CDATA section ({@code references} false) an ampersand is itself.
     */
    private static void align(SideBuilder side, String raw, int start, int end, String decoded,
                              boolean references) {
        int i = start;
        int j = 0;
        int run = start;
        while (i < end && j < decoded.length()) {
            char c = raw.charAt(i);
            // In well-formed character data a raw '&' always starts a reference, even when it reads as '&'.
            if (c == decoded.charAt(j) && c != '\r' && (c != '&' || !references)) {
                i++;
                j++;
                continue;
            }
            side.text(run, i);
            int semi = raw.indexOf(';', i);
            if (c == '&' && references && semi > i && semi < end) {
                int width = raw.startsWith("&#", i) && Character.isHighSurrogate(decoded.charAt(j))
                        && j + 1 < decoded.length() ? 2 : 1;
                side.escape(i, semi + 1, decoded.substring(j, j + width));
                i = semi + 1;
                j += width;
            } else if (c == '\r' && decoded.charAt(j) == '\n') {
                int width = i + 1 < end && raw.charAt(i + 1) == '\n' ? 2 : 1;
                side.escape(i, i + width, "\n");
                i += width;
                j++;
            } else {
                side.escape(i, end, decoded.substring(j));
                i = end;
                j = decoded.length();
            }
            run = i;
        }
        side.text(run, i);
        if (i < end) {
            side.hidden(i, end);
        }
    }
}
