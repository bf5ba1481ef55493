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
