package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.LineMap;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Segment;
import io.mtlint.model.TargetEditing;
import io.mtlint.text.Placeholders;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs a plain-text translation with its source line by line: line n of the target translates line n of the
 * source. Blank source lines pair with nothing; a target line is the segment's translation, edited in place.
 * The segment's id is the line number.
 */
final class AlignedParser {
    private AlignedParser() {
    }

    static Document.Structure parse(String sourceText, String targetText) {
        LineMap sourceLines = new LineMap(sourceText);
        LineMap targetLines = new LineMap(targetText);
        List<Segment> segments = new ArrayList<>();
        List<ProseBlock> blocks = new ArrayList<>();
        for (int line = 0; line < sourceLines.lineCount(); line++) {
            int ss = sourceLines.lineStart(line);
            int se = sourceLines.lineContentEnd(line);
            if (sourceText.substring(ss, se).isBlank()) {
                continue;
            }
            SideBuilder.Side src = new SideBuilder(sourceText, Placeholders.Printf.TEXT).text(ss, se).build();
            if (src.isEmpty()) {
                continue;
            }
            String id = String.valueOf(line + 1);
            if (line >= targetLines.lineCount()) {
                int end = targetText.length();
                segments.add(new Segment(id, src.block(), null, src.codes(), List.of(), end, end, end, end, null));
                continue;
            }
            int ts = targetLines.lineStart(line);
            int te = targetLines.lineContentEnd(line);
            SideBuilder.Side tgt = new SideBuilder(targetText, Placeholders.Printf.TEXT).text(ts, te).build();
            TargetEditing editing = new TargetEditing(ts, te, TargetEditing.Escaping.LINE, tgt.locked(), List.of());
            int anchorStart = tgt.isEmpty() ? ts : tgt.block().docStart();
            int anchorEnd = tgt.isEmpty() ? ts : tgt.block().docEnd();
            segments.add(new Segment(id, src.block(), tgt.block(), src.codes(), tgt.codes(), ts,
                    Math.max(ts + 1, te), anchorStart, anchorEnd, editing));
            if (!tgt.isEmpty()) {
                blocks.add(tgt.block());
            }
        }
        return new Document.Structure(blocks, List.of(), segments, null, null);
    }
}
