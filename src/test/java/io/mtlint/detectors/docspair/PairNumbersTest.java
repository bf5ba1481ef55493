package io.mtlint.detectors.docspair;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairNumbersTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "It runs at 3:30 PM for 1.5 hours.      | Er läuft um 15:30 Uhr 1,5 Stunden lang. |",
            "It opens at 3 PM and closes at 9.30.   | Il ouvre à 15 h et ferme à 9 h 30.     |",
            "Released on 12/25/2024 or 2024-01-31. | Publié le 25/12/2024 ou le 31.01.2024. |",
            "It costs 1,500.50 euros.               | Cuesta 1.500,50 euros.                 |",
            "Wait 30 seconds, from 3:30 PM.         | Espere 300 segundos, desde las 16:30.  | 300;16:30",
            "Released on 12/25/2024.                | Publicado el 26/12/2024.               | 26/12/2024",
            "Released on 12/25/2024 at 3:30 PM.     | El 25 de diciembre de 2024 a las 15:30. |",
            "Released on 12/25/2024.                | Publicado el 25-12-2024.               |",
    })
    void aLocalisedFigureIsTheSameFigure(String source, String translation, String extra) {
        Map<String, Integer> left = new HashMap<>();
        PairNumbers.of(source).forEach(f -> PairNumbers.count(left, f));
        List<String> unmatched = PairNumbers.of(translation).stream().filter(f -> !PairNumbers.take(left, f))
                .map(PairNumbers.Figure::written).toList();
        assertEquals(extra == null ? List.of() : List.of(extra.split(";")), unmatched);
    }
}
