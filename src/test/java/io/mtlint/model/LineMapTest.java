package io.mtlint.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineMapTest {
    @Test
    void positionsCountCodePointsAndAllLineEndings() {
        String text = "ab\r\ncd\nef\rg\uD83D\uDE00h\n";
        LineMap map = new LineMap(text);
        assertEquals(5, map.lineCount());
        assertEquals(new Position(1, 1, 0), map.position(0));
        assertEquals(new Position(2, 1, 4), map.position(text.indexOf('c')));
        assertEquals(new Position(3, 2, 8), map.position(text.indexOf('f')));
        // The emoji is one code point (two UTF-16 units), so "h" is column 3 of line 4.
        assertEquals(new Position(4, 3, 12), map.position(text.indexOf('h')));
        assertEquals(new Position(5, 1, 14), map.position(text.length()));
    }

    /** Long lines with emoji, CRLF and lone surrogates, against counting from the line's start (seeded). */
    @Test
    void positionsOnLongLinesAgreeWithCountingFromTheLineStart() {
        java.util.Random random = new java.util.Random(20261206);
        String[] pieces = {"a", "é", "\uD83D\uDE00", "\r\n", "\n", " ", "\uD83D", "\uDE00", "word "};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            int k = random.nextInt(100);
            b.append(k < 60 ? pieces[0] : k < 75 ? pieces[8] : k < 85 ? pieces[1] : k < 92 ? pieces[2]
                    : k < 94 ? pieces[3 + random.nextInt(2)] : k < 98 ? pieces[5] : pieces[6 + random.nextInt(2)]);
        }
        String text = b.toString();
        LineMap map = new LineMap(text);
        for (int offset = 0; offset <= text.length(); offset += 1 + random.nextInt(7)) {
            Position p = map.position(offset);
            int o = offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                    && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
            int line = map.lineIndex(o);
            assertEquals(line + 1, p.line());
            assertEquals(text.codePointCount(map.lineStart(line), o) + 1, p.column(), "offset " + offset);
            assertEquals(text.codePointCount(0, o), p.codePointOffset(), "offset " + offset);
        }
    }

    @Test
    void aPositionInsideASurrogatePairNamesTheWholeCodePoint() {
        String text = "x\uD83D\uDE00y";
        LineMap map = new LineMap(text);
        assertEquals(map.position(1), map.position(2));
    }

    @Test
    void lineContentEndExcludesTheTerminator() {
        String text = "one\r\ntwo\n";
        LineMap map = new LineMap(text);
        assertEquals(3, map.lineContentEnd(0));
        assertEquals(8, map.lineContentEnd(1));
        assertEquals(text.indexOf("two"), map.offsetOf(1, 0));
    }

    @Test
    void tabsAreOneColumn() {
        LineMap map = new LineMap("\tkyiv");
        assertEquals(2, map.position(1).column());
    }
}
