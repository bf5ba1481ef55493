package io.mtlint.lang;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each language's press writes for the same organisation, state or term ("NATO", Spanish "OTAN"; "GDP",
 * German "BIP"), read from {@code io/mtlint/lang/initialisms.yaml}: the data for telling an initialism the
 * translation carried over from another language from one the target writes itself.
 */
public final class Initialisms {
    private static final String RESOURCE = "/io/mtlint/lang/initialisms.yaml";
    private static final Initialisms INSTANCE = load();

    /** One thing and its initialisms by language code; an empty list: the language writes the name out. */
    public record Entry(String name, Map<String, List<String>> forms) {
        /** The target's initialisms for the thing, empty when it writes the name out. */
        public List<String> in(String language) {
            return forms.getOrDefault(language, List.of());
        }
    }

    /** An initialism of another language for a thing whose initialism in the target differs. */
    public record Foreign(Entry entry, String language, List<String> targetForms) {
    }

    private final List<Entry> entries;
    private final Map<String, Set<String>> formsByLanguage = new LinkedHashMap<>();

    private Initialisms(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            e.forms().forEach((language, forms) ->
                    formsByLanguage.computeIfAbsent(language, k -> new HashSet<>()).addAll(forms));
        }
    }

    public static Initialisms get() {
        return INSTANCE;
    }

    /** Whether the language is known to write {@code token} for something. */
    public boolean writes(String language, String token) {
        return formsByLanguage.getOrDefault(language, Set.of()).contains(token);
    }

    /**
     * {@code token} as one of {@code from}'s languages writes it, where the target language's data is known, does
     * not write it for anything, and writes something else (or nothing) for the same thing.
     */
    public Optional<Foreign> foreign(String token, String target, Collection<String> from) {
        if (!formsByLanguage.containsKey(target) || writes(target, token)) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            if (!e.forms().containsKey(target)) {
                continue;
            }
            for (String language : from) {
                if (!language.equals(target) && e.in(language).contains(token)) {
                    return Optional.of(new Foreign(e, language, e.in(target)));
                }
            }
        }
        return Optional.empty();
    }

    private static Initialisms load() {
        try (InputStream in = Initialisms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            LinkedHashMap<String, LinkedHashMap<String, List<String>>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<LinkedHashMap<String, LinkedHashMap<String, List<String>>>>() {
                    });
            return new Initialisms(raw.entrySet().stream()
                    .map(e -> new Entry(e.getKey(), Map.copyOf(e.getValue()))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("initialisms: " + e.getMessage(), e);
        }
    }
}
