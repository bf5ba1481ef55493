package io.mtlint.model;

/**
 * A piece of markup inside a segment that is not prose: an XLIFF or TMX inline element ({@code <g>}, {@code <x/>},
 * {@code <ph>}, {@code <pc>}, {@code <bpt>}), an HTML tag written in the text, or a placeholder such as
 * {@code %s}, {@code %1$s} or {@code {0}}. A translation must keep them: the bilingual rules compare a segment's
 * codes with its source's.
 *
 * @param kind       whether the code opens or closes a pair, stands alone, or is a placeholder in the text
 * @param type       the element name ({@code g}, {@code ph}, {@code b} for an HTML tag) or, for a placeholder, its
 *                   normal form ({@code %s}, {@code {0}})
 * @param id         the id that pairs it with the same code in the source (XLIFF, TMX), or null
 * @param text       the markup as written in the file
 * @param docStart   where it starts in {@link Document#text()}
 * @param docEnd     where it ends
 * @param viewOffset where it stands in the prose view of its block
 */
public record InlineCode(Kind kind, String type, String id, String text, int docStart, int docEnd, int viewOffset) {
    public enum Kind { OPENING, CLOSING, STANDALONE, PLACEHOLDER }

    /** What identifies the code across source and target: its kind and type, and its id when it has one. */
    public String key() {
        return kind + ":" + type + (id != null ? "#" + id : "");
    }
}
