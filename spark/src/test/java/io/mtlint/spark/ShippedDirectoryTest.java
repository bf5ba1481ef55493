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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Options and rule directories reach an executor whole, even one that cannot see the driver's disk. */
class ShippedDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void aDirectoryMissingOnTheExecutorIsWrittenFromItsContent() throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("en"));
        Files.writeString(rules.resolve("en/house.yaml"), "pack: house\n");
        Files.write(rules.resolve("top.xml"), new byte[] {1, 2, 3});
        ShippedDirectory shipped = roundTrip(ShippedDirectory.read(rules));
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
        CheckOptions o = new CheckOptions();
        o.pair = LanguagePair.of("en-GB", "auto");
        o.languageTool = false;
        o.format = Format.MARKDOWN;
        o.enabledRules.add("a");
        o.disabledRules.add("b");
        o.disabledCategories.add("calque");
        o.onlyRules.add("c.*");
        o.onlyCategories.add("quotes");
        o.severityOverrides.put("d", Severity.INFO);
        o.ruleDirectories.add(rules);
        o.acceptedWords.add("Kyiv");
        o.languageToolEnabled.add("E");
        o.languageToolDisabled.add("F");
        o.include.add("**/*.md");
        o.exclude.add("draft/**");
        o.translate = false;
        o.reportUnusedDisables = true;
        CheckOptions back = roundTrip(OptionsSnapshot.of(o)).restore();
        Set<String> notCarried = Set.of("timings", "include", "exclude");
        for (Field field : CheckOptions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || notCarried.contains(field.getName())) {
                continue;
            }
            assertEquals(field.get(o), field.get(back), field.getName());
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
