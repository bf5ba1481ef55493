package io.mtlint.packs.prefilter;

import io.mtlint.text.search.CharSearch;

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
public final class RegexFirsts {
    private RegexFirsts() {
    }

    /** The first characters of every match, or null when they are unknown, many, or a match may be empty. */
    public static char[] of(Pattern pattern) {
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
        } catch (RegexSyntax.Unsupported | RuntimeException e) {
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

    /** What {@code \\d} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static final First DIGITS =
            new First(new TreeSet<>(Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')), false);

    private static Set<Character> union(Set<Character> a, Set<Character> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Character> out = new TreeSet<>(a);
        out.addAll(b);
        return out.size() > CharSearch.MAX_CHARS ? null : out;
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
        First alternation() throws RegexSyntax.Unsupported {
            First result = sequence();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                result = result.or(sequence());
            }
            return result;
        }

        private First sequence() throws RegexSyntax.Unsupported {
            First result = First.EMPTY;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                First item = quantified(atom());
                result = result.then(item);
            }
            return result;
        }

        private First quantified(First atom) throws RegexSyntax.Unsupported {
            RegexSyntax.Quantifier q = RegexSyntax.quantifier(regex, pos);
            if (q == null) {
                return atom;
            }
            pos = q.end();
            return q.min() == 0 ? atom.optional() : atom;
        }

        private First atom() throws RegexSyntax.Unsupported {
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
                    throw new RegexSyntax.Unsupported();
                default:
                    if (Character.isSurrogate(c)) {
                        throw new RegexSyntax.Unsupported();
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

        private First group() throws RegexSyntax.Unsupported {
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
                        throw new RegexSyntax.Unsupported();
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
                        throw new RegexSyntax.Unsupported();
                    }
                    char end = regex.charAt(pos++);
                    if (on.contains("i")) {
                        ignoreCase = true;
                    }
                    if (end == ')') {
                        return First.EMPTY; // the flag holds for the rest of the enclosing group
                    }
                    if (end != ':') {
                        throw new RegexSyntax.Unsupported();
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

        private void close() throws RegexSyntax.Unsupported {
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new RegexSyntax.Unsupported();
            }
            pos++;
        }

        /** A class of single characters and short ranges; negated or large classes are unknown. */
        private First charClass() throws RegexSyntax.Unsupported {
            RegexSyntax.CharClass c = RegexSyntax.charClass(regex, pos);
            pos = c.end();
            if (c.members() == null) {
                return First.UNKNOWN;
            }
            First result = new First(Set.of(), false);
            for (String member : c.members()) {
                if (member.length() != 1) {
                    return First.UNKNOWN;
                }
                First one = literal(member.charAt(0));
                if (one.chars == null) {
                    return First.UNKNOWN;
                }
                result = new First(union(result.chars, one.chars), false);
                if (result.chars == null) {
                    return First.UNKNOWN;
                }
            }
            return result;
        }

        private First escape() throws RegexSyntax.Unsupported {
            RegexSyntax.Escape e = RegexSyntax.escape(regex, pos);
            pos = e.end();
            switch (e.kind()) {
                case ASSERTION:
                    return First.EMPTY;
                case CLASS:
                    return e.text().equals("d") ? DIGITS : First.UNKNOWN;
                case LITERAL:
                    return e.text().length() == 1 ? literal(e.text().charAt(0)) : First.UNKNOWN;
                default:
                    // A quantifier after \Q…\E applies to the last quoted character; quantified() then makes the
                    // whole run optional, which only widens the set.
                    return e.text().isEmpty() ? First.EMPTY : literal(e.text().charAt(0));
            }
        }
    }
}
