package io.mtlint.lang;

import java.util.List;
import java.util.Map;

/**
 * Words of a target language that show a phrase is the name of a newspaper, party, institution, company or place
 * ("the newspaper", "according to", "party"), read from {@code io/mtlint/lang/name-cues/<code>.yaml}: by kind of
 * name, the cues that stand before the name and those right after it.
 */
public record NameCues(String language, Map<String, Cues> kinds) {
    static final String DIRECTORY = "/io/mtlint/lang/name-cues/";
    static final NameCues NONE = new NameCues(null, Map.of());

    public record Cues(List<String> before, List<String> after) {
        public Cues {
            before = before == null ? List.of() : List.copyOf(before);
            after = after == null ? List.of() : List.copyOf(after);
        }

        static final Cues NONE = new Cues(null, null);
    }

    public NameCues {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    /** The cues for a kind of name; none when the language has no cue list for it. */
    public Cues of(String kind) {
        return kinds.getOrDefault(kind, Cues.NONE);
    }

    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    static NameCues load(String base) {
        return LanguageData.read("name cues " + base, DIRECTORY + base + ".yaml", NameCues.class, () -> NONE);
    }
}
