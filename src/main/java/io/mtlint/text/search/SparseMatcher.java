package io.mtlint.text.search;


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
public final class SparseMatcher implements MatchResult {
    /** Where a match can start: must hold at every position where the pattern matches. */
    @FunctionalInterface
    public interface StartTest {
        boolean at(String text, int i);
    }

    /**
     * A start test that can only hold at one of a few characters. The search skips to the next such character
     * (with a {@link CharSearch} when there are at most {@value CharSearch#MAX_CHARS} of them, else in a plain
     * loop) instead of asking the test at every position: with a dozen different tests per paragraph, each call
     * would be megamorphic, and asking at every position the costliest frame of the spacing and number rules.
     */
    private static final class FirstChars implements StartTest {
        private final boolean[] latin1 = new boolean[256];
        private final String others;
        private final StartTest rest;
        /** The characters, when they are few enough for a {@link CharSearch}; else null. */
        private final char[] few;

        FirstChars(String chars, StartTest rest) {
            this.few = chars.length() <= CharSearch.MAX_CHARS ? chars.toCharArray() : null;
            StringBuilder wide = new StringBuilder();
            for (char c : chars.toCharArray()) {
                if (c < 256) {
                    latin1[c] = true;
                } else {
                    wide.append(c);
                }
            }
            this.others = wide.toString();
            this.rest = rest;
        }

        private boolean isFirst(char c) {
            return c < 256 ? latin1[c] : others.indexOf(c) >= 0;
        }

        /** The first position from {@code from} holding one of the characters, or the text's length. */
        int next(String text, int from) {
            int i = from;
            while (i < text.length() && !isFirst(text.charAt(i))) {
                i++;
            }
            return i;
        }

        @Override
        public boolean at(String text, int i) {
            return isFirst(text.charAt(i)) && rest.at(text, i);
        }
    }

    /** A start test that can only hold at one of {@code chars}; {@code rest} is asked only there. */
    public static StartTest startingWith(String chars, StartTest rest) {
        return new FirstChars(chars, rest);
    }

    private final Pattern pattern;
    /** Created at the first candidate position: most blocks have none for most patterns. */
    private Matcher matcher;
    private final String text;
    private final StartTest canStart;
    /** Where {@code canStart} can hold, when it says so; else every position is a candidate. */
    private final FirstChars firsts;
    /** Searches the text for the first characters, when they are few. */
    private final CharSearch firstsSearch;
    /** Searches the text for the marks a {@link Preceding} start test needs after the start. */
    private final CharSearch marksSearch;
    private int next;
    private List<int[]> expected;
    private int found;

    private SparseMatcher(Pattern pattern, String text, StartTest canStart, io.mtlint.text.search.CharPresence present) {
        this.pattern = pattern;
        this.text = text;
        this.canStart = canStart;
        this.firsts = canStart instanceof FirstChars f ? f : null;
        this.firstsSearch = firsts != null && firsts.few != null ? new CharSearch(text, firsts.few, present) : null;
        this.marksSearch = canStart instanceof Preceding p ? new CharSearch(text, p.marks().toCharArray(), present)
                : canStart instanceof RunBefore r ? new CharSearch(text, r.marks().toCharArray(), present) : null;
        assert (expected = plainMatches(pattern, text)) != null;
    }

    private static final String SPACES = " \t\u00A0";

    /**
     * A start test that holds at one of {@code chars} right before one of {@code marks}: the search looks for the
     * marks, which are rarer than the characters before them (a space before a percent sign).
     */
    private record Preceding(String chars, String marks) implements StartTest {
        @Override
        public boolean at(String text, int i) {
            return i + 1 < text.length() && chars.indexOf(text.charAt(i)) >= 0 && marks.indexOf(text.charAt(i + 1)) >= 0;
        }
    }

    /** Starts at one of {@code chars} followed by one of {@code marks} (at most {@value CharSearch#MAX_CHARS}). */
    public static StartTest beforeAnyOf(String chars, String marks) {
        return new Preceding(chars, marks);
    }

    /** Starts at one of {@code chars}. */
    public static StartTest anyOf(String chars) {
        return startingWith(chars, (text, i) -> true);
    }

    /** Starts at the first ASCII digit of a number. */
    public static final StartTest NUMBER = startingWith("0123456789", (text, i) -> i == 0 || !isDigit(text.charAt(i - 1)));

    /** Starts at a run of spaces, tabs or no-break spaces (its first character). */
    static final StartTest SPACE_RUN = startingWith(SPACES, (text, i) -> i == 0 || !isSpace(text.charAt(i - 1)));

    /**
     * A start test that holds at the first of a run of {@code run} characters right before one of {@code marks}
     * (at most {@value CharSearch#MAX_CHARS}): the search looks for the marks and walks back over the run, since a
     * space, where the test would otherwise be asked, is one character in six of prose.
     */
    private record RunBefore(String run, String marks) implements StartTest {
        @Override
        public boolean at(String text, int i) {
            return run.indexOf(text.charAt(i)) >= 0 && (i == 0 || run.indexOf(text.charAt(i - 1)) < 0)
                    && followedBy(text, i, run, marks);
        }

        /** Where the run before the mark at {@code mark} starts; {@code mark} itself when there is no run. */
        int runStart(String text, int mark) {
            int i = mark;
            while (i > 0 && run.indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            return i;
        }
    }

