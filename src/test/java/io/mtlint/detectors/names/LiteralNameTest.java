package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names of newspapers, parties, institutions and places rendered word for word, on sentences written for this test. */
class LiteralNameTest {
    private static String flagged(String source, String target, String text) {
        return String.join(" | ", Checkers.flagged(target, source, text, "mt.name-translation.literal-name"));
    }

    @ParameterizedTest(name = "{0}>{1}: {2}")
    @CsvSource(delimiter = '#', value = {
            // Capitalised as a name in mid-sentence
            "es#en#A columnist of The Country argued against the tax on Sunday.#The Country",
            "es#en#The regional budget was approved by the Generality after a long night.#Generality",
            "es#en#The reform must now pass through the Valencian Courts before the summer.#Valencian Courts",
            "es#en#Sources in State Advocacy declined to comment on the appeal.#State Advocacy",
            "es#en#Agents of the Squad Boys cordoned off the square in Girona.#Squad Boys",
            "fr#en#The pile-up was first reported on the website of West France overnight.#West France",
            "fr#en#The rally was organised by Unsubmissive France in Marseille.#Unsubmissive France",
            "it#en#An interview with the Evening Courier appeared on Tuesday.#the Evening Courier",
            "it#en#Figures published by The Sun 24 Hours show a slowdown.#The Sun 24 Hours",
            "pt#en#A survey by the Sheet of São Paulo put the governor ahead.#Sheet of São Paulo",
            "de#en#A report in the South German Newspaper named three suppliers.#South German Newspaper",
            "ru#en#Deputies of the State Thought voted for the amendment.#State Thought",
            "uk#en#Shelling hit an industrial plant in Crooked Horn overnight.#Crooked Horn",
            // Only after a cue
            "es#en#The decree was first leaked to the newspaper The World last spring.#The World",
            "fr#en#According to the daily Liberation, the minister had been warned in March.#Liberation",
            "de#en#The weekly magazine The Mirror obtained the internal memo.#The Mirror",
            "ru#en#Two journalists told the newspaper News that the raid lasted hours.#News",
            "uk#en#Russian troops shelled the village of Happiness again on Friday.#Happiness",
            "pt#en#Leaders of the Enough party refused to back the budget.#Enough",
            // Wrong in any case
            "fr#en#Investigators from the brigade of research of Nantes took photographs.#brigade of research",
            // Other targets, and English names in any source
            "es#fr#Le dirigeant de Citoyens a quitté la politique en 2019.#Citoyens",
            "en#es#La compañía Ferrocarril de red cerró la estación durante dos días.#Ferrocarril de red",
            "ru#de#Er wurde zum Minister für Gesundheit und menschliche Dienste ernannt.#Gesundheit und menschliche Dienste",
            "it#fr#Le porte-parole de la Garde des Finances a confirmé la saisie.#Garde des Finances",
            "en#fr#Le maire a répondu aux questions du Journal de Wall Street mardi.#Journal de Wall Street",
            // Software products: the brand beside a translated noun, a capital, or a cue of installing
            "en#es#El repositorio publica cada versión con acciones GitHub y un script de prueba.#acciones GitHub",
            "en#fr#Le site de démonstration est hébergé sur Pages GitHub depuis mars.#Pages GitHub",
            "en#fr#Installez à partir de la source de l'application, puis ouvrez l'outil.#source de l'application",
            "en#de#Das Add-in lässt sich direkt aus der App-Quelle installieren.#App-Quelle",
            "en#de#Jeder Push startet die GitHub-Aktionen des Projekts.#GitHub-Aktionen",
    })
    void aLiteralRenderingTreatedAsANameIsReported(String source, String target, String text, String expected) {
        assertEquals(expected, flagged(source, target, text));
    }

    @ParameterizedTest(name = "{0}>{1}: {2}")
    @CsvSource(delimiter = '#', value = {
            // Ordinary words in lowercase
            "es#en#Citizens of the country took the dispute to the courts and the world watched.",
            "es#en#The generality of the rule surprised the courts in the country.",
            "ru#en#Paper sheets were saved and the news spread to the green valleys.",
            // A rendering that is also a title needs a cue
            "es#en#Delegates from around The World met in Lisbon on Monday.",
            "de#en#She read The Mirror on the train every morning.",
            "uk#en#Their Happiness, she wrote, was never the point.",
            // Part of a longer name
            "es#en#The World Bank lent the country two billion euros.",
            "es#en#Lawyers for Citizens United filed a brief in Washington.",
            "es#en#The case went to the Courts of Justice in Santiago.",
            "ru#en#Activists were detained on Red Square with posters.",
            "ru#en#The winners were announced in the Daily News on Monday.",
            // Standard forms are not listed
            "es#en#The Civil Guard and the Congress of Deputies met at the Moncloa Palace.",
            "it#en#Brothers of Italy and the Five Star Movement clashed over the budget.",
            "fr#en#National Rally and France Unbowed both voted against.",
            // The source decides
            "it#en#Sources in State Advocacy declined to comment on the appeal.",
            // Titles, streets, places and words that only look like renderings
            "en#fr#Sartre a fondé la revue Les Temps modernes en 1945.",
            "en#fr#Le quotidien note que la Rue du Mur est piétonne depuis mai.",
            "fr#en#According to forecasters, the South West will see heavy rain on Sunday.",
            "fr#en#According to historians, the Liberation brought a wave of reprisals.",
            "es#en#Manchester City, nicknamed the Citizens, won the league again.",
            "es#en#The judge said the Courts had been closed since March.",
            "en#es#Las empresas madereras talan el Amazonas sin control.",
            "en#fr#Le code source de l'application est publié sous licence MIT.",
            "en#es#Las acciones de GitHub subieron tras el anuncio de la compra.",
            "ru#en#Thousands of people marched through the city on May Day.",
            "fr#de#Die Stimme des Nordens war in der ganzen Stadt zu hören.",
            // A quoted word before a noun names that thing
            "uk#en#Bridges were mined under the \"Victory\" scheme, the prosecutors said.",
            "ru#en#The army's \u201cVictory\u201d operation began at dawn.",
    })
    void ordinaryWordsAndOtherNamesStayClean(String source, String target, String text) {
        assertEquals("", flagged(source, target, text));
    }
}
