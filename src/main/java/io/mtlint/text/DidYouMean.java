package io.mtlint.text;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The names closest to a mistyped one, for "did you mean" in error messages. */
public final class DidYouMean {
    private static final int MAX_SUGGESTIONS = 3;

    private DidYouMean() {
    }

    /**
     * Up to three of {@code names} within a few edits of {@code typed} (a quarter of its length, at least two),
     * closest first; empty when none is that close.
     */
    public static List<String> closest(String typed, Collection<String> names) {
        int limit = Math.max(2, typed.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        record Candidate(String name, int distance) {
        }
        return names.stream().distinct()
                .map(n -> new Candidate(n, distance.apply(typed, n)))
                .filter(c -> c.distance() >= 0)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
    }

    /** " (did you mean a, b?)", or "" when nothing is close. */
    public static String hint(String typed, Collection<String> names) {
        List<String> close = closest(typed, names);
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }
}
