package io.mtlint.detectors.sentencecase;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Paragraphs and heading lines that start in lowercase, on texts written for this test ("\n" separates lines).
 * Each row is target | format | text | the flagged word (empty: none).
 */
class ParagraphStartTest {
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // A heading line between two paragraphs, and a title line without a stop before a paragraph.
            "en-US | TEXT | The council met on Monday.\\ncouncil elections\\nThe mayor presented the new budget to the council. | council",
            "es | TEXT | El alcalde habló el lunes. [4]\\nplan Municipal de Vivienda\\nEl plan prevé construir mil pisos nuevos. | plan",
            "es | TEXT | La feria abre sus puertas «con más casetas»\\nlas entradas para el concierto se agotaron en apenas dos horas. | las",
            "fr | TEXT | le marché de Noël attire des milliers de visiteurs\\nLes exposants viennent de toute la région. | le",
            // A paragraph opened by a preposition, pronoun or conjunction.
            "en-US | TEXT | The dam was inspected in spring.\\non 4 june, engineers reported cracks in the northern wall. | on",
            "en-US | TEXT | The ferry stopped running in winter.\\nthey had warned the islanders about it for a year. | they",
            "de | TEXT | Die Fähre fuhr im Winter nicht.\\nsie hatte schon im Herbst zweimal einen Motorschaden gehabt. | sie",
            "fr | TEXT | Le barrage a été inspecté au printemps.\\nmais les ingénieurs n'ont trouvé aucune fissure dans le mur. | mais",
            "en-US | TEXT | The engineers inspected the wall of the dam,\\non 4 June, and found three cracks near the top. |",
            "en-US | MARKDOWN | # Weather\\n\\nriver levels\\n\\nThe river is expected to burst its banks tonight. | river",
            // Lists, fragments, brands and headings by markup stay clean.
            "en-US | TEXT | Pack the following for the trip.\\napples and pears\\nbread and butter\\nThe shop closes at six, so hurry. |",
            "en-US | TEXT | The report was published.\\nsee also the annex\\nthe appendix lists the sources used |",
            "en-US | TEXT | Prices fell in March.\\neBay auctions\\nSellers on the site cut their prices again. |",
            "en-US | TEXT | Prices fell in March.\\nlook forward not behind\\nSellers on the site cut their prices again. |",
            "en-US | TEXT | He wrote that\\nthe rest would follow in a later report on the matter. |",
            "en-US | TEXT | Prices fell in March.\\ndefault: ten items\\nSellers on the site cut their prices again. |",
            "en-US | MARKDOWN | ## installation guide\\n\\nRun the installer and follow the steps on the screen. |",
            "en-US | MARKDOWN | Steps to follow.\\n\\n- council elections\\n\\nThe mayor presented the new budget to the council. |",
            "en-US | TEXT | The council met on Monday.\\ncouncil elections\\nsee the minutes |",
    })
    void paragraphStarts(String target, Format format, String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<String> found = Checkers.check(Checkers.get(target, "it", false), t, format).findings().stream()
                .filter(f -> f.ruleId().equals(SentenceCaseRule.PARAGRAPH_START.id()))
                .map(f -> t.substring(f.start(), f.end())).toList();
        assertEquals(Checkers.spans(expected), found);
    }
}
