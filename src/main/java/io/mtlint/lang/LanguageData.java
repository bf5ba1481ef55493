package io.mtlint.lang;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** The language data shipped as YAML resources: kebab-case keys, and an unknown key is an error. */
final class LanguageData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private LanguageData() {
    }

    /** The resource read as {@code type}, or what {@code absent} gives when there is none; {@code what} names it. */
    static <T> T read(String what, String resource, Class<T> type, Supplier<T> absent) {
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            return in == null ? absent.get() : YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e.getMessage(), e);
        }
    }
}
