package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.rules.DocumentContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast approximation of LanguageTool's word tokenizer: runs of letters, digits and marks, and every other
 * non-space character on its own. Good enough to rule out blocks before the real tokenizer and tagger run.
 */
final class CheapTokens {
    private CheapTokens() {
    }

    /** A token and where it starts and ends in the text. */
    record Token(int start, int end, String text) {
    }

    private record Key(ProseBlock block) {
    }

    /** The tokens of a block, computed once per block and shared by the pack rules. */
    static List<Token> of(DocumentContext context, ProseBlock block) {
        return context.document().derived(new Key(block), () -> List.copyOf(of(block.text())));
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00A0') {
                i += width;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
                        || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                tokens.add(new Token(start, i, text.substring(start, i)));
            } else {
                tokens.add(new Token(i, i + width, text.substring(i, i + width)));
                i += width;
            }
        }
        return tokens;
    }
}
