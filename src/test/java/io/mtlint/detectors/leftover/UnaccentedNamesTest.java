package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Place names spelled without the accent the target writes, on sentences written for this test. Each row is
 * target | source | text | the flagged names with the spelling offered, separated by semicolons (empty: none).
 */
class UnaccentedNamesTest {
    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "es | en | El tren nocturno une Berlin con Viena desde diciembre. | Berlin>Berlín",
            "es | fr | Los dos equipos se enfrentan en Bogota el sábado. | Bogota>Bogotá",
            "de | en | Der Kongress tagte zuletzt in Zurich am See. | Zurich>Zürich",
            // Spelled as the target spells them; a given name before its surname; targets without person tags.
            "es | en | El tren nocturno une Berlín con Múnich y Bogotá. |",
            "es | ru | El presidente Vladimir Putin habló con Martin Scorsese. |",
            "es | en | El filósofo Isaiah Berlin vio ganar al Milan en el estadio. |",
            "fr | en | Le colloque réunit Raphael Weber et Deborah Lévy à Quebec. |",
            "en-US | es | The night train links Bogota with Quebec and Zurich. |",
    })
    void unaccentedNames(String target, String source, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).toList();
        List<String> found = Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals(UnaccentedNames.UNACCENTED.id()))
                .map(f -> text.substring(f.start(), f.end()) + ">" + f.fixes().get(0).edits().get(0).replacement())
                .toList();
        assertEquals(want, found);
    }
}
