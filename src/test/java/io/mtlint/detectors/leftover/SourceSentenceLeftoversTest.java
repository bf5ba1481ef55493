package io.mtlint.detectors.leftover;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An English sentence or headline left in Spanish, French or German text is one finding over the whole of it;
 * titles of works, names, glossed slogans and loanwords stay clean.
 */
class SourceSentenceLeftoversTest {
    private static List<String> leftovers(String target, String text) {
        return Checkers.check(Checkers.get(target, "en", false), text + "\n", Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals("mt.source-leftover.in-text"))
                .map(f -> (text + "\n").substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | La mairie a fermé la piscine pour l'été. The pool will reopen next month with a new roof. | The pool will reopen next month with a new roof
            es | El gobierno aprobó el plan. The new budget sets aside more money for marketing. | The new budget sets aside more money for marketing
            de | Die Firma wächst weiter. The company plans to hire more staff for its marketing team. | The company plans to hire more staff for its marketing team
            """)
    void aSentenceLeftInEnglishIsOneFindingFromItsFirstWordToItsEnd(String target, String text, String expected) {
        assertEquals(List.of(expected), leftovers(target, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | D'après elle, the shop then closed early because of the storm, a précisé la gérante. | the shop then closed early because of the storm
            fr | Le maire est formel : the town will pay for the new school roof, a-t-il assuré hier. | the town will pay for the new school roof
            """)
    void anEnglishClauseEndsAtItsCommaAndAtTheTargetCompoundAfterIt(String target, String text, String expected) {
        assertEquals(List.of(expected), leftovers(target, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Voir aussi : Regulators Approve Merger Of Two Largest Airlines, Ending Months Of Talks | Regulators Approve Merger Of Two Largest Airlines, Ending Months Of Talks
            es | Lea también: Chipmaker Unveils Faster Processor, Doubling Battery Life For Laptops | Chipmaker Unveils Faster Processor, Doubling Battery Life For Laptops
            de | Mehr dazu: Airlines Scrap Winter Flights, Blaming Higher Fuel Costs And Weak Demand | Airlines Scrap Winter Flights, Blaming Higher Fuel Costs And Weak Demand
            """)
    void aHeadlineLeftInEnglishIsALeftoverThoughInTitleCase(String target, String text, String expected) {
        assertEquals(List.of(expected), leftovers(target, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Hier soir, la chaîne a diffusé le film The Lord of the Rings en version originale.
            fr | Elle relit Harry Potter and the Prisoner of Azkaban chaque été depuis dix ans.
            de | Der Film „The Man Who Knew Too Much“ lief gestern Abend im Fernsehen.
            es | La novela «Where the Crawdads Sing, Again and Again» se vendió muy bien en México.
            fr | Les outils testés : Microsoft Teams, Google Meet, Zoom Workplace, Slack Huddles, Cisco Webex Suite.
            es | Entre los invitados estaban Harry Styles, Taylor Swift, Olivia Rodrigo, Billie Eilish y Lana Del Rey.
            fr | Le nouveau Samsung Galaxy Watch Ultra arrive en magasin la semaine prochaine.
            fr | Leur slogan « Just do it » (« Fais-le ») est connu dans le monde entier.
            fr | Le marketing de la marque mise désormais sur le streaming et les podcasts.
            es | El software del equipo se actualiza cada noche desde la nube.
            """)
    void titlesNamesGlossedSlogansAndLoanwordsStayClean(String target, String text) {
        assertEquals(List.of(), leftovers(target, text));
    }
}
