package io.mtlint.packs.prefilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every literal the pack rules' prefilters look for, numbered, and one Aho–Corasick automaton per case mode over
 * all of them: a block's folded text is read once to learn which literals it holds, instead of once per literal
 * per rule (a phrase rule with twenty spellings searched the block twenty times). Literals are numbered as rules
 * are built; the automaton is rebuilt when asked for after new ones arrive, and a literal newer than the automaton
 * a block was read with is looked for with {@code contains}, so the answer never depends on the order of loading.
 * Thread-safe: the table only grows, and each automaton is immutable.
 */
final class LiteralTable {
    /** Far above the shipped packs' 1,200; bounds the automata of a long-running process. */
    private static final int MAX_LITERALS = 50_000;
    /** The number of a literal the table has no room for. */
    static final int UNNUMBERED = Integer.MAX_VALUE;
    private static final Map<Key, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<Key> LITERALS = new ArrayList<>();
    private static volatile Automata current = new Automata(List.of());
    /** How many literals are numbered: read on every block, where a map's size() would add up its counters. */
    private static volatile int count;

    private LiteralTable() {
    }

    private record Key(String literal, boolean caseSensitive) {
    }

    /**
     * The number of {@code literal}, folded as its mode folds text, or {@link #UNNUMBERED} once the table is full
     * (a process that loads ever new packs): that literal is then looked for with {@code contains}.
     */
    static int id(String literal, boolean caseSensitive) {
        Key key = new Key(literal, caseSensitive);
        Integer id = IDS.get(key);
        if (id != null) {
            return id;
        }
        synchronized (LITERALS) {
            if (LITERALS.size() >= MAX_LITERALS && !IDS.containsKey(key)) {
                return UNNUMBERED;
            }
            return IDS.computeIfAbsent(key, k -> {
                LITERALS.add(k);
                count = LITERALS.size();
                return LITERALS.size() - 1;
            });
        }
    }

    /** Automata covering every literal numbered so far. */
    static Automata automata() {
        Automata a = current;
        if (a.size() == count) {
            return a;
        }
        synchronized (LITERALS) {
            if (current.size() != LITERALS.size()) {
                current = new Automata(List.copyOf(LITERALS));
            }
            return current;
        }
    }

    /**
     * The literals of a block's folded text, as a set of numbers below {@link #size()}. A literal that keeps case
     * is read case-folded with the others and, when its folded form is there, confirmed in the text folded as it
     * is: one automaton reads each block, not one per case mode, and few paragraphs hold a cased literal's
     * folded form without the literal itself.
     */
    static final class Presence {
        private static final byte PRESENT = 1;
        private static final byte ABSENT = 2;
        private final long[] bits;
        private final Automata automata;
        private final FoldedText text;
        /**
         * What confirming each cased literal found, by number, made on the first question: rules share literals
         * ("the ", "The "), and each asks again. Elements are bytes, so racing writers cannot tear each other's.
         */
        private byte[] confirmed;

        private Presence(long[] bits, Automata automata, FoldedText text) {
            this.bits = bits;
            this.automata = automata;
            this.text = text;
        }

        int size() {
            return automata.size;
        }

        boolean has(int id) {
            if ((bits[id >>> 6] & (1L << id)) == 0) {
                return false;
            }
            String cased = automata.casedLiterals[id];
            if (cased == null) {
                return true;
            }
            byte[] known = confirmed;
            if (known == null) {
                confirmed = known = new byte[automata.size];
            }
            if (known[id] == 0) {
                known[id] = text.casedContains(cased) ? PRESENT : ABSENT;
            }
            return known[id] == PRESENT;
        }

        /** {@code union} with this block's literals added, cased ones by their folded form. */
        long[] addTo(long[] union) {
            long[] out = union.length >= bits.length ? union : Arrays.copyOf(union, bits.length);
            for (int i = 0; i < bits.length; i++) {
                out[i] |= bits[i];
            }
            return out;
        }
    }

