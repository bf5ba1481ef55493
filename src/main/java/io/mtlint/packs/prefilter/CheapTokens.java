package io.mtlint.packs.prefilter;

import io.mtlint.model.ProseBlock;
import io.mtlint.analysis.DocumentContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast approximation of LanguageTool's word tokenizer: runs of letters, digits and marks, and every other
 * non-space character on its own. Good enough to rule out blocks before the real tokenizer and tagger run.
 * Tokenisation starts afresh after every space, so it can also be done from any token's start alone.
 */
public final class CheapTokens {
    private CheapTokens() {
    }

    /** A token and where it starts and ends in the text. */
    public record Token(int start, int end, String text) {
    }

    private record Key(ProseBlock block) {
    }

    /** The tokens of a block, computed once per block and shared by the pack rules. */
    public static List<Token> of(DocumentContext context, ProseBlock block) {
        return context.document().derived(new Key(block), () -> List.copyOf(of(block.text())));
    }

    public static List<Token> of(String text) {
        return from(text, 0, Integer.MAX_VALUE);
    }

    /** Up to {@code count} tokens from {@code start}, which must be where a token starts or a space. */
    public static List<Token> from(String text, int start, int count) {
        List<Token> tokens = new ArrayList<>();
        for (int i = tokenAt(text, start); i < text.length() && tokens.size() < count; ) {
            int end = tokenEnd(text, i);
            tokens.add(new Token(i, end, text.substring(i, end)));
            i = tokenAt(text, end);
        }
        return tokens;
    }

    /**
     * Where the last of up to {@code count} tokens from {@code start} ends ({@code start} when there is none), as
     * {@link #from} would find it without making the tokens.
     */
    public static int endOf(String text, int start, int count) {
        int end = start;
        int n = 0;
        for (int i = tokenAt(text, start); i < text.length() && n < count; i = tokenAt(text, end)) {
            end = tokenEnd(text, i);
            n++;
        }
        return end;
    }

    /** The first token start from {@code i} on: past any spaces. */
    private static int tokenAt(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The end of the token starting at {@code i}: a run of letters, digits and marks, or one character. */
    private static int tokenEnd(String text, int i) {
        int cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
            return i + Character.charCount(cp);
        }
        int end = i;
        while (end < text.length() && isRunPart(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** True when a token of {@link #of(String)} starts at {@code i}, judged from the text around it alone. */
    public static boolean startsToken(String text, int i) {
        int cp = text.codePointAt(i);
        if (isSpace(cp)) {
            return false;
        }
        if (!isRunPart(cp)) {
            return true;
        }
        // Inside a run unless what precedes the marks before it is no letter or digit.
        int j = i;
        while (j > 0) {
            int before = text.codePointBefore(j);
            if (!isMark(before)) {
                return !Character.isLetterOrDigit(before);
            }
            j -= Character.charCount(before);
        }
        return true;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == '\u00A0';
    }

    private static boolean isRunPart(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
