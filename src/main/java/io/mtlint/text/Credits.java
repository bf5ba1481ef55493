package io.mtlint.text;

/**
 * A news agency's or author's short signature: after the last sentence of a paragraph, with no stop of its own
 * ("… am Sonntag. dpa", "… le podium. afp/sda", "… in 2019. (AP)"), or in brackets in the dateline that opens it
 * ("Múnich (dpa) – Para …", "MADRID, 3 Mar. (EFE).-"). Agencies write their initials in lowercase by house style,
 * and the signature is no sentence, so neither its case nor its language says anything about the translation.
 */
public final class Credits {
    /** A signature is one or two short tokens: "dpa", "afp/dpa", "sda ep". */
    private static final int MAX_TOKENS = 2;
    private static final int MAX_TOKEN_LETTERS = 6;
    private static final String SIGNATURE = "\\p{L}{2," + MAX_TOKEN_LETTERS + "}(?:[/ ]\\p{L}{2," + MAX_TOKEN_LETTERS + "})?";
    /** How far into a paragraph its dateline's credit may open: a place and a date. */
    private static final int MAX_DATELINE = 40;

    private Credits() {
    }

    /**
     * Whether {@code [start, end)} lies in a signature that ends {@code text}: after a sentence's final mark, a
     * space, and up to two short letter tokens (joined by a slash or a space, optionally in parentheses), then
     * only spaces to the end.
     */
    public static boolean isTrailingCredit(String text, int start, int end) {
        int tail = text.length();
        while (tail > 0 && Character.isWhitespace(text.charAt(tail - 1))) {
            tail--;
        }
        if (end > tail) {
            return false;
        }
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        for (int tokens = 0; from > 0; ) {
            int before = from - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before < 0 || isSentenceEnd(text.charAt(before))) {
                break;
            }
            if (++tokens >= MAX_TOKENS) {
                return false;
            }
            from = before;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        if (from == 0) {
            return false; // a paragraph of its own is a heading or a dateline, not a signature
        }
        String signature = text.substring(from, tail);
        String inner = signature.startsWith("(") && signature.endsWith(")")
                ? signature.substring(1, signature.length() - 1) : signature;
        return inner.matches(SIGNATURE);
    }

    /**
     * Whether {@code [start, end)} lies in a bracketed signature of one or two short letter tokens that follows a
     * dateline (a capitalised place, perhaps with a date, and no sentence end) at the start of {@code text}, with a
     * dash, colon or stop after it.
     */
    public static boolean isDatelineCredit(String text, int start, int end) {
        int open = text.lastIndexOf('(', start);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (open <= 0 || close < end - 1 || open > MAX_DATELINE || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        String inner = text.substring(open + 1, close);
        if (!inner.matches(SIGNATURE)) {
            return false;
        }
        for (int i = 0; i < open; i++) {
            char c = text.charAt(i);
            if (isSentenceEnd(c) && c != '.') { // a dot may close an abbreviated month: "3 Mar. (EFE)"
                return false;
            }
        }
        int after = close + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && "-\u2013\u2014:.".indexOf(text.charAt(after)) >= 0;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || Sentences.isClosingMark(c);
    }
}
