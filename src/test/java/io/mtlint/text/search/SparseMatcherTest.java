package io.mtlint.text.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        SparseMatcher sparse = SparseMatcher.of(DECIMAL_COMMA, text, CharPresence.of(text), SparseMatcher.NUMBER);
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
    void aCapitalAfterASupplementaryLetterIsTriedAsJavaReadsTheLookbehind() {
        // Java's lookbehind reads the low surrogate of "𩨖" alone, which is no letter, so "Code." matches after it.
        Pattern dotted = Pattern.compile("(?<![\\p{L}\\p{N}@_./-])\\p{Lu}\\p{Ll}{1,4}\\.(?!\\p{L})");
        String text = "\uD866\uDE16Code. and Calif. but xCpl.";
        SparseMatcher sparse = SparseMatcher.of(dotted, text, null, SparseMatcher.CAPITAL_AFTER_NON_LETTER);
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        assertEquals(List.of(2, 12), starts);
    }

    @Test
    void aStartBeforeAMarkIsFoundByTheMark() {
        Pattern spacePercent = Pattern.compile("(?<=\\d)([ \\u00A0])(%)");
        String text = "% 38 % and 12\u00A0%, not 5%, nor x %; 7 %";
        SparseMatcher sparse = SparseMatcher.of(spacePercent, text, CharPresence.of(text), SparseMatcher.beforeAnyOf(" \u00A0", "%"));
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        assertEquals(List.of(4, 13, text.length() - 2), starts);
    }

    @Test
    void aRunOfSpacesBeforeAMarkIsFoundFromTheMark() {
        Pattern spaceBefore = Pattern.compile("(?<!\\s)[ \t\u00A0]+(?=[.,;:!?])");
        String text = ", a  , b\t;c ,, d \u00A0 . e";
        List<Integer> starts = starts(spaceBefore, text, SparseMatcher.spacesBefore(".,;:!?"));
        assertEquals(List.of(3, 8, 11, 16), starts);
    }

    @Test
    void sparseStartsAgreeWithThePlainSearchOnRandomText() {
        // Assertions compare every sparse search with the plain one; random texts of the characters the start
        // tests look for give runs, repeats and marks at both ends.
        Random random = new Random(Long.getLong("mtlint.seed", 20261128L));
        Pattern spaceBefore = Pattern.compile("(?<!\\s)[ \t\u00A0]+(?=[.,;:!?])");
        Pattern plainSpaceBefore = Pattern.compile("(?<! ) +(?=[)\\]])");
        Pattern doubleSpace = Pattern.compile("(?=  )(?<=\\S)( {2,})(?=\\S)");
        String alphabet = "ab  \t\u00A0.,;)]";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(plainStarts(spaceBefore, t), starts(spaceBefore, t, SparseMatcher.spacesBefore(".,;:!?")), t);
            assertEquals(plainStarts(plainSpaceBefore, t), starts(plainSpaceBefore, t, SparseMatcher.plainSpacesBefore(")]")), t);
            assertEquals(plainStarts(doubleSpace, t), starts(doubleSpace, t, SparseMatcher.startingWithText("  ")), t);
        }
    }

    @Test
    void wordStartsOfAnAlternationAgreeWithThePlainSearchOnRandomText() {
        List<String> phrases = List.of("mil millones", "Ministerio de", "ministro", "Él", "über", "Côte d’Ivoire");
        Pattern anyCaseWords = Pattern.compile("(?i)\\b(?:mil millones|Ministerio de|ministro|Él|über|Côte d’Ivoire)\\b");
        Pattern wholeWords = Pattern.compile("(?<![\\p{L}\\p{M}])(?:mil millones|Ministerio de|ministro|Él|über|"
                + "Côte d’Ivoire)(?![\\p{L}\\p{M}])");
        SparseMatcher.StartTest test = SparseMatcher.atWordsStartingAnyOf(phrases);
        String[] pieces = {"mil", " millones", "Ministerio", " de", "MINISTRO", "ministros", "él", "Él", "über", "Über",
                "Côte", " d’Ivoire", " ", "-", "x", "3", "\u0301", "\u0903", "\u20dd", "_", "é"};
        Random random = new Random(Long.getLong("mtlint.seed", 20261205L));
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(plainStarts(anyCaseWords, t), starts(anyCaseWords, t, test), t);
            assertEquals(plainStarts(wholeWords, t), starts(wholeWords, t, test), t);
        }
    }

    private static List<Integer> starts(Pattern pattern, String text, SparseMatcher.StartTest test) {
        SparseMatcher sparse = SparseMatcher.of(pattern, text, CharPresence.of(text), test);
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        return starts;
    }

    private static List<Integer> plainStarts(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    @Test
    void lookbehindsSeeTextBeforeTheCandidate() {
        // The lookbehind must look past the position where the sparse search starts trying.
        String text = "a 1.5,25 b";
        SparseMatcher sparse = SparseMatcher.of(DECIMAL_COMMA, text, CharPresence.of(text), (t, i) -> Character.isDigit(t.charAt(i)));
        List<Integer> starts = new ArrayList<>();
        while (sparse.find()) {
            starts.add(sparse.start());
        }
        assertEquals(List.of(), starts);
    }

    @Test
    void aStartTestThatMissesMatchesIsCaught() {
        // Assertions are on in the tests, so a start test that skips a real match cannot go unnoticed.
        SparseMatcher wrong = SparseMatcher.of(Pattern.compile("b+"), "abba cab", CharPresence.of("abba cab"), SparseMatcher.anyOf("x"));
        assertThrows(AssertionError.class, wrong::find);
    }
}
