package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles and names kept in the source language are no leftovers: the small words inside a capitalised title
 * ("Annals of Internal Medicine"), a country's name inside a longer name ("Tour de France", "Radio New Zealand").
 * The same words in running text still are.
 */
class NamesKeptInTheSourceTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|Die Studie erschien in den Annals of Internal Medicine und wurde viel zitiert.|",
            "es|El informe cita el Quarterly Journal of the Royal Meteorological Society.|",
            "de|Die dritte Etappe der Tour de France endet in Lille, meldete Radio New Zealand.|",
            "es|El ministro dijo que the government will decide pronto.|the government will",
            "de|Die Gespräche mit Spain wurden am Montag fortgesetzt.|Spain",
    })
    void titlesAndNamesStayClean(String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, "en", text, SourceLeftoverRule.ID));
    }

    /** French capitals often drop their accents; "Emirats" is French then, not the German genitive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Il est parti aux Emirats arabes unis, puis aux Etats-Unis avec l'Equipe de France.|",
            "Il a dit qu'il und dann haben wir die ganze Nacht gewartet, avant de partir.|und dann haben wir die ganze Nacht gewartet",
    })
    void capitalsWithoutTheirAccentsAreTargetWords(String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged("fr", "de", text, SourceLeftoverRule.ID));
    }

    /**
     * French, Spanish and Italian capitalise only the first word of an institution's name: the lowercase rest of a
     * name kept in the source ("Caisse d'allocations familiales") is the name. The same words after a sentence's
     * first word, a quoted sentence, or a place ("Grenoble a fermé"), are still left untranslated.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|de|Die Sozialhilfe zahlt die Caisse d'allocations familiales seit Januar aus.|",
            "fr|de|Die Stadt feiert jedes Jahr die Fête de la musique mit drei Bühnen.|",
            "es|en|The talks were hosted by the Consejo general del poder judicial on Friday.|",
            "fr|de|Die Kinder spielten im Park. Toujours les mêmes enfants, sagte sie.|mêmes enfants",
            "es|en|He wrote: “Nosotros no sabemos nada de los acuerdos firmados” and left.|Nosotros no sabemos nada de los acuerdos firmados",
            // A place or a person is no name's head: what follows it is running source text.
            "fr|en|The prefect of Grenoble a fermé les écoles on Tuesday.|fermé les écoles",
            "es|en|The mayor of Valencia anunció ayer the new metro line.|anunció ayer",
            // After a capitalised article inside a sentence, a proper noun heads a party's or a paper's name.
            "fr|en|Deputies of La France insoumise walked out of the chamber.|",
    })
    void lowercaseRestOfANameStaysClean(String source, String target, String text, String expected) {
        assertEquals(Checkers.spans(expected),
                Checkers.flagged(target, source, text, SourceLeftoverRule.ID));
    }
}
