package io.mtlint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens shaped like names in code: letters and digits joined by hyphens, dots, slashes or underscores
 * ("starlette-admin", "automation-kit-main-install.json", "src/main.ts").
 */
public final class Identifiers {
    /** The longest argument list a call quoted in prose holds. */
    private static final int MAX_CALL_ARGUMENTS = 40;

    private static final String JOINERS = "-._/";

    private Identifiers() {
    }

    /** The whitespace- and punctuation-delimited tokens of {@code text}, less joiners at their edges. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int to = i;
            while (to < text.length() && isTokenChar(text.charAt(to))) {
                to++;
            }
            int[] t = trim(text, i, to);
            if (t != null) {
                tokens.add(text.substring(t[0], t[1]));
            }
            i = to;
        }
        return tokens;
    }

    /** The token that holds {@code [start, end)}, as written. */
    public static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && isTokenChar(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isTokenChar(text.charAt(to))) {
            to++;
        }
        int[] trimmed = trim(text, from, to);
        return trimmed == null ? text.substring(start, end) : text.substring(trimmed[0], trimmed[1]);
    }

    /**
     * Whether the word ending at {@code end} is called, as code quoted in prose is: "chr(13)", "len()",
     * "get('id')". A letter alone or a word in the brackets ("item(s)", "alumno(a)") marks a plural or a gender.
     */
    public static boolean isCalledAt(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '(') {
            return false;
        }
        int close = text.indexOf(')', end + 1);
        if (close < 0 || close - end > MAX_CALL_ARGUMENTS) {
            return false;
        }
        String arguments = text.substring(end + 1, close);
        return arguments.isEmpty() || Character.isDigit(arguments.charAt(0)) || "'\"`".indexOf(arguments.charAt(0)) >= 0
                || arguments.chars().anyMatch(c -> c == '_' || c == '=' || c == '.' || c == ',');
    }

    /** Whether the token joins three or more parts with hyphens, as package names do ("vite-plugin-pwa"). */
    public static boolean joinsThreeOrMoreParts(String token) {
        return token.chars().filter(c -> c == '-').count() >= 2;
    }

    /** Whether letters or digits in the token are joined by a dot, slash or underscore: a file or module name. */
    public static boolean isFileOrModuleName(String token) {
        for (int i = 1; i + 1 < token.length(); i++) {
            char c = token.charAt(i);
            if ((c == '.' || c == '/' || c == '_') && Character.isLetterOrDigit(token.charAt(i - 1))
                    && Character.isLetter(token.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int[] trim(String text, int from, int to) {
        while (from < to && JOINERS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && JOINERS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return from < to ? new int[] {from, to} : null;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || JOINERS.indexOf(c) >= 0;
    }
}
