package io.mtlint.packs.prefilter;

import io.mtlint.text.search.CharPresence;
import io.mtlint.text.search.CharSearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, found by trying the expression only at the positions holding one of
 * its possible first characters ({@link RegexFirsts}): an expression that opens with a lookbehind or a word
 * boundary is otherwise tried at every position of the paragraph. The region's bounds are transparent and not
 * anchoring, so word boundaries and lookbehinds see the text before the position, as they do for {@code find}.
 */
public abstract class FirstCharMatches {
    /** Advances the matcher to its next match; false when there is none. */
    public abstract boolean next();

    /**
     * Matches of {@code m} over {@code text}, at {@code firsts} when known (null: a plain search), looking only for
     * the first characters {@code present} (what the text holds, or null) does not rule out.
     */
    public static FirstCharMatches of(Matcher m, String text, char[] firsts, CharPresence present) {
        return firsts == null ? new Plain(m) : new AtFirsts(m, text, firsts, present);
    }

    /** False when {@code firsts} are known and the text holds none of them: the expression cannot match. */
    public static boolean mayStart(char[] firsts, CharPresence present) {
        return firsts == null || present.mayHoldAnyOf(firsts);
    }

    private static final class Plain extends FirstCharMatches {
        private final Matcher m;

        Plain(Matcher m) {
            this.m = m;
        }

        @Override
        public boolean next() {
            return m.find();
        }
    }

    private static final class AtFirsts extends FirstCharMatches {
        private final Matcher m;
        private final String text;
        private final CharSearch search;
        /**
         * Whether the expression opens with a word boundary: a word character then starts a match only where no
         * word character precedes it, so the "t" inside "that" is not tried for a pattern that opens with "\\bthe".
         */
        private final boolean atWordBoundary;
        private int from;

        AtFirsts(Matcher m, String text, char[] firsts, CharPresence present) {
            this.m = m;
            this.text = text;
            this.search = new CharSearch(text, firsts, present);
            this.atWordBoundary = m.pattern().pattern().startsWith("\\b");
            // Kept by every region() call: word boundaries and lookbehinds see the text before the position.
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }

        @Override
        public boolean next() {
            for (int i = search.next(from); i < text.length(); i = search.next(i + 1)) {
                if (atWordBoundary && i > 0 && isWordChar(text.charAt(i)) && isWordChar(text.charAt(i - 1))) {
                    continue;
                }
                m.region(i, text.length());
                if (m.lookingAt()) {
                    from = Math.max(m.end(), i + 1);
                    return true;
                }
            }
            from = text.length();
            return false;
        }
    }

    /** A character {@code \\b} reads as part of a word (a surrogate half never is, which only costs a try). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** For assertions: the matches found at the first characters are those of a plain search. */
    public static boolean sameAsFind(Pattern pattern, String text, char[] firsts) {
        List<int[]> plain = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            plain.add(new int[] {m.start(), m.end()});
        }
        List<int[]> atFirsts = new ArrayList<>();
        Matcher n = pattern.matcher(text);
        FirstCharMatches search = new AtFirsts(n, text, firsts, null);
        while (search.next()) {
            atFirsts.add(new int[] {n.start(), n.end()});
        }
        return Arrays.deepEquals(plain.toArray(), atFirsts.toArray());
    }
}
