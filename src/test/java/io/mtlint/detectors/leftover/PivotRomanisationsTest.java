package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Russian and Ukrainian names in their English romanisation, on sentences written for this test. Each row is
 * target | source | text | the flagged names with the spelling offered, separated by semicolons (empty: none).
 */
class PivotRomanisationsTest {
    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "de | en | Der frühere Präsident Yeltsin empfing Gorbachev im Kreml. | Yeltsin>Jelzin;Gorbachev>Gorbatschow",
            "de | tr | Moskau schickte Lavrov nach Ankara, sagte ein Sprecher. | Lavrov>Lawrow",
            "es | id | Según Dmitry Peskov, la reunión terminó sin acuerdo. | Dmitry>Dmitri",
            "es | en | El gobierno de Zelenskyy pidió más defensas aéreas. | Zelenskyy>Zelenski",
            // The target's own spelling; English names with the same endings; unknown respellings; English target.
            "de | en | Präsident Selenskyj traf Lawrow nicht; Jelzin war lange tot. |",
            "de | en | Die Filme von Eugene Levy und Luc Bondy liefen in Maly Trostinez. |",
            "de | en | Die Sängerin Ashley Murray kam mit Stanley Kubrick. |",
            "en-US | ru | Foreign Minister Lavrov met Zelensky's envoy in Geneva. |",
    })
    void romanisations(String target, String source, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).toList();
        List<String> found = Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals(PivotRomanisations.ROMANISATION.id()))
                .map(f -> text.substring(f.start(), f.end()) + ">" + f.fixes().get(0).edits().get(0).replacement())
                .toList();
        assertEquals(want, found);
    }
}
