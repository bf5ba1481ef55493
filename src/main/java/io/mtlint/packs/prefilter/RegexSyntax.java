package io.mtlint.packs.prefilter;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pieces of {@link java.util.regex.Pattern}'s syntax that both readers of rule expressions need alike
 * ({@link RequiredLiterals}, the text every match contains, and {@link RegexFirsts}, the characters a match starts
 * with): quantifiers and character classes. Each reads from a position and says where it stopped.
 */
final class RegexSyntax {
    /** Widest range ({@code [0-9]}) read as its members; wider ones are not enumerated. */
    private static final int MAX_RANGE = 12;

    private RegexSyntax() {
    }

    /** Thrown for syntax the readers do not follow; they then give no answer, which only costs speed. */
    static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A quantifier: at least {@code min}, at most {@code max} repetitions; {@code end} is where it stops. */
    record Quantifier(int min, int max, int end) {
    }

    /** The quantifier at {@code pos} (greedy, reluctant or possessive), or null when there is none. */
    static Quantifier quantifier(String regex, int pos) throws Unsupported {
        if (pos >= regex.length()) {
            return null;
        }
        int min;
        int max;
        int end;
        char c = regex.charAt(pos);
        if (c == '?' || c == '*' || c == '+') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
            end = pos + 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            end = close + 1;
        } else {
            return null;
        }
        if (end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
            end++;
        }
        return new Quantifier(min, max, end);
    }

    /**
     * A character class whose opening bracket is just before {@code pos}: {@code members} are the code points it
     * matches, as strings, when it is a plain list of characters and short ranges ({@code [Tt]}, {@code ['’]},
     * {@code [0-5]}); null when it is negated or holds a property, a predefined class or a wide range. {@code end} is
     * after its closing bracket.
     */
    record CharClass(Set<String> members, int end) {
    }

    static CharClass charClass(String regex, int pos) throws Unsupported {
        Set<String> members = new LinkedHashSet<>();
        boolean plain = true;
        if (regex.startsWith("^", pos)) {
            plain = false;
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= regex.length()) {
                throw new Unsupported();
            }
            char c = regex.charAt(pos++);
            if (c == ']' && !first) {
                return new CharClass(plain ? members : null, pos);
            }
            first = false;
            if (c == '[' || c == '&') {
                throw new Unsupported();
            }
            int from;
            if (c == '\\') {
                int[] escaped = classEscape(regex, pos);
                pos = escaped[1];
                from = escaped[0];
            } else if (Character.isHighSurrogate(c) && pos < regex.length()) {
                from = regex.codePointAt(pos - 1);
                pos++;
            } else {
                from = c;
            }
            if (regex.startsWith("-", pos) && !regex.startsWith("-]", pos)) {
                pos++;
                int to;
                if (regex.charAt(pos) == '\\') {
                    int[] escaped = classEscape(regex, pos + 1);
                    pos = escaped[1];
                    to = escaped[0];
                } else {
                    to = regex.codePointAt(pos);
                    pos += Character.charCount(to);
                }
                if (from < 0 || to < 0 || to - from > MAX_RANGE) {
                    plain = false;
                    continue;
                }
                for (int cp = from; cp <= to; cp++) {
                    members.add(new String(Character.toChars(cp)));
                }
                continue;
            }
            if (from < 0) {
                plain = false;
            } else {
                members.add(new String(Character.toChars(from)));
            }
        }
    }

    /** What a backslash escape stands for. */
    enum EscapeKind {
        /** A zero-width assertion: \\b, \\B, \\A, \\z, \\Z, \\G. */
        ASSERTION,
        /** A class of many characters: \\d, \\w, \\s, \\p{L} …; {@code text} is its letter. */
        CLASS,
        /** One character, written escaped; {@code text} is the character. */
        LITERAL,
        /** A quoted run, \\Q…\\E; {@code text} is the run. */
        QUOTED
    }

    /** An escape and where it ends. */
    record Escape(EscapeKind kind, String text, int end) {
    }

    /** The escape whose backslash is just before {@code pos}. Back references and named groups are unsupported. */
    static Escape escape(String regex, int pos) throws Unsupported {
        char c = regex.charAt(pos++);
        switch (c) {
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                return new Escape(EscapeKind.ASSERTION, "", pos);
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v': case 'V':
            case 'R': case 'X': case 'N':
                return new Escape(EscapeKind.CLASS, String.valueOf(c), pos);
            case 'p':
            case 'P':
                if (regex.startsWith("{", pos)) {
                    int close = regex.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    return new Escape(EscapeKind.CLASS, String.valueOf(c), close + 1);
                }
                return new Escape(EscapeKind.CLASS, String.valueOf(c), pos + 1);
            case 'Q': {
                int end = regex.indexOf("\\E", pos);
                String quoted = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
                return new Escape(EscapeKind.QUOTED, quoted, end < 0 ? regex.length() : end + 2);
            }
            case 't':
                return new Escape(EscapeKind.LITERAL, "\t", pos);
            case 'n':
                return new Escape(EscapeKind.LITERAL, "\n", pos);
            case 'r':
                return new Escape(EscapeKind.LITERAL, "\r", pos);
            case 'f':
                return new Escape(EscapeKind.LITERAL, "\f", pos);
            case 'a':
                return new Escape(EscapeKind.LITERAL, "\u0007", pos);
            case 'e':
                return new Escape(EscapeKind.LITERAL, "\u001B", pos);
            case 'u':
                return new Escape(EscapeKind.LITERAL,
                        String.valueOf((char) Integer.parseInt(regex.substring(pos, pos + 4), 16)), pos + 4);
            case 'x': {
                if (regex.startsWith("{", pos)) {
                    int close = regex.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    int code = Integer.parseInt(regex.substring(pos + 1, close), 16);
                    return new Escape(EscapeKind.LITERAL, new String(Character.toChars(code)), close + 1);
                }
                int code = Integer.parseInt(regex.substring(pos, pos + 2), 16);
                return new Escape(EscapeKind.LITERAL, new String(Character.toChars(code)), pos + 2);
            }
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported();
                }
                return new Escape(EscapeKind.LITERAL, String.valueOf(c), pos);
        }
    }

    /**
     * The escape after a backslash at {@code pos} inside a class: {code point, end}, the code point -1 for a class
     * of many characters ({@code \d}, {@code \p{L}}).
     */
    private static int[] classEscape(String regex, int pos) throws Unsupported {
        Escape e = escape(regex, pos);
        return switch (e.kind()) {
            case LITERAL -> new int[] {e.text().codePointAt(0), e.end()};
            case CLASS -> new int[] {-1, e.end()};
            default -> throw new Unsupported();
        };
    }
}
