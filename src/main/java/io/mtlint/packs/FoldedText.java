package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.rules.DocumentContext;

/**
 * A block's text with case, white space and apostrophes folded, computed once per block and shared by every pack
 * rule, for the literal prefilters of {@link RequiredLiterals}.
 */
final class FoldedText {
    private FoldedText() {
    }

    private record Key(ProseBlock block) {
    }

    static String of(DocumentContext context, ProseBlock block) {
        return context.document().derived(new Key(block), () -> fold(block.text()));
    }

    /**
     * Folds case code point by code point as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares
     * characters, turns every run of white space into one space and the typographic apostrophe into the
     * typewriter one. Each step maps text that contains a string to text that contains that string's image, so
     * a literal found in a match is found, folded, in the folded block.
     */
    static String fold(CharSequence text) {
        int length = text.length();
        StringBuilder folded = new StringBuilder(length);
        boolean inSpace = false;
        for (int i = 0; i < length; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= 0x1C && cp <= 0x1F) {
                    if (!inSpace) {
                        folded.append(' ');
                    }
                    inSpace = true;
                    continue;
                }
                folded.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!inSpace) {
                    folded.append(' ');
                }
                inSpace = true;
                continue;
            } else if (cp == '\u2019') {
                folded.append('\'');
            } else {
                folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            }
            inSpace = false;
        }
        return folded.toString();
    }
}
