package io.mtlint.spark;

import io.mtlint.config.CheckOptions;
import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Format;
import io.mtlint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Options and rule directories reach an executor whole, even one that cannot see the driver's disk. */
class ShippedPathTest {
    @TempDir
    Path tmp;

    @Test
    void aDirectoryMissingOnTheExecutorIsWrittenFromItsContent() throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("en"));
        Files.writeString(rules.resolve("en/house.yaml"), "pack: house\n");
        Files.write(rules.resolve("top.xml"), new byte[] {1, 2, 3});
        ShippedPath shipped = roundTrip(ShippedPath.read(rules));
        assertEquals(rules, shipped.local());

        Files.delete(rules.resolve("en/house.yaml"));
        Files.delete(rules.resolve("en"));
        Files.delete(rules.resolve("top.xml"));
        Files.delete(rules);
        Path local = shipped.local();
        assertNotEquals(rules, local);
        assertEquals("pack: house\n", Files.readString(local.resolve("en/house.yaml")));
        assertEquals(3, Files.readAllBytes(local.resolve("top.xml")).length);
        assertEquals(local, shipped.local());
    }

    /** Every option survives the trip; a field added to CheckOptions and not carried fails here. */
    @Test
    void everyOptionIsCarried() throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        CheckOptions.Builder options = CheckOptions.builder().pair(LanguagePair.of("en-GB", "auto")).languageTool(false)
                .format(Format.MARKDOWN).translate(false).reportUnusedDisables(true);
        options.enabledRules().add("a");
        options.disabledRules().add("b");
        options.disabledCategories().add("calque");
        options.onlyRules().add("c.*");
        options.onlyCategories().add("quotes");
        options.severityOverrides().put("d", Severity.INFO);
        options.ruleDirectories().add(rules);
        options.acceptedWords().add("Kyiv");
        options.languageToolEnabled().add("E");
        options.languageToolDisabled().add("F");
        options.include().add("**/*.md");
        options.exclude().add("draft/**");
        CheckOptions o = options.build();
        CheckOptions back = roundTrip(OptionsSnapshot.of(o)).restore();
        Set<String> notCarried = Set.of("timings", "include", "exclude");
        for (RecordComponent component : CheckOptions.class.getRecordComponents()) {
            if (!notCarried.contains(component.getName())) {
                Method value = component.getAccessor();
                assertEquals(value.invoke(o), value.invoke(back), component.getName());
            }
        }
        assertEquals(o.fingerprint(), back.fingerprint());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
