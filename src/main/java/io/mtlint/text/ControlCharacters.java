package io.mtlint.text;

/**
 * Control characters an article may carry (a bell or vertical tab pasted from Word, an escape sequence) shown as
 * visible symbols of one column each, so that they neither act on a terminal nor break a report format: C0
 * controls become their Unicode control pictures (U+0007 as ␇), DEL ␡, C1 controls and code points XML cannot
 * hold (lone surrogates, U+FFFE, U+FFFF) the replacement character.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** {@code s} with every control character visible, line breaks and tabs included. */
    public static String visible(String s) {
        return visible(s, false);
    }

    /** As {@link #visible(String)}, but tabs and line breaks are kept as they are. */
    public static String visibleExceptWhitespace(String s) {
        return visible(s, true);
    }

    private static String visible(String s, boolean keepWhitespace) {
        int first = firstToReplace(s, keepWhitespace);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (needsReplacing(c, keepWhitespace)) {
                sb.append(replacement(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstToReplace(String s, boolean keepWhitespace) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (needsReplacing(c, keepWhitespace)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsReplacing(char c, boolean keepWhitespace) {
        if (keepWhitespace && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static char replacement(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7F ? '\u2421' : '\uFFFD';
    }
}
