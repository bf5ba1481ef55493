package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.rules.DocumentContext;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of a block, case-folded, computed once per block and shared by every pack rule: a rule whose
 * trigger words are all absent skips the block without running its regular expression. Most blocks contain none
 * of a pack's phrases, so this turns dozens of scans per block into one.
 */
final class BlockWords {
    private BlockWords() {
    }

    private record Key(ProseBlock block) {
    }

    static Set<String> of(DocumentContext context, ProseBlock block) {
        return context.document().derived(new Key(block), () -> collect(block.text()));
    }

    /**
     * Folds case as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares characters, so that a word
     * the regular expression would match is always found here.
     */
    static String fold(CharSequence word) {
        StringBuilder folded = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return folded.toString();
    }

    /** The first word of {@code text} (a run of letters, digits and marks at its start), or null if it has none. */
    static String leadingWord(String text) {
        int end = 0;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end == 0 ? null : fold(text.substring(0, end));
    }

    static boolean containsAny(Set<String> blockWords, Set<String> wanted) {
        for (String word : wanted) {
            if (blockWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> collect(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(fold(text.substring(start, i)));
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
