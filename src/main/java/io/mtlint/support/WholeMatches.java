package io.mtlint.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a fixed pattern matches a whole string, remembered per pattern and string: for classes of
 * part-of-speech tags, which every word of every sentence asks about and which come from a vocabulary of a few
 * thousand tags. Patterns are kept by identity, so only long-lived ones (a language's) belong here.
 */
public final class WholeMatches {
    private static final int CAPACITY_PER_PATTERN = 20_000;
    private static final Map<Pattern, Memo<String, Boolean>> MEMOS = new ConcurrentHashMap<>();

    private WholeMatches() {
    }

    public static boolean matches(Pattern pattern, String text) {
        Memo<String, Boolean> memo = MEMOS.get(pattern);
        if (memo == null) {
            memo = MEMOS.computeIfAbsent(pattern, p -> new Memo<>(CAPACITY_PER_PATTERN, t -> p.matcher(t).matches()));
        }
        return memo.get(text);
    }
}
