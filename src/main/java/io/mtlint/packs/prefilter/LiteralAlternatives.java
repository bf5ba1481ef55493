package io.mtlint.packs.prefilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of alternative literals, each as the numbers of its {@link WordFragments}, grouped by the fragment it
 * starts with. Every pack rule asks every block about each of its sets, and a block lacks the first fragment of
 * almost every alternative: grouped, one contiguous array of distinct first fragments is read, and an
 * alternative's other fragments only where its first one stands.
 */
final class LiteralAlternatives {
    private final int[] firsts;
    /** The alternatives that start with {@code firsts[i]}. */
    private final int[][][] byFirst;

    private LiteralAlternatives(int[] firsts, int[][][] byFirst) {
        this.firsts = firsts;
        this.byFirst = byFirst;
    }

    static LiteralAlternatives of(int[][] literals) {
        Map<Integer, List<int[]>> grouped = new LinkedHashMap<>();
        for (int[] literal : literals) {
            grouped.computeIfAbsent(literal[0], first -> new ArrayList<>()).add(literal);
        }
        int[] firsts = new int[grouped.size()];
        int[][][] byFirst = new int[grouped.size()][][];
        int i = 0;
        for (Map.Entry<Integer, List<int[]>> group : grouped.entrySet()) {
            firsts[i] = group.getKey();
            byFirst[i++] = group.getValue().toArray(new int[0][]);
        }
        return new LiteralAlternatives(firsts, byFirst);
    }

    /** Whether the words may hold one of the alternatives. */
    boolean anyIn(WordPresence words) {
        for (int i = 0; i < firsts.length; i++) {
            if (words.has(firsts[i])) {
                for (int[] literal : byFirst[i]) {
                    if (words.holds(literal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