    /** A start test that holds where {@code text} is written; the search is {@link String#indexOf(String, int)}. */
    private record Literal(String literal) implements StartTest {
        @Override
        public boolean at(String text, int i) {
            return text.startsWith(literal, i);
        }
    }

    /** Starts where {@code literal} is written (two spaces). */
    public static StartTest startingWithText(String literal) {
        return new Literal(literal);
    }

    /**
     * A start test that holds where a word begins (no letter before it) whose first run of letters, in
     * lowercase, is one of {@code firstRuns}: an alternation of many names is tried only at the few words that
     * can begin one of them, found by walking the text word by word.
     */
    private record WordStarting(java.util.Set<String> firstRuns, java.util.Set<Integer> firstLetters) implements StartTest {
        WordStarting(java.util.Set<String> firstRuns) {
            this(firstRuns, firstRuns.stream().map(run -> run.codePointAt(0))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }

        @Override
        public boolean at(String text, int i) {
            return i < text.length() && Character.isLetter(text.codePointAt(i)) && isWordStart(text, i)
                    && firstRuns.contains(text.substring(i, runEnd(text, i)).toLowerCase(java.util.Locale.ROOT));
        }

        int next(String text, int from) {
            int i = from;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end = runEnd(text, i);
                // The first letter rules out most words before the run is copied and lowercased.
                if (isWordStart(text, i) && firstLetters.contains(Character.toLowerCase(cp))
                        && firstRuns.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
                    return i;
                }
                i = end;
            }
            return text.length();
        }

        /** No letter before: a mark is allowed, since {@code \\b} reads a mark without a base as a boundary. */
        private static boolean isWordStart(String text, int i) {
            return i == 0 || !Character.isLetter(text.codePointBefore(i));
        }

        /**
         * The run of letters and non-spacing marks from {@code from}: {@code \\b} reads a spacing or enclosing mark
         * after a letter as a boundary, so neither may lengthen the run a phrase is looked up by.
         */
        private static int runEnd(String text, int from) {
            int i = from;
            while (i < text.length() && (Character.isLetter(text.codePointAt(i))
                    || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                i += Character.charCount(text.codePointAt(i));
            }
            return i;
        }
    }

    /**
     * Starts where one of {@code phrases} can begin, in any case, as a whole word; each phrase starts with a letter.
     * For alternations of literal words behind {@code (?<![\p{L}\p{M}])}.
     */
    public static StartTest atWordsStartingAnyOf(java.util.Collection<String> phrases) {
        java.util.Set<String> firstRuns = new java.util.HashSet<>();
        for (String phrase : phrases) {
            if (phrase.isEmpty() || !Character.isLetter(phrase.codePointAt(0))) {
                throw new IllegalArgumentException("a phrase must start with a letter: \"" + phrase + "\"");
            }
            firstRuns.add(phrase.substring(0, WordStarting.runEnd(phrase, 0)).toLowerCase(java.util.Locale.ROOT));
        }
        return new WordStarting(java.util.Set.copyOf(firstRuns));
    }

    /** Starts at a run of spaces, tabs or no-break spaces followed by one of {@code marks}. */
    public static StartTest spacesBefore(String marks) {
        return new RunBefore(SPACES, marks);
    }

    /** Starts at a run of plain spaces followed by one of {@code marks}. */
    public static StartTest plainSpacesBefore(String marks) {
        return new RunBefore(" ", marks);
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
    public static StartTest markCluster(String marks) {
        return startingWith(marks, (text, i) -> followedBy(text, i + 1, " \u00A0", marks));
    }

    /**
     * Starts at an upper-case letter with no letter before it: for a capitalised word or initialism behind a
     * lookbehind that rules out a letter, which Java would otherwise try at every position. The character before is
     * read as Java's lookbehind reads it, one {@code char}: a supplementary letter's low surrogate is no letter.
     */
    public static final StartTest CAPITAL_AFTER_NON_LETTER = (text, i) -> Character.isUpperCase(text.codePointAt(i))
            && (i == 0 || !Character.isLetter(text.charAt(i - 1)));

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /**
     * The matches of {@code pattern} in {@code text}. The character searches skip the characters the text does not
     * hold ({@code chars}), so a text with none of them is not scanned at all.
     */
    public static SparseMatcher of(Pattern pattern, String text, CharPresence chars, StartTest canStart) {
        return new SparseMatcher(pattern, text, canStart, chars);
    }

    /** The next match, as {@link Matcher#find()} would give it. */
    public boolean find() {
        for (int i = candidate(next); i < text.length(); i = candidate(i + 1)) {
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

    private int candidate(int from) {
        if (firstsSearch != null) {
            return firstsSearch.next(from);
        }
        if (canStart instanceof WordStarting w) {
            return w.next(text, from);
        }
        if (canStart instanceof Literal l) {
            int at = text.indexOf(l.literal(), from);
            return at < 0 ? text.length() : at;
        }
        if (canStart instanceof RunBefore r) {
            for (int mark = marksSearch.next(from); mark < text.length(); mark = marksSearch.next(mark + 1)) {
                int start = r.runStart(text, mark);
                if (start < mark && start >= from) {
                    return start;
                }
            }
            return text.length();
        }
        if (marksSearch != null) {
            int mark = marksSearch.next(from + 1);
            return mark < text.length() ? mark - 1 : text.length();
        }
        return firsts == null ? from : firsts.next(text, from);
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
