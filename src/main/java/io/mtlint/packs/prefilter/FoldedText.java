package io.mtlint.packs.prefilter;

import io.mtlint.model.ProseBlock;
import io.mtlint.analysis.DocumentContext;

/**
 * A block's text with white space and apostrophes folded, and with or without case folded, computed once per
 * block, for checking the word prefilters of {@link RequiredLiterals} against the literals themselves. Each folding is
 * made the first time a rule asks for it; a lost race only makes it twice.
 */
final class FoldedText {
    private final String text;
    private String caseless;
    private String cased;

    private FoldedText(String text) {
        this.text = text;
    }

    private record Key(ProseBlock block) {
    }

    static FoldedText of(DocumentContext context, ProseBlock block) {
        return context.document().derived(new Key(block), () -> new FoldedText(block.text()));
    }

    static FoldedText of(String text) {
        return new FoldedText(text);
    }

    /** The text folded by {@link #fold}: for expressions that ignore case. */
    String caseless() {
        String folded = caseless;
        if (folded == null) {
            caseless = folded = fold(text);
        }
        return folded;
    }

    /** The text folded by {@link #foldSpacing}: for expressions that heed case. */
    String cased() {
        String folded = cased;
        if (folded == null) {
            cased = folded = foldSpacing(text);
        }
        return folded;
    }

    /**
     * Folds case code point by code point as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares
     * characters, turns every run of white space into one space and the typographic apostrophe into the
     * typewriter one. Each step maps text that contains a string to text that contains that string's image, so
     * a literal found in a match is found, folded, in the folded block.
     */
    static String fold(CharSequence text) {
        return fold(text, true);
    }

    /** As {@link #fold}, but keeping case: for expressions without case-insensitive flags. */
    static String foldSpacing(CharSequence text) {
        return fold(text, false);
    }

    /** Characters {@link #fold} turns into a space (a run of them into one). */
    private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            SPACE[c] = c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F
                    : !Character.isSurrogate((char) c) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    /**
     * What {@link #fold} makes of a character that is not a space and not half of a surrogate pair, or -1 when it
     * becomes a character outside the Basic Multilingual Plane.
     */
    private static int foldChar(char c, boolean foldCase) {
        if (c < 0x80) {
            return foldCase && c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        int folded = foldCase ? Character.toLowerCase(Character.toUpperCase((int) c)) : c;
        return folded > Character.MAX_VALUE ? -1 : folded;
    }

    /** The text as it stands. */
    String text() {
        return text;
    }

    private static String fold(CharSequence chars, boolean foldCase) {
        String text = chars.toString();
        int length = text.length();
        // A folded code point takes at most two chars, so this never overflows; most text is ASCII, done a char at
        // a time without the code point calls a StringBuilder would make.
        char[] folded = new char[2 * length];
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (SPACE[c]) {
                i++;
                if (!inSpace) {
                    folded[n++] = ' ';
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            int f = Character.isSurrogate(c) ? -1 : foldChar(c, foldCase);
            if (f >= 0) {
                i++;
                folded[n++] = (char) f;
                continue;
            }
            // A surrogate pair, or a character that folds out of the Basic Multilingual Plane: no such code point is
            // white space or the typographic apostrophe.
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            n += Character.toChars(foldCase ? Character.toLowerCase(Character.toUpperCase(cp)) : cp, folded, n);
        }
        return new String(folded, 0, n);
    }
}
