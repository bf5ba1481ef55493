package io.mtlint.model;

import io.mtlint.support.Lazy;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decoded file: its original bytes, the text mtlint checks (without the byte-order mark), the map from text
 * offsets back to lines and columns, and the prose blocks the rules read. Immutable; the prose blocks and
 * suppression comments may be parsed on first use, since a result read from the cache needs neither.
 */
public final class Document {
    private final String path;
    private final Format format;
    private final byte[] bytes;
    private final Charset charset;
    private final boolean bom;
    private final String text;
    private final LineMap lines;
    private final Lazy<Structure> structure;
    private final boolean bilingual;
    /** The language an article's own markup declares (an HTML page's {@code lang}), or null. */
    private final String pageLanguage;
    private final java.util.Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What parsing a document's format yields: the prose blocks the rules read and the suppression comments; for a
     * bilingual file also its segments, in document order, and the languages it declares (null when it does not).
     */
    public record Structure(List<ProseBlock> blocks, List<Suppression> suppressions, List<Segment> segments,
                            String sourceLanguage, String targetLanguage) {
        public Structure {
            blocks = List.copyOf(blocks);
            suppressions = List.copyOf(suppressions);
            segments = List.copyOf(segments);
        }

        public Structure(List<ProseBlock> blocks, List<Suppression> suppressions) {
            this(blocks, suppressions, List.of(), null, null);
        }
    }

    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    List<ProseBlock> blocks, List<Suppression> suppressions) {
        this(path, format, bytes, charset, bom, text, Lazy.of(new Structure(blocks, suppressions)),
                format.bilingual(), null);
    }

    /** A document whose structure {@code parser} computes when it is first asked for. */
    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    Supplier<Structure> parser) {
        this(path, format, bytes, charset, bom, text, new Lazy<>(parser), format.bilingual(), null);
    }

    /**
     * An article whose structure {@code parser} computes when it is first asked for, and whose markup declares
     * {@code pageLanguage} (null: none), known without parsing it.
     */
    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    Supplier<Structure> parser, String pageLanguage) {
        this(path, format, bytes, charset, bom, text, new Lazy<>(parser), format.bilingual(), pageLanguage);
    }

    /** A document whose structure is already parsed. */
    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    Structure structure) {
        this(path, format, bytes, charset, bom, text, Lazy.of(structure),
                format.bilingual() || !structure.segments().isEmpty(), null);
    }

    private Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                     Lazy<Structure> structure, boolean bilingual, String pageLanguage) {
        this.bilingual = bilingual;
        this.pageLanguage = pageLanguage;
        this.path = path;
        this.format = format;
        this.bytes = bytes.clone();
        this.charset = charset;
        this.bom = bom;
        this.text = text;
        this.lines = new LineMap(text);
        this.structure = structure;
    }

    /** The path as given by the user (or {@code -} for standard input); used in reports. */
    public String path() {
        return path;
    }

    public Format format() {
        return format;
    }

    /** The file's original bytes, including any byte-order mark. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The encoding the file was decoded with; fixes are written back in it. */
    public Charset charset() {
        return charset;
    }

    public boolean hasBom() {
        return bom;
    }

    /** The decoded text, without the byte-order mark. All finding offsets index into it. */
    public String text() {
        return text;
    }

    public LineMap lines() {
        return lines;
    }

    public Position position(int offset) {
        return lines.position(offset);
    }

    public List<ProseBlock> blocks() {
        return structure.get().blocks();
    }

    public List<Suppression> suppressions() {
        return structure.get().suppressions();
    }

    /**
     * Whether the document pairs translations with their sources: a bilingual format, or a text aligned with its
     * source. Known without parsing, so reports need not parse an article read from the cache.
     */
    public boolean isBilingual() {
        return bilingual;
    }

    /** The segments of a bilingual file, in document order; empty for an article. */
    public List<Segment> segments() {
        return bilingual ? structure.get().segments() : List.of();
    }

    /** The segment whose unit holds {@code offset}, or null. */
    public Segment segmentAt(int offset) {
        List<Segment> segments = segments();
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (s.contains(offset)) {
                return s;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return null;
    }

    /** The source language the file declares (XLIFF, TMX, the gettext convention), or null. */
    public String declaredSourceLanguage() {
        return bilingual ? structure.get().sourceLanguage() : null;
    }

    /** The target language the file declares (a bilingual file's target, an HTML page's language), or null. */
    public String declaredTargetLanguage() {
        return bilingual ? structure.get().targetLanguage() : pageLanguage;
    }

    /**
     * The fix as it must be written into this file, or null when it cannot be: in a bilingual file every edit must
     * fall inside the text of one translation (never on its source, its inline codes or the format's markup), and
     * its replacement is escaped as the format requires; an HTML page's replacements are escaped as HTML. Other
     * articles' fixes are written as they are.
     */
    public Fix writable(Fix fix) {
        if (!bilingual && format != Format.HTML) {
            return fix;
        }
        List<TextEdit> edits = new java.util.ArrayList<>(fix.edits().size());
        for (TextEdit e : fix.edits()) {
            TextEdit written = writable(e);
            if (written == null) {
                return null;
            }
            edits.add(written);
        }
        return new Fix(edits, fix.safe(), fix.description());
    }

    /** One edit as it must be written (see {@link #writable(Fix)}), or null. */
    public TextEdit writable(TextEdit edit) {
        if (format == Format.HTML) {
            return new TargetEditing(0, text.length(), TargetEditing.Escaping.HTML, List.of(), List.of())
                    .writable(edit, List.of(), charset);
        }
        if (!bilingual) {
            return edit;
        }
        Segment s = segmentAt(edit.start());
        if (s == null || s.editing() == null) {
            return null;
        }
        List<int[]> unsplittable = new java.util.ArrayList<>();
        if (s.target() != null) {
            for (ProseBlock.Piece p : s.target().pieces()) {
                if (!p.verbatim() && p.docEnd() > p.docStart()) {
                    unsplittable.add(new int[] {p.docStart(), p.docEnd()});
                }
            }
        }
        return s.editing().writable(edit, unsplittable, charset);
    }

    /**
     * How the text {@code [start, end)} reads: in a translation of a bilingual file with its escapes decoded
     * ({@code AT&amp;T} reads {@code AT&T}); elsewhere as written.
     */
    public String reading(int start, int end) {
        Segment s = bilingual ? segmentAt(start) : null;
        if (s == null || s.target() == null || start < s.target().docStart() || end > s.target().docEnd()) {
            return text.substring(start, end);
        }
        StringBuilder sb = new StringBuilder();
        for (ProseBlock.Piece p : s.target().pieces()) {
            if (p.docEnd() <= start && p.docEnd() > p.docStart() || p.docStart() >= end) {
                continue;
            }
            if (p.verbatim()) {
                sb.append(text, Math.max(start, p.docStart()), Math.min(end, p.docEnd()));
            } else {
                sb.append(p.interpretAs());
            }
        }
        return sb.toString();
    }

    /**
     * Drops the derived values once the rules are done with them: a run keeps every document for its report, and
     * their words, folded texts and spans would otherwise stay in memory with them (and cost the garbage
     * collector most of a large run). Anything asked for again is derived again.
     */
    public void forgetDerived() {
        derived.clear();
    }

    /**
     * A value derived from this document once and shared by every rule that needs it (a block's tagged tokens, its
     * source-language spans). Keys must identify the computation, including the language it depends on.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }

    /** The dominant line terminator of the file, used when a fix inserts a line break. */
    public String lineSeparator() {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }
}
