package io.mtlint.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** The longest lowercase word of a dateline: "de", "del", "mar" (March), "sept". */
    private static final int MAX_DATELINE_PARTICLE = 4;
    private static final Set<String> AGENCIES = readAgencies();

    private Credits() {
    }

    private static Set<String> readAgencies() {
        try (InputStream in = Credits.class.getResourceAsStream("/io/mtlint/lang/news-agencies.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("news-agencies.txt is missing from the build", e);
        }
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
     * Whether {@code [start, end)} lies in a news agency's bracketed credit (one the agencies list names) after a
     * dateline at the start of {@code text}, a place and perhaps a date ("Múnich", "MADRID, 3 mar"), with a dash,
     * colon or stop after it.
     */
    public static boolean isDatelineCredit(String text, int start, int end) {
        int open = text.lastIndexOf('(', start);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (open <= 0 || close < end - 1 || open > MAX_DATELINE
                || !AGENCIES.contains(text.substring(open + 1, close).strip().toLowerCase(Locale.ROOT))
                || !isDateline(text.substring(0, open))) {
            return false;
        }
        int after = close + 1;
        while (after < text.length() && Character.isSpaceChar(text.charAt(after))) {
            after++;
        }
        return after < text.length() && "-\u2013\u2014:.".indexOf(text.charAt(after)) >= 0;
    }

    /** Capitalised words (a place), figures and short lowercase ones (a particle, a month's abbreviation). */
    private static boolean isDateline(String before) {
        String[] tokens = before.strip().split("[\\s,./]+");
        if (tokens.length == 0 || tokens[0].isEmpty() || !Character.isUpperCase(tokens[0].codePointAt(0))) {
            return false;
        }
        for (String token : tokens) {
            if (!token.isEmpty() && !Character.isUpperCase(token.codePointAt(0)) && !token.chars().allMatch(Character::isDigit)
                    && token.length() > MAX_DATELINE_PARTICLE) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || Sentences.isClosingMark(c);
    }
}
