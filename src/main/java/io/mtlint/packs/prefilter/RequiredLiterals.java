package io.mtlint.packs.prefilter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that every match of a regular expression must contain, found by reading the expression: one or more
 * sets of case-folded strings, each set one of whose strings a match contains ({"in the last years", …,
 * "over the last decades"}; {"a ", "an "} and {"%"}). A block cannot match when, for some set, no string of it
 * has all its words among the block's words ({@link WordFragments}), so the rule skips it without trying the
 * expression. This is how ripgrep and RE2 prefilter, on words; anything this reader does not understand, and a set
 * with a string that has no letters, yields no requirement, which only costs speed, never a finding.
 */
public final class RequiredLiterals {
    /** More alternatives than this cost more to look for than the expression saves. */
    private static final int MAX_ALTERNATIVES = 128;
    /** Sets looked for per block; the most selective come first. */
    private static final int MAX_SETS = 4;

    private final List<List<String>> sets;
    /**
     * The strings keep their case and are looked for in the text with its case kept: the expression sets no
     * case-insensitive flag, so a rule for lowercase month names skips paragraphs with only "March" in them.
     */
    private final boolean caseSensitive;

    /**
     * The sets as the {@link WordFragments} their strings require; a set with a string that words cannot tell of
     * (", ", "%") is not looked for.
     */
    private final LiteralAlternatives[] lookedFor;

    private RequiredLiterals(List<List<String>> sets, boolean caseSensitive) {
        this.sets = sets;
        this.caseSensitive = caseSensitive;
        List<LiteralAlternatives> told = new ArrayList<>();
        for (List<String> set : sets) {
            int[][] fragments = fragmentsOf(set, caseSensitive);
            if (fragments != null) {
                told.add(LiteralAlternatives.of(fragments));
            }
        }
        this.lookedFor = told.toArray(new LiteralAlternatives[0]);
    }

    private static int[][] fragmentsOf(List<String> set, boolean caseSensitive) {
        int[][] out = new int[set.size()][];
        for (int i = 0; i < set.size(); i++) {
            List<WordFragments.Fragment> required = WordFragments.of(set.get(i), caseSensitive);
            if (required == null) {
                return null;
            }
            out[i] = required.stream().mapToInt(WordFragments::id).toArray();
        }
        return out;
    }

