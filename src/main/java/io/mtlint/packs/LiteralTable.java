package io.mtlint.packs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Map<Key, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<Key> LITERALS = new ArrayList<>();
    private static volatile Automata current = new Automata(List.of());

    private LiteralTable() {
    }

    private record Key(String literal, boolean caseSensitive) {
    }

    /** The number of {@code literal}, folded as its mode folds text. */
    static int id(String literal, boolean caseSensitive) {
        Key key = new Key(literal, caseSensitive);
        Integer id = IDS.get(key);
        if (id != null) {
            return id;
        }
        synchronized (LITERALS) {
            return IDS.computeIfAbsent(key, k -> {
                LITERALS.add(k);
                return LITERALS.size() - 1;
            });
        }
    }

    /** Automata covering every literal numbered so far. */
    static Automata automata() {
        Automata a = current;
        if (a.size() == IDS.size()) {
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
            this.caseless = new Automaton(caselessLiterals, caselessIds);
            this.cased = new Automaton(casedLiterals, casedIds);
        }

        int size() {
            return size;
        }

        Presence read(FoldedText text) {
            long[] bits = new long[(size + 63) >>> 6];
            if (!caseless.isEmpty()) {
                caseless.read(text.caseless(), bits);
            }
            if (!cased.isEmpty()) {
                cased.read(text.cased(), bits);
            }
            return new Presence(bits, size);
        }
    }

    /**
     * Aho–Corasick over chars. ASCII, which is nearly all of the text, goes through a dense transition table over
     * the classes of characters the literals use; other characters follow failure links through the trie.
     */
    static final class Automaton {
        private static final int ASCII = 128;
        private final int classes;
        private final byte[] classOf = new byte[ASCII];
        /** For ASCII: next state = delta[state * classes + class]. */
        private final int[] delta;
        private final List<Map<Character, Integer>> children = new ArrayList<>();
        private final int[] fail;
        /** Literal numbers ending at each state, its failure chain's included; null when none. */
        private final int[][] output;

        Automaton(List<String> literals, List<Integer> ids) {
            int nextClass = 1;
            for (String literal : literals) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    if (c < ASCII && classOf[c] == 0) {
                        classOf[c] = (byte) nextClass++;
                    }
                }
            }
            classes = nextClass;
            children.add(new HashMap<>());
            List<List<Integer>> ends = new ArrayList<>();
            ends.add(new ArrayList<>());
            for (int n = 0; n < literals.size(); n++) {
                String literal = literals.get(n);
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    Integer next = children.get(state).get(literal.charAt(i));
                    if (next == null) {
                        next = children.size();
                        children.get(state).put(literal.charAt(i), next);
                        children.add(new HashMap<>());
                        ends.add(new ArrayList<>());
                    }
                    state = next;
                }
                ends.get(state).add(ids.get(n));
            }
            int states = children.size();
            fail = new int[states];
            output = new int[states][];
            delta = new int[states * classes];
            int[] order = new int[states];
            int count = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(0);
            while (!queue.isEmpty()) {
                int s = queue.poll();
                order[count++] = s;
                for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                    int child = e.getValue();
                    fail[child] = s == 0 ? 0 : step(fail[s], e.getKey());
                    queue.add(child);
                }
            }
            for (int k = 0; k < count; k++) {
                int s = order[k];
                List<Integer> out = new ArrayList<>(ends.get(s));
                if (s != 0 && output[fail[s]] != null) {
                    for (int id : output[fail[s]]) {
                        out.add(id);
                    }
                }
                output[s] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
                for (char c = 0; c < ASCII; c++) {
                    if (classOf[c] != 0 || c == 0) {
                        delta[s * classes + classOf[c]] = classOf[c] == 0 ? 0 : step(s, c);
                    }
                }
            }
        }

        boolean isEmpty() {
            return children.get(0).isEmpty();
        }

        /** The state after reading {@code c} in state {@code s}, following failure links (BFS order guarantees them). */
        private int step(int s, char c) {
            while (true) {
                Integer next = children.get(s).get(c);
                if (next != null) {
                    return next;
                }
                if (s == 0) {
                    return 0;
                }
                s = fail[s];
            }
        }

        void read(String text, long[] bits) {
            int s = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                s = c < ASCII ? delta[s * classes + classOf[c]] : step(s, c);
                int[] out = output[s];
                if (out != null) {
                    for (int id : out) {
                        bits[id >>> 6] |= 1L << id;
                    }
                }
            }
        }
    }
}
