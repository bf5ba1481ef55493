package io.mtlint.packs.prefilter;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A part-of-speech expression of a token condition with its answers remembered per tag: a tag set has a few dozen
 * tags, and every candidate token asked the expression about each of its tags again. Thread-safe; past {@link
 * #MAX_TAGS} tags (a tagger with open-ended tags) answers are computed and not kept.
 */
public final class TagMatches {
    private static final int MAX_TAGS = 4096;
    private final Pattern expression;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public TagMatches(Pattern expression) {
        this.expression = expression;
    }

    /** Whether one of {@code tags} matches the expression whole. */
    public boolean anyOf(Collection<String> tags) {
        for (String tag : tags) {
            Boolean matches = known.get(tag);
            if (matches == null) {
                matches = expression.matcher(tag).matches();
                if (known.size() < MAX_TAGS) {
                    known.put(tag, matches);
                }
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