    /** What every match of {@code pattern} contains, or empty when the reader cannot tell. */
    public static Optional<RequiredLiterals> of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return Optional.empty();
        }
        List<Set<String>> required;
        boolean caseSensitive = (flags & Pattern.CASE_INSENSITIVE) == 0;
        if ((flags & Pattern.LITERAL) != 0) {
            required = List.of(Set.of(pattern.pattern()));
        } else {
            try {
                Reader reader = new Reader(pattern.pattern());
                required = reader.alternation().all();
                if (reader.pos != reader.regex.length()) {
                    return Optional.empty();
                }
                caseSensitive &= !reader.sawInlineFlags;
            } catch (RegexSyntax.Unsupported | RuntimeException e) {
                return Optional.empty();
            }
        }
        List<List<String>> sets = new ArrayList<>();
        for (Set<String> set : required) {
            Set<String> folded = new LinkedHashSet<>();
            for (String literal : set) {
                folded.add(caseSensitive ? FoldedText.foldSpacing(literal) : FoldedText.fold(literal));
            }
            List<String> sorted = new ArrayList<>(folded);
            sorted.sort(Comparator.comparingInt(String::length));
            if (useful(folded) && !sets.contains(sorted)) {
                sets.add(List.copyOf(sorted));
            }
        }
        sets.sort(Comparator.comparingInt((List<String> set) -> -set.get(0).length()).thenComparingInt(List::size));
        return sets.isEmpty() ? Optional.empty()
                : Optional.of(new RequiredLiterals(List.copyOf(sets.subList(0, Math.min(MAX_SETS, sets.size()))),
                        caseSensitive));
    }

    /**
     * A requirement that a block contain one of {@code literals} (compared folded), or empty when one of them
     * is empty and so always found.
     */
    public static Optional<RequiredLiterals> anyOf(Collection<String> literals) {
        return allOf(List.of(literals));
    }

    /**
     * A requirement that a block contain one string of each of {@code lists} (compared folded); a list holding an
     * empty string, always found, requires nothing.
     */
    public static Optional<RequiredLiterals> allOf(List<? extends Collection<String>> lists) {
        List<List<String>> sets = new ArrayList<>();
        for (Collection<String> literals : lists) {
            List<String> folded = foldedSet(literals);
            if (folded != null && !sets.contains(folded)) {
                sets.add(folded);
            }
        }
        return sets.isEmpty() ? Optional.empty() : Optional.of(new RequiredLiterals(List.copyOf(sets), false));
    }

    /** {@code literals} folded, without repeats, shortest first; null when one is empty and so always found. */
    private static List<String> foldedSet(Collection<String> literals) {
        List<String> folded = new ArrayList<>();
        for (String literal : literals) {
            String f = FoldedText.fold(literal);
            if (f.isEmpty() || f.equals(" ")) {
                return null;
            }
            if (!folded.contains(f)) {
                folded.add(f);
            }
        }
        folded.sort(Comparator.comparingInt(String::length));
        return folded.isEmpty() ? null : List.copyOf(folded);
    }

    /**
     * The whole set of strings {@code pattern} matches, when it is a short finite list such as {@code [,”"»]} or
     * {@code (?:says|said)} without flags or assertions, so that a token can be tested by a set lookup.
     */
    public static Optional<Set<String>> exactly(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        try {
            Reader reader = new Reader(pattern.pattern());
            Set<String> exact = reader.alternation().exact();
            if (reader.pos != reader.regex.length() || reader.sawAssertionOrFlag || exact == null) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(exact));
        } catch (RegexSyntax.Unsupported | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** False when {@code text} cannot hold a string of every set: for tests. */
    boolean foundIn(FoldedText text) {
        boolean may = mayBeIn(WordPresence.of(text.text()));
        assert may || !foundByScanning(text) : this;
        return may;
    }

    /**
     * False when the words read cannot hold a string of every set: for some set, no string of it has all its
     * fragments among them, in consecutive words when the words are a block's.
     */
    boolean mayBeIn(WordPresence words) {
        for (LiteralAlternatives set : lookedFor) {
            if (!set.anyIn(words)) {
                return false;
            }
        }
        return true;
    }

    /** For assertions: what searching the folded text for every string of every set finds. */
    boolean foundByScanning(FoldedText text) {
        String foldedText = caseSensitive ? text.cased() : text.caseless();
        for (List<String> set : sets) {
            if (!containsAny(foldedText, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, List<String> literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The required sets, most selective first, each shortest string first. */
    List<List<String>> sets() {
        return sets;
    }

    @Override
    public String toString() {
        return sets.toString();
    }

    /**
     * What is known about one piece of an expression: {@code exact}, the finite set of strings it matches (null
     * when unknown or too many), and {@code required}, sets each of which has a string that any match, or the
     * text after a lookahead, contains.
     */
    private record Piece(Set<String> exact, List<Set<String>> required) {
        static final Piece EMPTY = new Piece(Set.of(""), List.of());
        static final Piece UNKNOWN = new Piece(null, List.of());

        public static Piece exactly(Set<String> strings) {
            return new Piece(strings, List.of());
        }

        /** Every required set, the exact strings included. */
        List<Set<String>> all() {
            List<Set<String>> all = new ArrayList<>(required);
            if (useful(exact)) {
                all.add(exact);
            }
            return all;
        }
    }

    /** The set that is more selective to look for: longer shortest string, then fewer strings. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (!useful(a)) {
            return useful(b) ? b : null;
        }
        if (!useful(b)) {
            return a;
        }
        int shortestA = shortest(a);
        int shortestB = shortest(b);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static boolean useful(Set<String> set) {
        return set != null && !set.isEmpty() && set.size() <= MAX_ALTERNATIVES && !set.contains("");
    }

    private static int shortest(Set<String> set) {
        int shortest = Integer.MAX_VALUE;
        for (String s : set) {
            shortest = Math.min(shortest, s.length());
        }
        return shortest;
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if (left == null || right == null || (long) left.size() * right.size() > MAX_ALTERNATIVES) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.size() + b.size() > MAX_ALTERNATIVES) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** A recursive-descent reader of {@link Pattern}'s syntax, enough of it to find literal text. */
    private static final class Reader {
        final String regex;
        int pos;
        /** Anchors, lookarounds and inline flags make the exact strings a superset of what the pattern matches. */
        boolean sawAssertionOrFlag;
        /** Inline flags such as {@code (?i)}: the expression may ignore case in places. */
        boolean sawInlineFlags;

        Reader(String regex) {
            this.regex = regex;
        }

        Piece alternation() throws RegexSyntax.Unsupported {
            List<Piece> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> exact = Set.of();
            for (Piece branch : branches) {
                exact = union(exact, branch.exact());
            }
            Set<String> required = anyBranchRequires(branches);
            return new Piece(exact, required == null ? List.of() : List.of(required));
        }

        /**
         * One set per branch, joined: each branch's most selective set that leaves room for the smallest sets of the
         * branches after it. Taking every branch's most selective set regardless of size would overflow the limit
         * on alternatives and leave the whole expression without a prefilter.
         */
        private static Set<String> anyBranchRequires(List<Piece> branches) {
            int[] smallestAfter = new int[branches.size() + 1];
            for (int b = branches.size() - 1; b >= 0; b--) {
                int smallest = Integer.MAX_VALUE;
                for (Set<String> set : branches.get(b).all()) {
                    if (useful(set)) {
                        smallest = Math.min(smallest, set.size());
                    }
                }
                if (smallest == Integer.MAX_VALUE) {
                    return null;
                }
                smallestAfter[b] = smallestAfter[b + 1] + smallest;
            }
            Set<String> required = Set.of();
            for (int b = 0; b < branches.size() && required != null; b++) {
                Set<String> pick = null;
                for (Set<String> set : branches.get(b).all()) {
                    if (useful(set) && required.size() + set.size() + smallestAfter[b + 1] <= MAX_ALTERNATIVES) {
                        pick = better(pick, set);
                    }
                }
                required = pick == null ? null : union(required, pick);
            }
            return required;
        }

        private Piece sequence() throws RegexSyntax.Unsupported {
            Set<String> run = Set.of("");
            List<Set<String>> required = new ArrayList<>();
            boolean allExact = true;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                Piece item = quantified(atom());
                required.addAll(item.required());
                Set<String> joined = product(run, item.exact());
                if (joined != null) {
                    run = joined;
                    continue;
                }
                allExact = false;
                if (useful(run)) {
                    required.add(run);
                }
                run = item.exact() != null && item.exact().size() <= MAX_ALTERNATIVES ? item.exact() : Set.of("");
            }
            if (allExact) {
                return new Piece(run, required);
            }
            if (useful(run)) {
                required.add(run);
            }
            return new Piece(null, required);
        }

        private Piece quantified(Piece atom) throws RegexSyntax.Unsupported {
            RegexSyntax.Quantifier q = RegexSyntax.quantifier(regex, pos);
            if (q == null) {
                return atom;
            }
            pos = q.end();
            int min = q.min();
            int max = q.max();
            if (min == 0) {
                return max == 1 && atom.exact() != null ? Piece.exactly(union(atom.exact(), Set.of("")))
                        : Piece.UNKNOWN;
            }
            if (min == max && atom.exact() != null) {
                Set<String> repeated = atom.exact();
                for (int i = 1; i < min && repeated != null; i++) {
                    repeated = product(repeated, atom.exact());
                }
                if (repeated != null) {
                    return Piece.exactly(repeated);
                }
            }
            return new Piece(null, atom.all());
        }

        private Piece atom() throws RegexSyntax.Unsupported {
            char c = regex.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                    return Piece.UNKNOWN;
                case '^':
                case '$':
                    sawAssertionOrFlag = true;
                    return Piece.EMPTY;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new RegexSyntax.Unsupported();
                default:
                    if (Character.isHighSurrogate(c) && pos < regex.length()) {
                        return literal(regex.substring(pos - 1, ++pos));
                    }
                    return literal(String.valueOf(c));
            }
        }

        private static Piece literal(String text) {
            return Piece.exactly(Set.of(text));
        }

        private Piece group() throws RegexSyntax.Unsupported {
            if (!regex.startsWith("?", pos)) {
                return closeGroup(alternation());
            }
            pos++;
            char kind = regex.charAt(pos);
            sawAssertionOrFlag |= kind != ':' && kind != '>' && !(kind == '<' && Character.isLetter(regex.charAt(pos + 1)));
            if (kind == ':' || kind == '>') {
                pos++;
                return closeGroup(alternation());
            }
            if (kind == '=') {
                pos++;
                Piece ahead = closeGroup(alternation());
                return new Piece(Set.of(""), ahead.all());
            }
            if (kind == '!') {
                pos++;
                closeGroup(alternation());
                return Piece.EMPTY;
            }
            if (kind == '<') {
                pos++;
                char next = regex.charAt(pos);
                if (next == '=') {
                    // What a lookbehind needs is in the text too, just before the match ("grew " before "of").
                    pos++;
                    Piece behind = closeGroup(alternation());
                    return new Piece(Set.of(""), behind.all());
                }
                if (next == '!') {
                    pos++;
                    closeGroup(alternation());
                    return Piece.EMPTY;
                }
                int close = regex.indexOf('>', pos);
                if (close < 0) {
                    throw new RegexSyntax.Unsupported();
                }
                pos = close + 1;
                return closeGroup(alternation());
            }
            sawInlineFlags = true;
            int start = pos;
            while (pos < regex.length() && "idmsuxU-".indexOf(regex.charAt(pos)) >= 0) {
                pos++;
            }
            String flags = regex.substring(start, pos);
            if (flags.isEmpty() || flags.replaceAll("-.*", "").contains("x")) {
                throw new RegexSyntax.Unsupported();
            }
            char end = regex.charAt(pos++);
            if (end == ')') {
                return Piece.EMPTY;
            }
            if (end == ':') {
                return closeGroup(alternation());
            }
            throw new RegexSyntax.Unsupported();
        }

        private Piece closeGroup(Piece inner) throws RegexSyntax.Unsupported {
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new RegexSyntax.Unsupported();
            }
            pos++;
            return inner;
        }

        /** A class of a few single characters (such as {@code [Ii]} or {@code ['’]}) is exact; others are not. */
        private Piece charClass() throws RegexSyntax.Unsupported {
            RegexSyntax.CharClass c = RegexSyntax.charClass(regex, pos);
            pos = c.end();
            return c.members() != null && c.members().size() <= 4 ? Piece.exactly(c.members()) : Piece.UNKNOWN;
        }

        /** After a backslash: an escaped literal, a zero-width assertion, or a character class. */
        private Piece escape() throws RegexSyntax.Unsupported {
            RegexSyntax.Escape e = RegexSyntax.escape(regex, pos);
            pos = e.end();
            switch (e.kind()) {
                case ASSERTION:
                    sawAssertionOrFlag = true;
                    return Piece.EMPTY;
                case CLASS:
                    return Piece.UNKNOWN;
                case LITERAL:
                    return literal(e.text());
                default: {
                    String quoted = e.text();
                    int last = quoted.isEmpty() ? 0 : quoted.offsetByCodePoints(quoted.length(), -1);
                    if (last > 0 && pos < regex.length() && "?*+{".indexOf(regex.charAt(pos)) >= 0) {
                        // A quantifier after \Q…\E repeats only the last character.
                        Piece tail = quantified(literal(quoted.substring(last)));
                        Set<String> exact = product(Set.of(quoted.substring(0, last)), tail.exact());
                        List<Set<String>> required = new ArrayList<>(tail.required());
                        required.add(Set.of(quoted.substring(0, last)));
                        return new Piece(exact, exact == null ? required : List.of());
                    }
                    return literal(quoted);
                }
            }
        }
    }
}
