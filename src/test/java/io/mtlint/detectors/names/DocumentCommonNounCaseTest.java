package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A word no dictionary lists is a name when the document capitalises it in mid-sentence, unless the document
 * writes it in lowercase more often: then a title or a product name gave it its capital, and it is the text's own
 * common noun. A name translation lowercased in one place, and capitalised elsewhere, is still reported.
 */
class DocumentCommonNounCaseTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "ja|The bakery launched its Winter Plum Mochiko Gift Box on Monday. Each mochiko is wrapped by hand, and a "
                    + "single mochiko sells for three dollars.|",
            "cs|Villagers say the old Zrubnik Mill Trail is worth a visit. A zrubnik is a log barn, and every zrubnik "
                    + "on the trail is over a century old.|",
            "uk|The mayor of Zhovtokamyanka spoke on Friday. Residents of Zhovtokamyanka cheered, and police in "
                    + "zhovtokamyanka closed two streets.|zhovtokamyanka",
            "uk|Talks with Mr Hrytsenkovych went well, aides of Mr Hrytsenkovych said, though hrytsenkovych himself "
                    + "left early, and staff thanked hrytsenkovych.|hrytsenkovych;hrytsenkovych",
    })
    void reportsOnlyNamesTheDocumentCapitalises(String source, String text, String expected) {
        assertEquals(Checkers.spans(expected, ";"),
                Checkers.flagged("en", source, text, ProperNounCaseRule.ID));
    }
}
