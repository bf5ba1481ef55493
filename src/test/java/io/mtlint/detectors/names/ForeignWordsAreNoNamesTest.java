package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words that only look like lowercase names once tokenised: the first part of a word written with an apostrophe
 * ("aujourd" of "aujourd'hui"), the English function words of a title kept in another language, an English
 * loanword the same text also capitalises ("technique Shredding"), an abbreviation with its stop inside a sentence
 * ("toux chr. depuis"), and the tail of a compound or a suffix cited
 * after a hyphen ("und -verbindlichkeiten"), and an English spelling the dictionaries know only as a name ("matt").
 */
class ForeignWordsAreNoNamesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Aujourd'hui, la mairie ferme. Le rapport publié sur Twitter aujourd'hui critique le maire.|",
            "fr|Le colis est arrivé aujourd’hui et quelqu'un l'a ouvert. Aujourd’hui encore, rien.|",
            "fr|Le roman Gone with the Wind reste un classique ; il relit Across the Griffin Pass.|",
            "fr|The Voice revient ce soir. Il dirige l'aventure Across the Griffin Pass pour quatre amis.|",
            "fr|Ces opérations ont un taux élevé d'awareness, et le principe est complètement lost.|",
            "fr|Le président américain donald trump a parlé. Trump a ensuite quitté la salle.|donald;trump",
            "fr|La pédale repose sur la technique Shredding du fabricant. Ce moteur de shredding reste simple.|",
            "fr|Le club mise sur le Scouting des jeunes. Le scouting coûte cher, dit le maire.|",
            "fr|Mon voisin souffre d'une toux chr. depuis l'hiver, dit-il.|",
            "fr|Le président donald trump tousse. Sa toux chr. inquiète.|donald;trump",
            "es|La novela Gone with the Wind sigue vendiéndose; el juego Across the Griffin Pass también.|",
            "de|Die Bilanz trennt Mietforderungen und -verbindlichkeiten sowie Steuerforderungen und -schulden.|",
            "de|Das Ungarische kennt die Suffixe -ban/-ben und -nak/-nek.|",
            "en|The head of the district administration mykola pyvovarchuk visited the port.|mykola;pyvovarchuk",
            "en|The oven comes in matt black; its matt enamel hides smudges, unlike the gloss one.|",
    })
    void noNameIsReported(String target, String text, String expected) {
        String source = target.equals("en") ? "uk" : target.equals("de") ? "en" : "de";
        assertEquals(Checkers.spans(expected, ";"),
                Checkers.flagged(target, source, text, ProperNounCaseRule.ID));
    }
}