    /** One automaton for every literal, read case-folded; literals that keep case are confirmed as they stand. */
    static final class Automata {
        private final int size;
        private final Automaton automaton;
        /**
         * By number: the literal as it must stand in the text, or null for a case-folded literal and for one without
         * a character that has case ("%", ", ", "20"), which folding finds as it stands.
         */
        private final String[] casedLiterals;

        private Automata(List<Key> literals) {
            this.size = literals.size();
            this.casedLiterals = new String[size];
            List<String> folded = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (int id = 0; id < literals.size(); id++) {
                Key k = literals.get(id);
                if (k.caseSensitive() && hasCase(k.literal())) {
                    casedLiterals[id] = k.literal();
                }
                folded.add(k.caseSensitive() ? FoldedText.fold(k.literal()) : k.literal());
                ids.add(id);
            }
            this.automaton = new Automaton(folded, ids, true);
        }

        int size() {
            return size;
        }

        /**
         * Whether some character of {@code literal} has a case mapping: only then can another string fold to the
         * same text. Case mappings lead from and to characters that have case, so a character without one is the
         * only character that folds to itself.
         */
        private static boolean hasCase(String literal) {
            return literal.codePoints().anyMatch(c -> Character.toUpperCase(c) != c || Character.toLowerCase(c) != c
                    || Character.toTitleCase(c) != c || Character.isLetter(c));
        }

        /**
         * Reads the block's own text, folding as it goes; a character the tables cannot fold alone (half of a
         * surrogate pair) sends the automaton to the folded text instead.
         */
        Presence read(FoldedText text) {
            long[] bits = new long[(size + 63) >>> 6];
            if (!automaton.isEmpty() && !automaton.readFolding(text.text(), bits)) {
                automaton.read(text.caseless(), bits);
            }
            return new Presence(bits, this, text);
        }
    }

    /**
     * Aho–Corasick over chars, as a dense table: characters no literal holds share class 0 and lead back to the
     * start, the others have a class each. A state is kept as the offset of its row ({@code state << rowShift}).
     * Reading marks every state it passes through in a set of state numbers, without a branch, and the literals
     * of the terminal states among them are collected once at the end: about 40% of the characters of news prose
     * end some literal ("the ", ", ", a digit), and a branch on each, taken at random, cost more than the reading.
     */
    static final class Automaton {
        /** The class of a character that cannot be folded alone: reading stops. */
        private static final char UNFOLDABLE = Character.MAX_VALUE;
        private final char[] classOf = new char[Character.MAX_VALUE + 1];
        /** The class of a character of the raw text: its folded form's class. */
        private final char[] foldedClassOf = new char[Character.MAX_VALUE + 1];
        private final int classes;
        /** The class of the space every run of white space folds to. */
        private final char spaceClass;
        /** Row offset of the next state. */
        private final int[] next;
        /** Rows are padded to a power of two so that a state is its offset shifted, with no division. */
        private final int rowShift;
        /** Literal numbers ending at each state, its failure chain's included; null when none. */
        private final int[][] output;
        /** The states in which literals end, as a set of state numbers. */
        private final long[] terminal;

        Automaton(List<String> literals, List<Integer> ids) {
            this(literals, ids, false);
        }

