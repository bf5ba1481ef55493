package io.mtlint.packs;

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

    /** The literals of a block's folded text, as a set of numbers below {@link #size()}. */
    record Presence(long[] bits, int size) {
        boolean has(int id) {
            return (bits[id >>> 6] & (1L << id)) != 0;
        }
    }

    /** One automaton for the case-folded literals and one for those that keep case. */
    static final class Automata {
        private final int size;
        private final Automaton caseless;
        private final Automaton cased;

        private Automata(List<Key> literals) {
            this.size = literals.size();
            List<String> caselessLiterals = new ArrayList<>();
            List<Integer> caselessIds = new ArrayList<>();
            List<String> casedLiterals = new ArrayList<>();
            List<Integer> casedIds = new ArrayList<>();
            for (int id = 0; id < literals.size(); id++) {
                Key k = literals.get(id);
                (k.caseSensitive() ? casedLiterals : caselessLiterals).add(k.literal());
                (k.caseSensitive() ? casedIds : caselessIds).add(id);
            }
            this.caseless = new Automaton(caselessLiterals, caselessIds, true);
            this.cased = new Automaton(casedLiterals, casedIds, false);
        }

        int size() {
            return size;
        }

        /**
         * Reads the block's own text, folding as it goes; a character the tables cannot fold alone (half of a
         * surrogate pair) sends that automaton to the folded text instead.
         */
        Presence read(FoldedText text) {
            long[] bits = new long[(size + 63) >>> 6];
            if (!caseless.isEmpty() && !caseless.readFolding(text.text(), bits)) {
                caseless.read(text.caseless(), bits);
            }
            if (!cased.isEmpty() && !cased.readFolding(text.text(), bits)) {
                cased.read(text.cased(), bits);
            }
            return new Presence(bits, size);
        }
    }

    /**
     * Aho–Corasick over chars, as a dense table: characters no literal holds share class 0 and lead back to the
     * start, the others have a class each. A state is kept as the offset of its row ({@code state << rowShift}), and
     * an entry is stored inverted ({@code ~offset}) when literals end in the state it leads to, so reading a
     * character costs two array loads and a sign test.
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
        /** Row offset of the next state, inverted when literals end there. */
        private final int[] next;
        /**
         * Rows are padded to a power of two so that a state is its offset shifted: about 40% of the characters of
         * news prose end some literal ("the ", ", ", a digit), and a division there cost more than the rest.
         */
        private final int rowShift;
        /** Literal numbers ending at each state, its failure chain's included; null when none. */
        private final int[][] output;

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
            rowShift = 32 - Integer.numberOfLeadingZeros(Math.max(1, classes - 1));
            next = new int[states << rowShift];
            for (int state = 0; state < states; state++) {
                for (int c = 0; c < classes; c++) {
                    int target = delta[state * classes + c];
                    next[(state << rowShift) + c] = output[target] == null ? target << rowShift : ~(target << rowShift);
                }
            }
        }

        private void mark(int offset, long[] bits) {
            for (int id : output[offset >>> rowShift]) {
                bits[id >>> 6] |= 1L << id;
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
                if (v < 0) {
                    v = ~v;
                    mark(v, bits);
                }
                s = v;
            }
            return true;
        }

        void read(String text, long[] bits) {
            int s = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                int v = next[s + classOf[text.charAt(i)]];
                if (v < 0) {
                    v = ~v;
                    mark(v, bits);
                }
                s = v;
            }
        }
    }
}
