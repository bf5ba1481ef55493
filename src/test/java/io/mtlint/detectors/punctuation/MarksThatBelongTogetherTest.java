package io.mtlint.detectors.punctuation;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Marks side by side that are right: an ordinal's or a date's stop before a comma where the language writes
 * ordinals with a stop, an abbreviation in mixed case before a comma ("MwSt.,"), a face after a space (":)"), and a
 * comma after a question or exclamation opened with "¿" or "¡".
 * The same clusters in prose that has no reason for them are still reported.
 */
class MarksThatBelongTogetherTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|Müller traf zum Ausgleich (71., 1:1), Schmidt legte nach (88., 2:1).|",
            "de|Die Mahnung ging am 3.11., die zweite am 20.11. hinaus.|",
            "de|Alle Preise verstehen sich inkl. MwSt., zuzüglich Versand.|",
            "de|Vielen Dank für die schnelle Antwort :)|",
            "en|Thanks for the quick answer ;-) and see you soon.|",
            "en|I failed the exam :( but I will try again.|",
            "de|Leider ist das Paket wieder nicht angekommen. :(|",
            "en|The bakery finally reopened today. :D|",
            "fr|Bonne soirée à toute la chorale (;|",
            "en|See you at the harbour tomorrow (:|",
            "en|The ferry left early (at six; the port was closed all day.|(",
            "es|Otra vez se nos ha escapado el autobús. :(|",
            "es|Por fin llegó el paquete. :D|",
            "es|Mañana hay examen. : no lo he preparado.|. :",
            "en|The final was played in 2019., and the club won it.|.,",
            "de|Die Sitzung wurde vertagt,. Der Rat tagt erneut.|,.",
            "es|¿Quién ha dejado la puerta del huerto abierta?, gritó el abuelo desde la cocina.|",
            "es|Nos miró y dijo: ¡vaya sorpresa!; luego se marchó sin despedirse.|",
            "es|¿Cerraron ya la biblioteca municipal?. Nadie lo sabía.|?.",
            "es|El guardia preguntó si había sitio?, y nadie contestó.|?,",
            "en|Who left the garden gate open?, asked the neighbour.|?,",
    })
    void marksThatBelongTogetherStayClean(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "fr", text, PunctuationRule.ID, io.mtlint.detectors.spacing.SpacingRule.ID));
    }
}
