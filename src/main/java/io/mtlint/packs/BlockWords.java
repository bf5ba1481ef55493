package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.rules.DocumentContext;

import java.util.HashSet;
import java.util.List;
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

    /** The first word of {@code text} (as {@link CheapTokens} splits it), or null if it starts with no word. */
    static String leadingWord(String text) {
        List<CheapTokens.Token> tokens = CheapTokens.of(text);
        return tokens.isEmpty() || tokens.get(0).start() > 0 || !isWord(tokens.get(0)) ? null
                : fold(tokens.get(0).text());
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
        for (CheapTokens.Token token : CheapTokens.of(text)) {
            if (isWord(token)) {
                words.add(fold(token.text()));
            }
        }
        return words;
    }

    private static boolean isWord(CheapTokens.Token token) {
        return Character.isLetterOrDigit(token.text().codePointAt(0));
    }
}
