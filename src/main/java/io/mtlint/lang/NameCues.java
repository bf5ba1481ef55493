package io.mtlint.lang;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static NameCues load(String base) {
        try (InputStream in = NameCues.class.getResourceAsStream(DIRECTORY + base + ".yaml")) {
            return in == null ? NONE : YAML.readValue(in, NameCues.class);
        } catch (IOException e) {
            throw new UncheckedIOException("name cues " + base + ": " + e.getMessage(), e);
        }
    }
}
