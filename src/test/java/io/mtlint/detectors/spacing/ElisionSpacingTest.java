package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A space after a French elided word ("l' abbaye"), the elisions being the French descriptor's. */
class ElisionSpacingTest {
    private static final String CHECK = SpacingRule.ID + ".after-elision";

    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "en", text, CHECK).stream().map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Les moines ont quitté l' abbaye au XVIe siècle.|l'",
            "Le fleuve prend sa source à l’ouest d’ Annecy, puis rejoint le lac.|d’",
            "Il pense qu' Obernai est plus ancienne que la cathédrale d' Ulm.|qu';d'",
            "Les travaux ont duré jusqu'  alors sans interruption.|jusqu'",
    })
    void spaceAfterElisionIsFound(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), flagged("fr", text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "L’abbaye d’Orval, qu’on visite jusqu’au soir, n’ouvre pas l’hiver.",
            "Le panneau disait 'sortie' et l'équipe l'a suivi.",
            "Les élèves de l'école de Saint-Jean-d'Angély ont chanté « l'Hymne à la joie ».",
    })
    void joinedElisionsStayClean(String text) {
        assertEquals(List.of(), flagged("fr", text));
    }

    @org.junit.jupiter.api.Test
    void aLinkAfterTheSpaceIsThePagesMarkup() {
        String text = "Voir la note de l' [atelier de juin](/fr/notes/juin) pour le détail.\n";
        assertEquals(List.of(), Checkers.check(Checkers.get("fr", "en", false), text, Format.MARKDOWN).findings().stream()
                .filter(f -> RuleIds.selects(CHECK, f.ruleId())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The musketeer d' Artagnan rode to l' Arsenal.", "Los mosqueteros de d' Artagnan y l' Arsenal."})
    void languagesWithoutElisionsAreNotChecked(String text) {
        assertEquals(List.of(), flagged(text.startsWith("The") ? "en" : "es", text));
    }
}
