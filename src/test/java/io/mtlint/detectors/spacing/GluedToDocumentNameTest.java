package io.mtlint.detectors.spacing;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name no dictionary knows, glued to the next word, is read against the document: "Okonkwo" written on its own
 * elsewhere makes "Okonkwothe" two words. Two function words glue as a sentence opener ("andIt"); code's do not.
 */
class GluedToDocumentNameTest {
    private static final String CHECK = SpacingRule.ID + ".glued-words";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "en|Senator Adaeze Okonkwo opened the debate. Later Okonkwothe chair of the panel replied.|Okonkwothe",
            "en|The harbour council met on Monday. The Councilapproves nothing today, said the Council of Wexby.|Councilapproves",
            "en|Farmers came to the market early andIt would have closed before noon.|andIt",
            "en|Call forEach on the list, then orElse for the default, as Okonkwo wrote in Okonkwoland.|",
            "en|Visitors to Lakewood often confuse it with the Lake district near Lakewoodhaven.|",
            "de|Die Reißverschlussblende hält. Der Reißverschluss klemmt, sagt Müller vom Reißverschlusswerk.|",
    })
    void gluedWordsAreReadAgainstTheDocument(String target, String text, String expected) {
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")),
                Checkers.flagged(target, "fr", text, CHECK));
    }
}
