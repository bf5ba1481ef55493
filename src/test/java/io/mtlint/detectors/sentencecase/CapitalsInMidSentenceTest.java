package io.mtlint.detectors.sentencecase;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Capitals in mid-sentence, on sentences written for this test: a sentence opener after a noun, a figure or a
 * closing bracket is a lost full stop (punctuation); a capital after a verb or preposition is a stray capital
 * (sentence case); names and titles that begin with such a word stay clean.
 * Each row is target | text | the texts flagged as lost stops | the texts flagged as capitals in mid-sentence.
 */
class CapitalsInMidSentenceTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en-US | The ferry service was suspended for four days The harbour master blamed the storm. | The |",
            "en-US | Turnout reached 61 percent This figure was the lowest since the war ended. | This |",
            "en-US | Visitors queued for hours (some since dawn) There were few seats left inside. | There |",
            "en-US | The mayor met the unions in October The talks ended without any agreement. | The |",
            "en-US | The survey was published on 3 March These results surprised most economists. | These |",
            "fr | Le conseil a voté le budget en novembre Les élus de l'opposition ont quitté la salle. | Les |",
            "es | La fábrica cerró tras tres semanas Los obreros exigieron una indemnización justa. | Los |",
            "es | El informe anticipaba Los recortes de las ventas durante todo el invierno próximo. | | Los",
            "en-US | Analysts expected The slowdown to ease before the end of the year. | | The",
            // Names and titles that begin with an article, and the article after a comma or a verb in a name.
            "en-US | Critics in The Hague praised the plan, and readers of The Economist agreed with them. | |",
            "en-US | The band played songs from The Wall at the stadium on a cold night. | |",
            "fr | Il vit à La Rochelle depuis que Le Figaro l'a embauché comme reporter. | |",
            "es | Los turistas visitaron Las Palmas y leyeron El País durante el vuelo. | |",
            "en-US | Sales fell 4 percent (The figures exclude fuel) and prices rose again. | |",
            "fr | Le service WordPress Les extensions restent actives après la mise à jour. | |",
            // A foreign brand whose last word happens to be a word of the target ("Data", "Office").
            "es | Active la licencia de Azure Data Los informes se generan cada noche. | |",
            "es | Noticias del puerto Los pescadores volvieron a salir al amanecer. | Los |",
            // A name that reads as a contraction ("Al", "Del") after a preposition: "a al" is no Spanish.
            "es | Esta mañana saludé a Al en la estación y luego hablé con Del sobre el viaje. | |",
            "es | El informe anticipaba Al final del año un déficit mayor que el del anterior. | | Al",
            // German may capitalise the familiar forms of address in letters and shop texts, as it does "Sie".
            "de | Sobald Dein Paket bei uns ankommt, schreiben wir Dir, ob Euch der Umtausch etwas kostet. | |",
            "de | Die Fähre verließ gestern Mit voller Ladung den kleinen Hafen am Deich. | | Mit",
    })
    void capitalsInMidSentence(String target, String text, String lostStops, String midSentence) {
        List<Finding> findings = Checkers.check(Checkers.get(target, "it", false), text, Format.TEXT).findings();
        assertEquals(split(lostStops), flagged(findings, text, SentenceCaseRule.LOST_STOP.id()));
        assertEquals(split(midSentence), flagged(findings, text, SentenceCaseRule.MID_SENTENCE.id()));
    }

    private static List<String> flagged(List<Finding> findings, String text, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).map(f -> text.substring(f.start(), f.end())).toList();
    }

    private static List<String> split(String expected) {
        return expected == null ? List.of() : Arrays.stream(expected.split(";")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "es | Pulse **a** para aceptar los cambios, **r** Con esto se rechazan todos. | Con",
            "de | Drücken Sie **y**, um zu speichern, oder **x** Um die Änderungen zu verwerfen. | Um",
            "es | **Aviso** Con la versión gratuita no hay copias de seguridad. |",
            "de | - **Hinweis** Für die Einrichtung braucht man Adminrechte. |",
            "es | Abra el menú y pulse **Guardar** Con el archivo abierto, elija la carpeta. |",
            // "Para" is also a form of "parar": before a word that can only be a verb it is the preposition.
            "es | Teclee **b** para borrar el registro, o **m** Para moverlo a otra carpeta. | Para",
            "es | Teclee **b** para borrar el registro, o lea la sección Para Elisa del manual. |",
    })
    void aCapitalAfterEmphasisClosedInMidSentenceIsAStrayCapital(String target, String md, String midSentence) {
        List<Finding> findings = Checkers.check(Checkers.get(target, "en", false), md, Format.MARKDOWN).findings();
        assertEquals(split(midSentence), flagged(findings, md, SentenceCaseRule.MID_SENTENCE.id()));
    }
}
