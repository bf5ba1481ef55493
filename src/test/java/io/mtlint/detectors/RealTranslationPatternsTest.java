package io.mtlint.detectors;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Patterns of real machine translation, on sentences that appear nowhere in the rules, their examples or the
 * corpus: what each check must find, and the look-alikes a writer produces on purpose that it must leave alone.
 * Each row is target | source | rule id or family | text | the flagged texts, separated by semicolons (empty: none).
 */
class RealTranslationPatternsTest {
    @ParameterizedTest(name = "{0} from {1}, {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // A lone zero before the comma is a decimal, never a thousands group.
            "es | en | mt.number-format | El índice pasó de 0,455 a 0,512 y llegaron 2,300 visitantes. | 2,300",
            // A whole lettered sign spaced from its amount is a printed form; a split sign or a spaced bare one is not.
            "en-US | pt | mt.number-format | Fares rose by R$ 1.20, bread by R $ 0.40 and milk by $ 2. | 'R $ ;$ '",
            // A currency sign after the amount, the figure read in the source's marks; one finding per amount.
            "en-US | es | mt.number-format | The ticket costs 12,50 € and the season pass 1.250€. | '12,50 €;1.250€'",
            "en-US | fr | mt.number-format | The flat sold for 310 000 € in May. | '310 000 €'",
            "en-US | de | mt.number-format | Tickets cost €12.50 or 40 euros for the season. |",
            // American dates and times: certain only where the month must come first or the clock is 12-hour.
            "it | en | mt.number-format | Il concerto, rinviato al 11/14/2025, inizia alle 8:30 p.m. | '11/14/2025;8:30 p.m.'",
            "de | en | mt.number-format | Die Frist endet am 03/04/2025 um 18 Uhr; Radio 1 AMS sendet. |",
            "es | en | mt.number-format | La sesión empieza a las 4 p. m. del 10/11/2025. |",
            // A capitalised source noun alone in its base form is a surname or a word of a title.
            "en-US | de | mt.source-leftover | The club parted ways with Kleinschmidt after the draw. |",
            "en-US | de | mt.source-leftover | The Greens told the \"Bild am Sonntag\" they would stay. |",
            "en-US | de | mt.source-leftover | The fund lost 300 Millionen euros last year. | Millionen",
            // Lowercase words inside a quoted title in the target's text.
            "fr | en | mt.source-leftover | Le contrat est passé « Deep in the Money » hier soir. |",
            // One lowercase word between two stops is the tail of the sentence, cut off.
            "en-US | fr | mt.punctuation | Police found him with a rifle. loaded. Nobody was hurt. | .",
            "en-US | fr | mt.sentence-case | Police found him with a rifle. loaded. Nobody was hurt. |",
            "en-US | fr | mt.sentence-case | Police found him with a rifle. it was loaded. | it",
            // The target language's own abbreviations end no sentence.
            "de | uk | mt.punctuation | Die Rede von Martin Luther King Jr. zum Jahrestag wurde gesendet. |",
            "de | fr | mt.punctuation | Er sei dagegen (Anm. d. Red.: der Plan) und ging. |",
            "es | en | mt.punctuation | El informe del Dr. en Economía llegó tarde. |",
            "en-US | is | mt.sentence-case | The harbour is owned by Hafnarverk ehf. and the bank sold it. |",
            "en-US | fr | mt.sentence-case | They rested a day at the spa. then the rain came back. | then",
            "fr | en | mt.punctuation | Voir la fig. suivante et le chap. trois du rapport. |",
            // A stop on both sides of a closing quotation mark; an ellipsis inside may take a stop after.
            "en-US | es | mt.punctuation | The mayor called the plan “a waste of money.”. Nobody replied. | .”.",
            "es | it | mt.punctuation | Lo llamó «un desastre.». Nadie respondió. | .».",
            "en-US | es | mt.punctuation | He only said “wait...”. Then he left. |",
            // A capitalised article inside a sentence opens the name of a party or a place, not a person's.
            "de | fr | mt.proper-noun-case | Sie stimmten mit La France insoumise und gegen Fabien roussel. | roussel",
            "en-US | es | mt.proper-noun-case | Voters in El Salvador tapado backed him, as did Mario rivas. | rivas",
            // Romance "los hechos" / "les faits": events, not true statements.
            "en-US | it | en.the-facts-as-events | Two guards saw the facts, which happened near the gate. |",
            "en-US | it | en.the-facts-as-events | These facts unfolded near the gate; the facts are clear. | These facts",
            "en-US | pt | en.the-facts-as-events | Nobody witnessed the night of the facts in the village. | night of the facts",
            // Russian and Ukrainian "Предварительно" / "Попередньо" with the present tense.
            "en-US | uk | ru-en.previously-preliminary | Previously, two houses are damaged in the village. | Previously",
            "en-US | uk | ru-en.previously-preliminary | Previously, two houses were damaged and one is empty. |",
            // The Brazilian day of the month in brackets, in the target's weekdays.
            "fr | pt | fr.weekday-day-in-brackets | Le marché a reculé samedi (7) puis hier (8) aussi. | samedi (7);hier (8)",
            "es | pt | es.weekday-day-in-brackets | La bolsa cayó el sábado (7), según la tabla (7). | sábado (7)",
            "de | pt | de.weekday-day-in-brackets | Die Börse fiel am Samstag (7), siehe Tabelle (7). | Samstag (7)",
            // Digits and the word for thousand, in the source's order.
            "fr | pt | mt.number-format.digits-thousand-word | Les ventes ont atteint 12 mille unités, soit douze mille de plus. | 12 mille",
            "fr | es | mt.number-format.digits-thousand-word | Le navire était à 4 mille marin de la côte, puis à 40\u202f000 pieds. |",
            "de | ru | mt.number-format.digits-thousand-word | Etwa 45 tausend Besucher kamen, Tausende blieben draußen. | 45 tausend",
            // After a month name the first group of digits is the day.
            "en-US | uk | mt.number-format.space-thousands | On March 9 250 families left; by then 12 500 people had gone. | 12 500",
            // ... but a first group no day can be is thousands, month or not.
            "en-US | uk | mt.number-format.space-thousands | In March 150 000 people fled; in May 40 200 families came back. | 150 000;40 200",
            // ... and so is one whose next group could be no count ("000 tonnes").
            "en-US | uk | mt.number-format.space-thousands | In August 18 000 tonnes were shipped, on June 4 060 tonnes more. | 18 000;4 060",
    })
    void realPatterns(String target, String source, String rule, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).toList();
        List<String> found = Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> RuleIds.selects(rule, f.ruleId())).map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(want, found);
    }
}
