package io.mtlint.packs.prefilter;

import io.mtlint.text.search.CharSearch;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * The characters a token can start with when a condition accepts only a short list of texts: lets a rule look for
 * its first token at those characters alone instead of tokenising a whole paragraph. Case-insensitive conditions
 * hold lowercase texts, so a character counts by the lowercase of it that starts the token's lowercase form.
 */
public final class TokenFirsts {
    private final boolean[] latin1 = new boolean[256];
    private final Set<Integer> others = new TreeSet<>();
    private final boolean byLowercase;
    /** Every character that can start an accepted token, when they are few and all in the basic plane; else null. */
    private final char[] few;

    private TokenFirsts(Set<String> texts, boolean byLowercase) {
        this.byLowercase = byLowercase;
        for (String t : texts) {
            if (t.isEmpty()) {
                continue;
            }
            int cp = t.codePointAt(0);
            if (cp < 256) {
                latin1[cp] = true;
            } else {
                others.add(cp);
            }
        }
        this.few = byLowercase ? lowercasePreimage() : fewChars();
    }

    /**
     * The characters whose lowercase starts an accepted text: "s" and "S" for "said", also the Kelvin sign for "k"
     * and the dotted capital I for "i". Only the basic plane is looked through, since letters beyond it lowercase to
     * letters beyond it; texts starting there get no character search.
     */
    private char[] lowercasePreimage() {
        if (others.stream().anyMatch(Character::isSupplementaryCodePoint)) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && canStart(c)) {
                chars.append((char) c);
                if (chars.length() > CharSearch.MAX_CHARS) {
                    return null;
                }
            }
        }
        return chars.toString().toCharArray();
    }

    private char[] fewChars() {
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c < latin1.length; c++) {
            if (latin1[c]) {
                chars.append((char) c);
            }
        }
        for (int cp : others) {
            if (Character.isSupplementaryCodePoint(cp)) {
                return null;
            }
            chars.append((char) cp);
        }
        return chars.length() <= CharSearch.MAX_CHARS ? chars.toString().toCharArray() : null;
    }

    /** The first characters of {@code texts}, compared by their lowercase when {@code byLowercase}. */
    public static TokenFirsts of(Set<String> texts, boolean byLowercase) {
        return new TokenFirsts(texts, byLowercase);
    }

    /**
     * A search of {@code text} for the positions whose character can start an accepted token: given a position,
     * it answers the first such position from there on (or the text's length). Positions asked for must not go
     * back. {@code present} (what the text holds, or null) spares the search characters the text lacks.
     */
    public IntUnaryOperator searchIn(String text, io.mtlint.text.search.CharPresence present) {
        if (few != null) {
            return new CharSearch(text, few, present)::next;
        }
        return from -> {
            int i = from;
            while (i < text.length() && !canStart(text.codePointAt(i))) {
                i++;
            }
            return i;
        };
    }

    private boolean canStart(int cp) {
        int first = byLowercase ? lowercaseStart(cp) : cp;
        return first < 256 ? latin1[first] : others.contains(first);
    }

    /**
     * The first character of {@code cp}'s lowercase as {@link String#toLowerCase} with the root locale gives it: the
     * character's own lowercase, except for the dotted capital I, which becomes "i" and a combining dot. (A final
     * sigma's special lowercase needs a letter before it, so it cannot start a token.)
     */
    private static int lowercaseStart(int cp) {
        return cp == '\u0130' ? 'i' : Character.toLowerCase(cp);
    }
}
