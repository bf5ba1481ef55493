package io.mtlint.cli;

import io.mtlint.report.RuleDocs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md is what `mtlint rules docs` prints from the rules' metadata, so it cannot go stale. */
class RuleDocsTest {
    @Test
    void theRulesReferenceIsCurrent() throws Exception {
        String generated = RuleDocs.markdown(RulesCommand.shippedRules());
        String committed = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        assertTrue(generated.contains("#### mt.spacing.double-space"), "checks are documented one by one");
        assertEquals(generated, committed, "docs/rules.md is stale: run ./mtlint rules docs > docs/rules.md");
    }
}