        /** {@code foldCase}: the literals are case-folded, and so is the raw text as it is read. */
        Automaton(List<String> literals, List<Integer> ids, boolean foldCase) {
            int nextClass = 1;
            int length = 0;
            for (String literal : literals) {
                length += literal.length();
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    if (classOf[c] == 0) {
                        classOf[c] = (char) nextClass++;
                    }
                }
            }
            classes = nextClass;
            spaceClass = classOf[' '];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char ch = (char) c;
                int folded = Character.isSurrogate(ch) ? -1
                        : FoldedText.isSpace(ch) ? ' ' : FoldedText.foldChar(ch, foldCase);
                foldedClassOf[c] = folded < 0 ? UNFOLDABLE : classOf[folded];
            }
            // The trie first, in the same table: -1 where a state has no child of that class.
            int[] table = new int[(length + 1) * classes];
            Arrays.fill(table, -1);
            List<List<Integer>> ends = new ArrayList<>();
            ends.add(new ArrayList<>());
            int states = 1;
            for (int n = 0; n < literals.size(); n++) {
                String literal = literals.get(n);
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int at = state * classes + classOf[literal.charAt(i)];
                    if (table[at] < 0) {
                        table[at] = states++;
                        ends.add(new ArrayList<>());
                    }
                    state = table[at];
                }
                ends.get(state).add(ids.get(n));
            }
            int[] delta = Arrays.copyOf(table, states * classes);
            output = new int[states][];
            int[] fail = new int[states];
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            queue[tail++] = 0;
            while (head < tail) {
                int s = queue[head++];
                List<Integer> out = new ArrayList<>(ends.get(s));
                if (s != 0 && output[fail[s]] != null) {
                    for (int id : output[fail[s]]) {
                        out.add(id);
                    }
                }
                output[s] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
                for (int c = 0; c < classes; c++) {
                    int at = s * classes + c;
                    int child = delta[at];
                    int viaFail = s == 0 ? 0 : delta[fail[s] * classes + c];
                    if (child < 0 || c == 0) {
                        delta[at] = viaFail;
                    } else {
                        fail[child] = viaFail;
                        queue[tail++] = child;
                    }
                }
            }
            terminal = new long[(states + 63) >>> 6];
            for (int state = 0; state < states; state++) {
                if (output[state] != null) {
                    terminal[state >>> 6] |= 1L << state;
                }
            }
            rowShift = 32 - Integer.numberOfLeadingZeros(Math.max(1, classes - 1));
            next = new int[states << rowShift];
            for (int state = 0; state < states; state++) {
                for (int c = 0; c < classes; c++) {
                    int target = delta[state * classes + c];
                    next[(state << rowShift) + c] = target << rowShift;
                }
            }
        }

        /** Marks the literals of every terminal state in {@code seen}, a set of state numbers. */
        private void markSeen(long[] seen, long[] bits) {
            for (int w = 0; w < seen.length; w++) {
                long word = seen[w] & terminal[w];
                while (word != 0) {
                    int state = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    for (int id : output[state]) {
                        bits[id >>> 6] |= 1L << id;
                    }
                }
            }
        }

        boolean isEmpty() {
            return classes == 1;
        }

        /**
         * Reads {@code raw} as {@link FoldedText} would fold it (case per this automaton's mode, runs of white space
         * as one space, ’ as '); false, with {@code bits} partly set, at a character it cannot fold alone.
         */
        boolean readFolding(String raw, long[] bits) {
            long[] seen = new long[terminal.length];
            int s = 0;
            boolean inSpace = false;
            for (int i = 0, n = raw.length(); i < n; i++) {
                char cls = foldedClassOf[raw.charAt(i)];
                // With no space in any literal, spaces share class 0 with every other such character, and
                // skipping a repeat of class 0 changes nothing: it always leads back to the start.
                if (cls == spaceClass) {
                    if (inSpace) {
                        continue;
                    }
                    inSpace = true;
                } else {
                    if (cls == UNFOLDABLE) {
                        return false;
                    }
                    inSpace = false;
                }
                int v = next[s + cls];
                seen[v >>> (rowShift + 6)] |= 1L << (v >>> rowShift);
                s = v;
            }
            markSeen(seen, bits);
            return true;
        }

        void read(String text, long[] bits) {
            long[] seen = new long[terminal.length];
            int s = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                int v = next[s + classOf[text.charAt(i)]];
                seen[v >>> (rowShift + 6)] |= 1L << (v >>> rowShift);
                s = v;
            }
            markSeen(seen, bits);
        }
    }
}
