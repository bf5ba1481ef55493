package io.mtlint.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A sparse search finds exactly what the plain search finds, and says so loudly when its start test is wrong. */
class SparseMatcherTest {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?=\\d)(?<![\\d.,])(\\d+),(\\d{1,2})(?![\\d]|,\\d)");

    @Test
    void findsWhatThePlainSearchFinds() {
        String text = "Prices rose 3,5 % in 2023, 12,75 in May and 1,234,567 later; 0,5.";
        SparseMatcher sparse = SparseMatcher.of(DECIMAL_COMMA, text, SparseMatcher.NUMBER);
        List<String> found = new ArrayList<>();
        while (sparse.find()) {
            found.add(sparse.group(1) + "|" + sparse.group(2) + "@" + sparse.start());
        }
        List<String> plain = new ArrayList<>();
        Matcher m = DECIMAL_COMMA.matcher(text);
        while (m.find()) {
            plain.add(m.group(1) + "|" + m.group(2) + "@" + m.start());
        }
        assertEquals(plain, found);
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void aStartBeforeAMarkIsFoundByTheMark() {
        Pattern spacePercent = Pattern.compile("(?<=\\d)([ \\u00A0])(%)");
        String text = "% 38 % and 12\u00A0%, not 5%, nor x %; 7 %";
        SparseMatcher sparse = SparseMatcher.of(spacePercent, text, SparseMatcher.beforeAnyOf(" \u00A0", "%"));
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        assertEquals(List.of(4, 13, text.length() - 2), starts);
    }

    @Test
    void lookbehindsSeeTextBeforeTheCandidate() {
        // The lookbehind must look past the position where the sparse search starts trying.
        String text = "a 1.5,25 b";
        SparseMatcher sparse = SparseMatcher.of(DECIMAL_COMMA, text, (t, i) -> Character.isDigit(t.charAt(i)));
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        assertEquals(List.of(), starts);
    }

    @Test
    void aStartTestThatMissesMatchesIsCaught() {
        // Assertions are on in the tests, so a start test that skips a real match cannot go unnoticed.
        SparseMatcher wrong = SparseMatcher.of(Pattern.compile("b+"), "abba cab", SparseMatcher.anyOf("x"));
        assertThrows(AssertionError.class, wrong::find);
    }
}
