package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A source without a dictionary here (Serbian, Vietnamese) still leaves clauses behind that the target does not
 * know: reported whole, while a clause with a typo or a quoted foreign word stays clean; so does a long word
 * neither the target nor English knows, unless it is a typo, two words glued or a coined derivation.
 */
class UnknownSourceClausesTest {
    private static String leftovers(String target, String source, String text) {
        return String.join(" | ", Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings()
                .stream().filter(f -> f.ruleId().equals("mt.source-leftover.in-text"))
                .map(f -> text.substring(f.start(), f.end())).toList());
    }

    @ParameterizedTest(name = "{0}<{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "de|sr|Der Bürgermeister kam früh. Gradonačelnik je danas obišao radove na novom mostu preko reke.|Gradonačelnik je danas obišao radove na novom mostu preko reke",
            "en|sr|The mayor came early. Gradonačelnik je danas obišao radove na novom mostu preko reke.|Gradonačelnik je danas obišao radove na novom mostu preko reke",
            "de|sr|Der Bürgermeister besichtigte heute die Baustelle an der neuen Brücke über den Fluss.|",
            "en|sr|The mayor visted the worksite at the new bridge over the river with the mayor of Zvornik.|",
            "de|sr|Die Musiker spielten piva und Geige auf dem Fest in der Stadt.|",
            // long lone words
            "en|no|The harbour was busy, says vaktsjefen Lise Berg at the coast guard.|vaktsjefen",
            "en|sv|Several fires were reported after the midsommarfirandet in the park.|midsommarfirandet",
            "fr|nl|Les vissers du port ont vendu leur vangst au marché, selon le havenmeester.|havenmeester",
            // a typo, glued words, a coined derivation, a hashtag and a short word stay clean
            "en|no|The report came immediatly after the meeting with the councilors.|",
            "en|no|The crowd cheered and the peoplewho waited outside went home.|",
            "en|no|The plan was called unworkablely slow by the opposition.|",
            "en|no|Supporters posted under #standwithukraine all night long.|",
            "en|no|The police said that natt was calm.|",
    })
    void clausesAndLongWordsNoDictionaryKnowsAreLeftovers(String target, String source, String text, String expected) {
        assertEquals(expected == null ? "" : expected, leftovers(target, source, text));
    }

    @org.junit.jupiter.api.Test
    void aLoneWordIsAWarningAndAClauseAnError() {
        String text = "The harbour was busy, says vaktsjefen Lise Berg. Gradonačelnik je danas obišao radove na "
                + "novom mostu preko reke.";
        var severities = Checkers.check(Checkers.get("en", "sr", false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals("mt.source-leftover.in-text"))
                .map(f -> text.substring(f.start(), f.end()).split(" ")[0] + ":" + f.severity()).toList();
        assertEquals(java.util.List.of("vaktsjefen:WARNING", "Gradonačelnik:ERROR"), severities);
    }
}
