package io.mtlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what {@link Matcher#find()} finds, but tries the pattern only at positions where a cheap test says a match
 * can start (a digit, a punctuation mark, two spaces). Java's regular expressions try every position, and for a
 * pattern that starts with a character class or a lookaround that costs more than the rest of a rule. With
 * assertions enabled (as in the tests) every run is checked against the plain search.
 */
final class SparseMatcher implements MatchResult {
    /** Where a match can start: must hold at every position where the pattern matches. */
    @FunctionalInterface
    interface StartTest {
        boolean at(String text, int i);
    }

    private final Pattern pattern;
    /** Created at the first candidate position: most blocks have none for most patterns. */
    private Matcher matcher;
    private final String text;
    private final StartTest canStart;
    private int next;
    private List<int[]> expected;
    private int found;

    private SparseMatcher(Pattern pattern, String text, StartTest canStart) {
        this.pattern = pattern;
        this.text = text;
        this.canStart = canStart;
        assert (expected = plainMatches(pattern, text)) != null;
    }

    /** Starts at one of {@code chars}. */
    static StartTest anyOf(String chars) {
        return (text, i) -> chars.indexOf(text.charAt(i)) >= 0;
    }

    /** Starts at the first ASCII digit of a number. */
    static final StartTest NUMBER = (text, i) -> isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)));

    /** Starts at a run of spaces, tabs or no-break spaces (its first character). */
    static final StartTest SPACE_RUN = (text, i) -> isSpace(text.charAt(i)) && (i == 0 || !isSpace(text.charAt(i - 1)));

    /** Starts at a run of spaces, tabs or no-break spaces followed by one of {@code marks}. */
    static StartTest spacesBefore(String marks) {
        return (text, i) -> SPACE_RUN.at(text, i) && followedBy(text, i, " \t\u00A0", marks);
    }

    /** Starts at a run of plain spaces followed by one of {@code marks}. */
    static StartTest plainSpacesBefore(String marks) {
        return (text, i) -> text.charAt(i) == ' ' && (i == 0 || text.charAt(i - 1) != ' ')
                && followedBy(text, i, " ", marks);
    }

    /** True when the run of {@code skipped} characters from {@code i} ends before one of {@code marks}. */
    private static boolean followedBy(String text, int i, String skipped, String marks) {
        int j = i;
        while (j < text.length() && skipped.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < text.length() && marks.indexOf(text.charAt(j)) >= 0;
    }

    /** Starts at one of {@code marks} followed, after spaces or no-break spaces, by another. */
    static StartTest markCluster(String marks) {
        return (text, i) -> marks.indexOf(text.charAt(i)) >= 0 && followedBy(text, i + 1, " \u00A0", marks);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    static SparseMatcher of(Pattern pattern, String text, StartTest canStart) {
        return new SparseMatcher(pattern, text, canStart);
    }

    /** The next match, as {@link Matcher#find()} would give it. */
    boolean find() {
        for (int i = next; i < text.length(); i++) {
            if (!canStart.at(text, i)) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(i, text.length());
            if (matcher.lookingAt()) {
                next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                assert sameAsPlainSearch(true);
                return true;
            }
        }
        next = text.length();
        assert sameAsPlainSearch(false);
        return false;
    }

    private boolean sameAsPlainSearch(boolean matched) {
        if (!matched) {
            if (found != expected.size()) {
                throw new AssertionError("missed matches of /" + pattern + "/ in: " + text);
            }
            return true;
        }
        int[] want = found < expected.size() ? expected.get(found) : null;
        found++;
        if (want == null || want[0] != matcher.start() || want[1] != matcher.end()) {
            throw new AssertionError("/" + pattern + "/ found " + matcher.start() + "-" + matcher.end()
                    + " where the plain search finds " + (want == null ? "nothing" : want[0] + "-" + want[1])
                    + " in: " + text);
        }
        return true;
    }

    private static List<int[]> plainMatches(Pattern pattern, String text) {
        List<int[]> all = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            all.add(new int[] {m.start(), m.end()});
        }
        return all;
    }

    @Override
    public int start() {
        return matcher.start();
    }

    @Override
    public int start(int group) {
        return matcher.start(group);
    }

    @Override
    public int end() {
        return matcher.end();
    }

    @Override
    public int end(int group) {
        return matcher.end(group);
    }

    @Override
    public String group() {
        return matcher.group();
    }

    @Override
    public String group(int group) {
        return matcher.group(group);
    }

    @Override
    public int groupCount() {
        return (matcher != null ? matcher : pattern.matcher("")).groupCount();
    }
}
