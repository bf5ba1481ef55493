package io.mtlint.packs.prefilter;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The first characters read from expressions, and the expressions whose first characters are not known. */
class RegexFirstsTest {
    private static String firsts(String regex, int flags) {
        char[] chars = RegexFirsts.of(Pattern.compile(regex, flags));
        return chars == null ? null : new String(chars);
    }

    private static String firsts(String regex) {
        return firsts(regex, 0);
    }

    @Test
    void literalsClassesAndAlternativesGiveTheirFirstCharacters() {
        assertEquals("OTt", firsts("\\b(?:[Tt]he|On) (\\d+)"));
        assertEquals("0123456789", firsts("\\b([01]?\\d|2[0-3]) ?h(?![\\p{L}\\d])(?<=\\bat \\d{1,2} ?h)"));
        assertEquals("N", firsts("Not(?<=(?:^|[.!?]\\s{1,3})Not) only\\."));
        assertEquals("t", firsts("\\bthe (?=(?:19|20)\\d{2})(?<=\\bin the )"));
        assertEquals("Mm", firsts("(?<=\\d )(million|Million)s?"));
        assertEquals("ADad", firsts("\\b(?i:a|d)x"));
        assertEquals("ACac", firsts("[ac]b", Pattern.CASE_INSENSITIVE));
        assertEquals("ab", firsts("a?b"), "an optional first item adds what follows");
        assertEquals("\"\u201c", firsts("(?:\"|\u201c)x"));
    }

    @Test
    void unknownManyOrEmptyStartsGiveNothing() {
        assertNull(firsts("\\p{Ll}+s also"));
        assertNull(firsts("[^a]b"));
        assertNull(firsts(".x"));
        assertNull(firsts("a?"), "a match may be empty");
        assertNull(firsts("(?i)sun"), "the long s and the Kelvin sign fold to s and k");
        assertNull(firsts("[a-z]x"), "too many characters to search for");
        assertNull(firsts("\\wx"));
    }
}
