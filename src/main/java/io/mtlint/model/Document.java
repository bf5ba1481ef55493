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
    private final java.util.Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /** What parsing a document's format yields: the prose blocks the rules read and the suppression comments. */
    public record Structure(List<ProseBlock> blocks, List<Suppression> suppressions) {
        public Structure {
            blocks = List.copyOf(blocks);
            suppressions = List.copyOf(suppressions);
        }
    }

    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    List<ProseBlock> blocks, List<Suppression> suppressions) {
        this(path, format, bytes, charset, bom, text, Lazy.of(new Structure(blocks, suppressions)));
    }

    /** A document whose structure {@code parser} computes when it is first asked for. */
    public Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                    Supplier<Structure> parser) {
        this(path, format, bytes, charset, bom, text, new Lazy<>(parser));
    }

    private Document(String path, Format format, byte[] bytes, Charset charset, boolean bom, String text,
                     Lazy<Structure> structure) {
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
