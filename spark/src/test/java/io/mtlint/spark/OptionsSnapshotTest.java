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
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every option that can change a finding reaches the executors: a component added to {@link CheckOptions} fails
 * here until this test sets it and the snapshot carries it.
 */
class OptionsSnapshotTest {
    /** Components that choose files or describe a run rather than what is found, and the refused aligned source. */
    private static final Set<String> NOT_SHIPPED = Set.of("alignedSource");

    @TempDir
    Path tmp;

    @Test
    void everyComponentSurvivesTheTripToAnExecutor() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("pack.yaml"), "rules: []\n");
        Path glossary = Files.writeString(tmp.resolve("terms.csv"), "en,fr\nfile,fichier\n");
        CheckOptions.Builder b = CheckOptions.builder().pair(LanguagePair.of("fr", "de")).targetPinned(true)
                .sourcePinned(true).languageTool(false).format(Format.MARKDOWN).translate(false)
                .alignedSource(glossary).reportUnusedDisables(true).layout(false).languageToolPicky(true);
        b.enabledRules().add("mt.a");
        b.disabledRules().add("mt.b");
        b.disabledCategories().add("calque");
        b.onlyRules().add("mt.c");
        b.onlyCategories().add("quotes");
        b.severityOverrides().put("mt.d", Severity.INFO);
        b.ruleDirectories().add(rules);
        b.acceptedWords().add("Kyiv");
        b.glossaries().add(glossary);
        b.languageToolEnabled().add("LT_A");
        b.languageToolDisabled().add("LT_B");
        b.include().add("*.md");
        b.exclude().add("drafts/**");
        b.layoutPatterns().add("translations/{lang}/**");
        b.origins().put("rule:mt.c", "--rule");
        CheckOptions options = b.build();
        CheckOptions defaults = CheckOptions.defaults();

        CheckOptions restored = travel(OptionsSnapshot.of(options)).restore();

        for (RecordComponent c : CheckOptions.class.getRecordComponents()) {
            String name = c.getName();
            if (CheckOptions.NOT_IN_FINGERPRINT.contains(name) && !name.equals("include") && !name.equals("exclude")
                    && !name.equals("origins")) {
                continue;
            }
            assertNotEquals(value(c, defaults), value(c, options), name + ": set it in this test");
            if (!NOT_SHIPPED.contains(name) && !CheckOptions.NOT_IN_FINGERPRINT.contains(name)) {
                assertEquals(value(c, options), value(c, restored), name + " does not reach the executors");
            }
        }
    }

    private static Object value(RecordComponent c, CheckOptions o) throws Exception {
        return c.getAccessor().invoke(o);
    }

    private static OptionsSnapshot travel(OptionsSnapshot snapshot) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (OptionsSnapshot) in.readObject();
        }
    }
}
