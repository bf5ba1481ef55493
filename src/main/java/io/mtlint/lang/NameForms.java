package io.mtlint.lang;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Given names whose form differs between languages and which are also surnames, read from
 * {@code io/mtlint/lang/name-forms.yaml}: each entry is one name by language code ("Moses", "Moïse", "Moisés").
 */
public record NameForms(List<Map<String, String>> forms) {
    private static final String RESOURCE = "/io/mtlint/lang/name-forms.yaml";

    public NameForms {
        forms = forms == null ? List.of() : forms.stream().map(Map::copyOf).toList();
    }

    static NameForms load() {
        try (InputStream in = NameForms.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new NameForms(null) : new ObjectMapper(new YAMLFactory()).readValue(in, NameForms.class);
        } catch (IOException e) {
            throw new UncheckedIOException("name forms: " + e.getMessage(), e);
        }
    }
}
