package io.mtlint.config;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;
import io.mtlint.support.RuleTimings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckOptionsTest {
    private static final RecordComponent[] COMPONENTS = CheckOptions.class.getRecordComponents();

    /**
     * Every component changes the fingerprint, the cache key of findings, unless it is declared not to affect
     * findings: a component added without thought is in the key, and leaving one out takes a change here too.
     */
    @Test
    void everyComponentButTheDeclaredOnesChangesTheFingerprint() throws Exception {
        assertEquals(Set.of("timings", "origins", "include", "exclude", "gitIgnore"), CheckOptions.NOT_IN_FINGERPRINT);
        CheckOptions defaults = CheckOptions.defaults();
        for (int i = 0; i < COMPONENTS.length; i++) {
            CheckOptions variant = differingIn(defaults, i);
            String name = COMPONENTS[i].getName();
            assertNotEquals(defaults, variant, name);
            if (CheckOptions.NOT_IN_FINGERPRINT.contains(name)) {
                assertEquals(defaults.fingerprint(), variant.fingerprint(), name);
            } else {
                assertNotEquals(defaults.fingerprint(), variant.fingerprint(), name);
            }
        }
    }

    /** {@code toBuilder()} carries every component: a variant in any one of them builds back equal. */
    @Test
    void toBuilderCarriesEveryComponent() throws Exception {
        CheckOptions defaults = CheckOptions.defaults();
        assertEquals(defaults, defaults.toBuilder().build());
        for (int i = 0; i < COMPONENTS.length; i++) {
            CheckOptions variant = differingIn(defaults, i);
            assertEquals(variant, variant.toBuilder().build(), COMPONENTS[i].getName());
        }
    }

    @Test
    void collectionsAreUnmodifiableCopiesInTheirOrder() {
        CheckOptions.Builder builder = CheckOptions.builder();
        builder.disabledRules().addAll(List.of("b", "a"));
        builder.ruleDirectories().add(Path.of("rules"));
        builder.severityOverrides().put("calque", Severity.INFO);
        CheckOptions options = builder.build();
        builder.disabledRules().add("c");
        builder.ruleDirectories().clear();
        assertEquals(List.of("b", "a"), List.copyOf(options.disabledRules()));
        assertEquals(List.of(Path.of("rules")), options.ruleDirectories());
        assertThrows(UnsupportedOperationException.class, () -> options.disabledRules().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> options.ruleDirectories().clear());
        assertThrows(UnsupportedOperationException.class, () -> options.severityOverrides().clear());
        assertThrows(UnsupportedOperationException.class, () -> options.origins().put("lang", "x"));
    }

    @Test
    void declaredLanguagesReplaceTheConfiguredOnesUnlessPinned() {
        CheckOptions configured = CheckOptions.builder().target("en-GB").source("es").build();
        assertSame(configured, configured.forDeclaredLanguages("es", "en-GB"));
        assertEquals(LanguagePair.of("fr", "de"), configured.forDeclaredLanguages("de", "fr").pair());
        CheckOptions pinned = configured.toBuilder().targetPinned(true).build();
        assertEquals(LanguagePair.of("en-GB", "de"), pinned.forDeclaredLanguages("de", "fr").pair());
    }

    /** {@code base} with component {@code index} set to a value other than its own. */
    private static CheckOptions differingIn(CheckOptions base, int index) throws Exception {
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i] = COMPONENTS[i].getAccessor().invoke(base);
            types[i] = COMPONENTS[i].getType();
        }
        values[index] = otherValue(COMPONENTS[index], values[index]);
        Constructor<CheckOptions> canonical = CheckOptions.class.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    private static Object otherValue(RecordComponent component, Object value) {
        Class<?> type = component.getType();
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == LanguagePair.class) {
            return ((LanguagePair) value).withTarget("de");
        }
        if (type == Format.class) {
            return value == Format.XLIFF ? Format.MARKDOWN : Format.XLIFF;
        }
        if (type == Path.class) {
            return Path.of("other.txt");
        }
        if (type == RuleTimings.class) {
            return new RuleTimings();
        }
        Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        Object item = element == Path.class ? Path.of("other") : "other";
        if (type == Set.class) {
            return Set.of(item);
        }
        if (type == List.class) {
            return List.of(item);
        }
        if (type == Map.class) {
            Type valueType = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[1];
            return Map.of("other", valueType == Severity.class ? Severity.INFO : "other");
        }
        throw new AssertionError("no differing value for " + component.getName() + " of " + type
                + ": teach otherValue its type");
    }
}
