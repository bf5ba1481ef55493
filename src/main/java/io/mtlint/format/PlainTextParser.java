package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.LineMap;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs. In a hard-wrapped file (blank lines between paragraphs, no line longer than
 * a wrapping width, no line broken before it was full) each run of lines is one paragraph. Otherwise every line
 * is a paragraph: published articles are often stored one paragraph per line, and merging those lines would make a
 * quote opened in one paragraph look closed in the next.
 */
final class PlainTextParser {
    /** Hard-wrapped prose rarely has lines longer than this; one-paragraph-per-line text usually does. */
    static final int WRAP_WIDTH = 120;
    /**
     * A line is broken on purpose (a heading, a list or infobox row) when the next line's first word would have fit
     * on it with this much room to spare; a wrapping editor breaks a line only when the next word does not fit.
     */
    static final int DELIBERATE_BREAK_ROOM = 10;
    static final int ROW_LIST_MIN_LINES = 4;
    /**
     * A sentence that ends inside a line, another following it: prose, whose wrapped lines may still open with
     * capitals line after line (German nouns, names); rows of an infobox or list hold no such thing.
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{L}[.!?…][\"'»”’)]*\\s+[\"'«„“‘(]*\\p{Lu}");

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

    /** A paragraph, its LaTeX formulas read as a stand-in word like inline code. */
    private static ProseBlock block(String text, int start, int end) {
        ProseBlock.Builder block = ProseBlock.builder(ProseBlock.Kind.PARAGRAPH, text);
        if (!LatexMath.mayHold(text, start, end)) {
            return block.text(start, end).build();
        }
        Matcher math = LatexMath.SPAN.matcher(text).region(start, end);
        int cursor = start;
        while (math.find()) {
            if (math.start() > cursor) {
                block.text(cursor, math.start());
            }
            block.markup(math.start(), math.end(), Placeholder.WORD);
            cursor = math.end();
        }
        if (cursor < end) {
            block.text(cursor, end);
        }
        return block.build();
    }

    private static boolean brokenOnPurpose(String text, LineMap lines, int line, int width) {
        String next = text.substring(lines.lineStart(line + 1), lines.lineContentEnd(line + 1)).strip();
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        int withNextWord = length(text, lines, line) + 1 + firstWord.codePointCount(0, firstWord.length());
        return withNextWord + DELIBERATE_BREAK_ROOM <= width;
    }

    private static int longestLine(String text, LineMap lines, int first, int last) {
        int longest = 0;
        for (int l = first; l <= last; l++) {
            longest = Math.max(longest, length(text, lines, l));
        }
        return longest;
    }

    private static int length(String text, LineMap lines, int line) {
        return text.codePointCount(lines.lineStart(line), lines.lineContentEnd(line));
    }

    /** Every line is within the wrapping width and none of them was broken before the next word had to move. */
    private static boolean isHardWrapped(String text, LineMap lines, int first, int last) {
        if (first == last) {
            return false;
        }
        int width = longestLine(text, lines, first, last);
        for (int l = first; l < last; l++) {
            if (brokenOnPurpose(text, lines, l, width)) {
                return false;
            }
        }
        return withinWrapWidth(text, lines, first, last) && !isRowList(text, lines, first, last);
    }

    /**
     * Rows of an infobox or a list of even length: at least {@value #ROW_LIST_MIN_LINES} lines, and nearly every line
     * after the first opens with a capital or a digit, which a wrap falling between arbitrary words of prose does not
     * do line after line.
     */
    private static boolean isRowList(String text, LineMap lines, int first, int last) {
        int continuations = last - first;
        if (continuations + 1 < ROW_LIST_MIN_LINES) {
            return false;
        }
        int rowStarts = 0;
        for (int l = first; l <= last; l++) {
            if (SENTENCE_INSIDE.matcher(text).region(lines.lineStart(l), lines.lineContentEnd(l)).find()) {
                return false;
            }
        }
        for (int l = first + 1; l <= last; l++) {
            String line = text.substring(lines.lineStart(l), lines.lineContentEnd(l)).strip();
            if (!line.isEmpty()) {
                int c = line.codePointAt(0);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    rowStarts++;
                }
            }
        }
        return rowStarts * 4 >= continuations * 3;
    }

    private static boolean withinWrapWidth(String text, LineMap lines, int first, int last) {
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
