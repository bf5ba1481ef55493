package io.mtlint.translate;

import io.mtlint.model.RuleIds;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentLoader;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.CheckerFactory;
import io.mtlint.detectors.leftover.SourceLeftoverRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both translation paths for leftover fixes: Apertium when installed, the pack glossary otherwise. */
class TranslationSuggestionTest {
    private static List<String> suggestions(String text, boolean apertium) throws Exception {
        CheckOptions o = CheckOptions.builder().languageTool(false).translate(apertium).build();
        Finding f = CheckerFactory.create(o).check(DocumentLoader.fromText("t", text, Format.TEXT)).findings().stream()
                .filter(x -> RuleIds.selects(SourceLeftoverRule.ID, x.ruleId())).findFirst().orElseThrow();
        assertFalse(f.fixes().stream().anyMatch(Fix::safe), "leftover fixes are never safe");
        return f.fixes().stream().map(x -> x.replacementFor(text, f.start(), f.end())).toList();
    }

    @Test
    void apertiumTranslatesKeepingBracketsAndCase() throws Exception {
        assumeTrue(ApertiumTranslator.detect("es", "en") != null, "Apertium spa-eng is not installed");
        assertEquals(List.of("[of the workers of the hospital]", ""),
                suggestions("Nurses protested [de los trabajadores del hospital] on Friday.\n", true));
    }

    @Test
    void theInstallHintNamesOnlyPackagedPairs() {
        assertEquals(java.util.Optional.of("apertium-en-es"), ApertiumTranslator.debianPackage("es", "en"));
        assertEquals(java.util.Optional.of("apertium-en-ca"), ApertiumTranslator.debianPackage("en", "ca"));
        assertEquals(java.util.Optional.empty(), ApertiumTranslator.debianPackage("fr", "en"));
        assertEquals(java.util.Optional.empty(), ApertiumTranslator.debianPackage("es", "fr"));
    }

    @Test
    void theGlossaryTranslatesWhenItCoversEveryWord() throws Exception {
        assertEquals(List.of("[of these measures]", ""), suggestions("He criticised the cost [de estas medidas].\n", false));
    }

    @Test
    void theGlossaryNeverHalfTranslates() {
        GlossaryTranslator g = new GlossaryTranslator(Map.of("de", "of", "la", "the"));
        assertEquals("of the", g.translate(List.of("de la")).get(0));
        assertNull(g.translate(List.of("de la biblioteca")).get(0));
    }

    @Test
    void apertiumsCapitalisationFollowsTheSpan() {
        assertEquals("of these measures", ApertiumTranslator.matchInitialCase("de estas medidas", "Of these measures"));
        assertEquals("Of these", ApertiumTranslator.matchInitialCase("De estas", "Of these"));
    }
}
