package io.mtlint.text.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Literal words or phrases as the alternatives of a regular expression. */
public final class Alternatives {
    private Alternatives() {
    }

    /**
     * The literals quoted and joined by "|", longest first, so that "de la" is tried before "de" and the longest
     * phrase that fits wins; ties keep the order given. Not grouped: the caller puts it in its own group.
     */
    public static String longestFirst(Collection<String> literals) {
        return literals.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
