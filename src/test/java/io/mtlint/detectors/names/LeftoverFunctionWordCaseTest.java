package io.mtlint.detectors.names;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A source-language function word left in a label is no lowercase name, whatever the target's dictionary holds. */
class LeftoverFunctionWordCaseTest {
    private static List<String> flagged(String target, String md) {
        return Checkers.check(Checkers.get(target, "en", false), md, Format.MARKDOWN).findings().stream()
                .filter(f -> RuleIds.selects(ProperNounCaseRule.ID, f.ruleId()))
                .map(f -> md.substring(f.start(), f.end())).toList();
    }

    @Test
    void anEnglishDeterminerInAButtonLabelIsNotANameInLowercase() {
        assertEquals(List.of(), flagged("fr", "Cliquez sur **Use this template** en haut de la page.\n"));
        assertEquals(List.of("londres"), flagged("fr", "Le bureau de londres ouvre lundi.\n"));
    }
}
