package io.mtlint.model;

import java.util.List;

/**
 * One translation unit of a bilingual file (an XLIFF segment, a PO message or plural form, a TMX unit, a line of
 * an aligned pair): its source and its target as prose blocks mapped to the document, with their inline codes.
 * Only the target is prose the rules check; the source is read by the bilingual rules alone.
 *
 * @param id          the unit's id as the file names it (reported as the finding's unit)
 * @param source      the source text (never empty)
 * @param target      the translation, or null when the unit has none or it is empty
 * @param sourceCodes the source's inline codes and placeholders, in order
 * @param targetCodes the target's, in order
 * @param start       where the unit starts in the document
 * @param end         where it ends
 * @param anchorStart where a finding about the translation as a whole starts: its text, the empty target
 *                    element, or the unit's opening when it has no target
 * @param anchorEnd   where that finding ends
 * @param editing     where and how the translation may be edited, or null when it cannot be (no target element)
 */
public record Segment(String id, ProseBlock source, ProseBlock target, List<InlineCode> sourceCodes,
                      List<InlineCode> targetCodes, int start, int end, int anchorStart, int anchorEnd,
                      TargetEditing editing) {
    public Segment {
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
    }

    /** The translation's prose, empty when there is none. */
    public String targetText() {
        return target == null ? "" : target.text();
    }

    public String sourceText() {
        return source.text();
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end || offset == start;
    }
}
