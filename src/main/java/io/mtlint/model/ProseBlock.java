package io.mtlint.model;

import io.mtlint.text.search.CharPresence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One unit of prose (a paragraph, heading or table cell) as rules see it, with the map back to the document.
 *
 * <p>The block's {@link #text()} is its prose view: Markdown syntax removed, inline code replaced by a
 * placeholder, escapes decoded. It is assembled from pieces, each covering a range of the document: a
 * verbatim piece is copied character for character, so offsets inside it map exactly; a markup piece stands
 * for document text that reads as something else (or as nothing), so offsets inside it map to its edges.
 */
public final class ProseBlock {
    /** A SEGMENT is the translation of one unit of a bilingual file: often a fragment (a label, a menu item). */
    public enum Kind { PARAGRAPH, HEADING, TABLE_CELL, SEGMENT }

    /** A range of the document and what it reads as. */
    public record Piece(int docStart, int docEnd, String interpretAs, boolean verbatim) {
    }

    private final Kind kind;
    private final String text;
    /** The whole document's text, shared by its blocks: what a message quotes when the view masked markup. */
    private final String documentText;
    private final List<Piece> pieces;
    // Mapping over the pieces that contribute to the view (non-empty interpretAs), in view order.
    private final int[] viewStarts;
    private final Piece[] viewPieces;
    /** Read on first use; a lost race only reads it twice. */
    private CharPresence chars;

