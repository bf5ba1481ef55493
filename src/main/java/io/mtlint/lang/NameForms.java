package io.mtlint.lang;

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
        return LanguageData.read("name forms", RESOURCE, NameForms.class, () -> new NameForms(null));
    }
}
