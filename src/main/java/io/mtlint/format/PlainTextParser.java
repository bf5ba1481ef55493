package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.LineMap;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. In a hard-wrapped file (blank lines between paragraphs, no line longer than
 * a wrapping width) each run of lines is one paragraph. Otherwise every line is a paragraph: published articles
 * are often stored one paragraph per line, and merging those lines would make a quote opened in one paragraph
 * look closed in the next.
 */
final class PlainTextParser {
    /** Hard-wrapped prose rarely has lines longer than this; one-paragraph-per-line text usually does. */
    static final int WRAP_WIDTH = 120;

    private PlainTextParser() {
    }

    static Document.Structure parse(String text) {
        LineMap lines = new LineMap(text);
        List<ProseBlock> blocks = new ArrayList<>();
        boolean blankLineParagraphs = hasBlankLineBetweenText(text, lines);
        int line = 0;
        while (line < lines.lineCount()) {
            if (isBlank(text, lines, line)) {
                line++;
                continue;
            }
            int runEnd = line;
            while (runEnd + 1 < lines.lineCount() && !isBlank(text, lines, runEnd + 1)) {
                runEnd++;
            }
            if (blankLineParagraphs && isHardWrapped(text, lines, line, runEnd)) {
                blocks.add(block(text, lines.lineStart(line), lines.lineContentEnd(runEnd)));
            } else {
                for (int l = line; l <= runEnd; l++) {
                    blocks.add(block(text, lines.lineStart(l), lines.lineContentEnd(l)));
                }
            }
            line = runEnd + 1;
        }
        return new Document.Structure(blocks, List.of());
    }

    private static ProseBlock block(String text, int start, int end) {
        return ProseBlock.builder(ProseBlock.Kind.PARAGRAPH, text).text(start, end).build();
    }

    private static boolean isHardWrapped(String text, LineMap lines, int first, int last) {
        if (first == last) {
            return false;
        }
        for (int l = first; l <= last; l++) {
            int start = lines.lineStart(l);
            if (text.codePointCount(start, lines.lineContentEnd(l)) > WRAP_WIDTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlankLineBetweenText(String text, LineMap lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (int l = 0; l < lines.lineCount(); l++) {
            boolean blank = isBlank(text, lines, l);
            if (!blank && blankAfterText) {
                return true;
            }
            seenText |= !blank;
            blankAfterText = seenText && (blankAfterText || blank);
        }
        return false;
    }

    private static boolean isBlank(String text, LineMap lines, int line) {
        return text.substring(lines.lineStart(line), lines.lineContentEnd(line)).isBlank();
    }
}