    private ProseBlock(Kind kind, List<Piece> pieces, String documentText) {
        this.kind = kind;
        this.documentText = documentText;
        this.pieces = List.copyOf(pieces);
        int count = 0;
        int length = 0;
        for (Piece p : pieces) {
            if (!p.interpretAs().isEmpty()) {
                count++;
                length += p.interpretAs().length();
            }
        }
        // Most blocks of plain text are one piece: its string is the view, not copied.
        StringBuilder sb = count > 1 ? new StringBuilder(length) : null;
        String only = "";
        this.viewStarts = new int[count];
        this.viewPieces = new Piece[count];
        int k = 0;
        int at = 0;
        for (Piece p : pieces) {
            if (!p.interpretAs().isEmpty()) {
                viewStarts[k] = at;
                viewPieces[k++] = p;
                at += p.interpretAs().length();
                if (sb != null) {
                    sb.append(p.interpretAs());
                } else {
                    only = p.interpretAs();
                }
            }
        }
        this.text = sb != null ? sb.toString() : only;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** Which characters the prose view holds. */
    public CharPresence chars() {
        CharPresence c = chars;
        if (c == null) {
            chars = c = CharPresence.of(text);
        }
        return c;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public int docStart() {
        return pieces.isEmpty() ? 0 : pieces.get(0).docStart();
    }

    public int docEnd() {
        return pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).docEnd();
    }

    /** Maps a view offset used as the start of a span to a document offset. */
    public int toDocument(int viewOffset) {
        if (viewPieces.length == 0) {
            return docStart();
        }
        if (viewOffset >= text.length()) {
            return viewPieces[viewPieces.length - 1].docEnd();
        }
        int i = pieceAt(viewOffset);
        Piece p = viewPieces[i];
        return p.verbatim() ? p.docStart() + (viewOffset - viewStarts[i]) : p.docStart();
    }

    /** Maps a view offset used as the (exclusive) end of a span to a document offset. */
    public int toDocumentEnd(int viewOffset) {
        if (viewPieces.length == 0) {
            return docStart();
        }
        if (viewOffset <= 0) {
            return viewPieces[0].docStart();
        }
        int i = pieceAt(viewOffset - 1);
        Piece p = viewPieces[i];
        return p.verbatim() ? p.docStart() + (viewOffset - viewStarts[i]) : p.docEnd();
    }

    /**
     * Whether markup the view hides lies between view offsets {@code from} and {@code to}: in the document they are
     * further apart than in the view ("**n** Um", "l'[école]").
     */
    public boolean hidesMarkupBetween(int from, int to) {
        int docFrom = toDocumentEnd(from);
        int docTo = toDocument(to);
        return docFrom < 0 || docTo < docFrom || docTo - docFrom != to - from;
    }

    /**
     * The document's text behind the view range {@code [from, to)}, as a message quotes it: the view itself where it
     * is verbatim, else the document's characters with their markup (inline code the view reads as a stand-in
     * word, emphasis, a link's destination), line breaks and their indentation read as one space.
     */
    public String written(int from, int to) {
        if (from >= to || isVerbatim(from, to)) {
            return text.substring(from, to);
        }
        int start = toDocument(from);
        int end = Math.max(start, toDocumentEnd(to));
        return documentText.substring(start, end).replaceAll("[ \\t]*\\R[ \\t>]*", " ");
    }

    /** True when the view range {@code [from, to)} is copied verbatim from the document, so it can be edited. */
    public boolean isVerbatim(int from, int to) {
        if (viewPieces.length == 0) {
            return false;
        }
        if (from == to) {
            int i = pieceAt(Math.min(from, text.length() - 1));
            return viewPieces[i].verbatim() || from == viewStarts[i];
        }
        for (int i = pieceAt(from); i < viewPieces.length && viewStarts[i] < to; i++) {
            if (!viewPieces[i].verbatim()) {
                return false;
            }
            // A gap in the document between two verbatim pieces (hidden markup) makes the range non-contiguous.
            if (i > pieceAt(from) && viewPieces[i - 1].docEnd() != viewPieces[i].docStart()) {
                return false;
            }
        }
        return true;
    }

    /** An edit of the view range as a document edit, or null when the range is not verbatim document text. */
    public TextEdit edit(int from, int to, String replacement) {
        if (!isVerbatim(from, to)) {
            return null;
        }
        int start = toDocument(from);
        int end = from == to ? start : toDocumentEnd(to);
        return new TextEdit(start, end, replacement);
    }

    private int pieceAt(int viewOffset) {
        int i = Arrays.binarySearch(viewStarts, viewOffset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    public static Builder builder(Kind kind, String documentText) {
        return new Builder(kind, documentText);
    }

    /** Assembles a block from document ranges in increasing order; gaps between them become hidden markup. */
    public static final class Builder {
        private final Kind kind;
        private final String documentText;
        private final List<Piece> pieces = new ArrayList<>();
        private int cursor = -1;

        private Builder(Kind kind, String documentText) {
            this.kind = kind;
            this.documentText = documentText;
        }

        public Builder text(int docStart, int docEnd) {
            return add(new Piece(docStart, docEnd, documentText.substring(docStart, docEnd), true));
        }

        public Builder markup(int docStart, int docEnd, String interpretAs) {
            return add(new Piece(docStart, docEnd, interpretAs, false));
        }

        public boolean isEmpty() {
            return pieces.isEmpty();
        }

        private Builder add(Piece piece) {
            if (piece.docStart() < cursor || piece.docEnd() < piece.docStart()) {
                throw new IllegalArgumentException("pieces out of order at " + piece.docStart());
            }
            if (cursor >= 0 && piece.docStart() > cursor) {
                pieces.add(new Piece(cursor, piece.docStart(), "", false));
            }
            if (piece.docEnd() == piece.docStart() && piece.interpretAs().isEmpty()) {
                return this;
            }
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.verbatim() && piece.verbatim() && last.docEnd() == piece.docStart()) {
                pieces.set(pieces.size() - 1, new Piece(last.docStart(), piece.docEnd(),
                        last.interpretAs() + piece.interpretAs(), true));
            } else {
                pieces.add(piece);
            }
            cursor = piece.docEnd();
            return this;
        }

        public ProseBlock build() {
            return new ProseBlock(kind, pieces, documentText);
        }
    }
}
