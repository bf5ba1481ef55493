package io.mtlint.packs;

import io.mtlint.core.CharSearch;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can start with, read from the expression: {@code \b(?:[Tt]he|On)
 * …} starts with T, t or O, {@code \b([01]?\d|2[0-3]) ?h} with a digit. A rule whose matches start with a few
 * characters tries its expression only where they occur ({@link CharSearch}) instead of at every position of a
 * paragraph, which costs the regex engine some 25 ns a character. Zero-width assertions (word boundaries,
 * lookbehinds, negative lookaheads) are stepped over; anything the reader does not follow yields no set, which
 * only costs speed, never a finding.
 */
final class RegexFirsts {
    private RegexFirsts() {
    }

    /** The first characters of every match, or null when they are unknown, many, or a match may be empty. */
    static char[] of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        try {
            Reader reader = new Reader(pattern.pattern(), (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0);
            First first = reader.alternation();
            if (reader.pos != reader.regex.length() || first.chars == null || first.nullable
                    || first.chars.size() > CharSearch.MAX_CHARS) {
                return null;
            }
            char[] chars = new char[first.chars.size()];
            int i = 0;
            for (char c : first.chars) {
                chars[i++] = c;
            }
            return chars;
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    /** {@code chars}: what a non-empty match starts with (null: unknown); {@code nullable}: may match nothing. */
    private record First(Set<Character> chars, boolean nullable) {
        static final First EMPTY = new First(Set.of(), true);
        static final First UNKNOWN = new First(null, false);

        /** This followed by {@code next}. */
        First then(First next) {
            if (!nullable) {
                return this;
            }
            return new First(union(chars, next.chars), next.nullable);
        }

        First or(First other) {
            return new First(union(chars, other.chars), nullable || other.nullable);
        }

        First optional() {
            return new First(chars, true);
        }
    }

    private static Set<Character> union(Set<Character> a, Set<Character> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Character> out = new TreeSet<>(a);
        out.addAll(b);
        return out.size() > CharSearch.MAX_CHARS ? null : out;
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        final String regex;
        int pos;
        boolean ignoreCase;

        Reader(String regex, boolean ignoreCase) {
            this.regex = regex;
            this.ignoreCase = ignoreCase;
        }

        /** Inline flags stay on to the end of their group, later branches included (which only adds characters). */
        First alternation() throws Unsupported {
            First result = sequence();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                result = result.or(sequence());
            }
            return result;
        }

        private First sequence() throws Unsupported {
            First result = First.EMPTY;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                First item = quantified(atom());
                result = result.then(item);
            }
            return result;
        }

        private First quantified(First atom) throws Unsupported {
            if (pos >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(pos);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                pos++;
            } else if (c == '+') {
                optional = false;
                pos++;
            } else if (c == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                optional = Integer.parseInt(regex.substring(pos + 1, close).split(",", -1)[0].trim()) == 0;
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++;
            }
            return optional ? atom.optional() : atom;
        }

        private First atom() throws Unsupported {
            char c = regex.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    return First.EMPTY;
                case '.':
                    return First.UNKNOWN;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported();
                    }
                    return literal(c);
            }
        }

        private First literal(char c) {
            Set<Character> chars = new TreeSet<>();
            chars.add(c);
            if (ignoreCase) {
                chars.add(Character.toLowerCase(c));
                chars.add(Character.toUpperCase(c));
                chars.add(Character.toTitleCase(c));
                if (c == 'i' || c == 'I' || c == 'k' || c == 'K' || c == 's' || c == 'S') {
                    return First.UNKNOWN; // the dotted capital I, the Kelvin sign, the long s
                }
            }
            return new First(chars, false);
        }

        private First group() throws Unsupported {
            boolean caseBefore = ignoreCase;
            First inner;
            if (!regex.startsWith("?", pos)) {
                inner = alternation();
            } else {
                pos++;
                char kind = regex.charAt(pos);
                if (kind == ':' || kind == '>') {
                    pos++;
                    inner = alternation();
                } else if (kind == '=') {
                    pos++;
                    First ahead = alternation();
                    close();
                    ignoreCase = caseBefore;
                    // Zero-width: what follows starts where the lookahead does, so either set bounds the match.
                    return ahead.nullable || ahead.chars == null ? First.EMPTY : lookahead(ahead);
                } else if (kind == '!') {
                    pos++;
                    alternation();
                    close();
                    ignoreCase = caseBefore;
                    return First.EMPTY;
                } else if (kind == '<' && (regex.charAt(pos + 1) == '=' || regex.charAt(pos + 1) == '!')) {
                    pos += 2;
                    alternation();
                    close();
                    ignoreCase = caseBefore;
                    return First.EMPTY;
                } else if (kind == '<') {
                    int end = regex.indexOf('>', pos);
                    if (end < 0) {
                        throw new Unsupported();
                    }
                    pos = end + 1;
                    inner = alternation();
                } else {
                    int start = pos;
                    while (pos < regex.length() && "idmsuxU-".indexOf(regex.charAt(pos)) >= 0) {
                        pos++;
                    }
                    String flags = regex.substring(start, pos);
                    String on = flags.contains("-") ? flags.substring(0, flags.indexOf('-')) : flags;
                    String off = flags.contains("-") ? flags.substring(flags.indexOf('-')) : "";
                    if (on.contains("x") || off.contains("i") || flags.isEmpty()) {
                        throw new Unsupported();
                    }
                    char end = regex.charAt(pos++);
                    if (on.contains("i")) {
                        ignoreCase = true;
                    }
                    if (end == ')') {
                        return First.EMPTY; // the flag holds for the rest of the enclosing group
                    }
                    if (end != ':') {
                        throw new Unsupported();
                    }
                    inner = alternation();
                }
            }
            close();
            ignoreCase = caseBefore;
            return inner;
        }

        /**
         * A positive lookahead: the match starts at its position, so its first characters bound the match's; it is
         * returned as nullable so that what follows is added too, which keeps the set a superset.
         */
        private static First lookahead(First ahead) {
            return new First(ahead.chars, true);
        }

        private void close() throws Unsupported {
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
        }

        /** A class of single characters and short ranges; negated or large classes are unknown. */
        private First charClass() throws Unsupported {
            if (regex.startsWith("^", pos)) {
                skipClass();
                return First.UNKNOWN;
            }
            Set<Character> chars = new TreeSet<>();
            boolean known = true;
            boolean first = true;
            while (true) {
                if (pos >= regex.length()) {
                    throw new Unsupported();
                }
                char c = regex.charAt(pos++);
                if (c == ']' && !first) {
                    break;
                }
                first = false;
                if (c == '[' || c == '&') {
                    throw new Unsupported();
                }
                char member;
                if (c == '\\') {
                    char e = regex.charAt(pos++);
                    if (Character.isLetterOrDigit(e)) {
                        if (e == 'p' || e == 'P') {
                            if (regex.startsWith("{", pos)) {
                                pos = regex.indexOf('}', pos) + 1;
                            } else {
                                pos++;
                            }
                        } else if (e == 'u') {
                            pos += 4;
                        } else if (e == 'x') {
                            throw new Unsupported();
                        }
                        known = false;
                        continue;
                    }
                    member = e;
                } else {
                    member = c;
                }
                if (Character.isSurrogate(member)) {
                    throw new Unsupported();
                }
                if (regex.startsWith("-", pos) && !regex.startsWith("-]", pos)) {
                    pos++;
                    char to = regex.charAt(pos++);
                    if (to == '\\') {
                        to = regex.charAt(pos++);
                        if (Character.isLetterOrDigit(to)) {
                            throw new Unsupported();
                        }
                    }
                    if (to - member > CharSearch.MAX_CHARS) {
                        known = false;
                        continue;
                    }
                    for (char r = member; r <= to; r++) {
                        First one = literal(r);
                        if (one.chars == null) {
                            known = false;
                        } else {
                            chars.addAll(one.chars);
                        }
                    }
                    continue;
                }
                First one = literal(member);
                if (one.chars == null) {
                    known = false;
                } else {
                    chars.addAll(one.chars);
                }
            }
            return known && chars.size() <= CharSearch.MAX_CHARS ? new First(chars, false) : First.UNKNOWN;
        }

        private void skipClass() throws Unsupported {
            int depth = 1;
            pos++;
            boolean first = true;
            while (pos < regex.length()) {
                char c = regex.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && !first) {
                    if (--depth == 0) {
                        return;
                    }
                }
                first = false;
            }
            throw new Unsupported();
        }

        private First escape() throws Unsupported {
            char c = regex.charAt(pos++);
            switch (c) {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return First.EMPTY;
                case 'd': {
                    Set<Character> digits = new TreeSet<>();
                    for (char d = '0'; d <= '9'; d++) {
                        digits.add(d);
                    }
                    return new First(digits, false);
                }
                case 'p':
                case 'P':
                    if (regex.startsWith("{", pos)) {
                        int close = regex.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                    return First.UNKNOWN;
                case 'Q': {
                    int end = regex.indexOf("\\E", pos);
                    String quoted = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
                    pos = end < 0 ? regex.length() : end + 2;
                    if (quoted.isEmpty()) {
                        return First.EMPTY;
                    }
                    if (quoted.length() == 1 && pos < regex.length() && "?*{".indexOf(regex.charAt(pos)) >= 0) {
                        throw new Unsupported(); // the quantifier makes the one quoted character optional
                    }
                    return literal(quoted.charAt(0));
                }
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'u': {
                    char u = (char) Integer.parseInt(regex.substring(pos, pos + 4), 16);
                    pos += 4;
                    if (Character.isSurrogate(u)) {
                        throw new Unsupported();
                    }
                    return literal(u);
                }
                default:
                    if (Character.isLetterOrDigit(c)) {
                        return First.UNKNOWN; // \w, \s, \S, \k<name>, back references …
                    }
                    return literal(c);
            }
        }
    }
}
