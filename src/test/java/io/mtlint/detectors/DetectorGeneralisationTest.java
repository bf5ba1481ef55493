package io.mtlint.detectors;

import io.mtlint.model.RuleIds;
import io.mtlint.detectors.leftover.SourceLeftoverRule;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.detectors.numbers.NumberFormatRule;
import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.quotes.QuotesRule;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.detectors.spacing.SpacingRule;
import io.mtlint.detectors.titlecase.TitleCaseRule;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.mtlint.testing.Checkers.flagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The detectors on sentences, names and words that appear nowhere in their code, word lists or the corpus: they
 * must generalise from language data and structure, not recognise the fixture.
 */
class DetectorGeneralisationTest {
    @ParameterizedTest(name = "leftover: {0}")
    @CsvSource(delimiter = '|', value = {
            "The mayor praised the plan [de reciclaje urbano] on Monday.|[de reciclaje urbano]",
            "Nurses walked out (por falta de personal) at dawn.|(por falta de personal)",
            "The court fined the company [sanción ejemplar] last year.|[sanción ejemplar]",
            "The ministers agreed, no obstante, to delay the vote.|no obstante",
            "Critics said the reform was a mistake. El gobierno no escuchó a nadie.|El gobierno no escuchó a nadie",
            "The bakery on the corner cerró sus puertas after forty years.|cerró sus puertas",
            "Prices rose again; a pesar de todo, shoppers kept buying.|a pesar de todo",
    })
    void sourceLeftoversAreFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(SourceLeftoverRule.ID, text));
    }

    @ParameterizedTest(name = "no leftover: {0}")
    @CsvSource(delimiter = '|', value = {
            "The minister [of defence] signed the order.",
            "The report called it \"a shambles [sic]\" and moved on.",
            "Studies [2, 3] confirm the trend (see above).",
            "She ordered tapas and paella at the fiesta, then met the junta leaders.",
            "Pedro Almodóvar and Penélope Cruz visited Los Angeles and San Sebastián.",
            "The café in Plaza de la Villa sells churros to tourists.",
            "Read the interview on elpais.com or infobae.com before the debate.",
            "The group Vox and the party Sumar both lost seats to the PSOE.",
            "The guerrilla leader spoke about the mosquito nets and the patio.",
            "The rebels aren't giving up, and the talks weren’t held.",
            "The enclave is de jure part of the country but de facto independent, and vice versa.",
            "An a cappella choir sang; the pro forma loss was explained ex parte, per se.",
            "He has worked full time since the camera obscura exhibition closed.",
    })
    void legitimateTextStaysClean(String text) {
        assertEquals(List.of(), flagged(SourceLeftoverRule.ID, text));
    }

    @Test
    void hyphenatedTargetWordsAreNotLeftovers() {
        String text = "Elle a passé tout le week-end à réviser. « We cannot afford it », dit-il.";
        List<String> flagged = Checkers.check(Checkers.get("fr", "en", false), text, Format.TEXT).findings().stream()
                .filter(f -> RuleIds.selects(SourceLeftoverRule.ID, f.ruleId())).map(f -> text.substring(f.start(), f.end()))
                .toList();
        assertEquals(List.of("We cannot afford it"), flagged);
    }

    @ParameterizedTest(name = "casing: {0}")
    @CsvSource(delimiter = '|', value = {
            "Delegates flew to nairobi for the climate talks.|nairobi",
            "The treaty was signed in lisbon in december.|lisbon,december",
            "Farmers from brazil and peru joined the protest.|brazil,peru",
            "Relations between canada and the U.S. cooled on thursday.|canada,thursday",
            "He spoke fluent german and some japanese.|german,japanese",
            "Troops moved towards kherson and then odesa.|kherson,odesa",
    })
    void lowercaseNamesAreFound(String text, String expected) {
        assertEquals(List.of(expected.split(",")), flagged(ProperNounCaseRule.ID, text));
    }

    @Test
    void commonWordsThatAreAlsoNamesStayClean() {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "The bill may pass; she set the china on the table, ate turkey, picked a rose and a jack fell."));
    }

    @Test
    void contractionsExpressionsAndUnitsAreNotLowercaseNames() {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "It isn't over and it isn’t cheap, as Jones et al. found; the laser works at 532 nm and the field "
                        + "pumps 40 bpd. She has a certain je ne sais quoi."));
        assertEquals(List.of("buenos"), flagged(ProperNounCaseRule.ID, "They flew to buenos Aires."));
        assertEquals(List.of("kyiv"), flagged(ProperNounCaseRule.ID, "The lease runs 5 mo. In 2022 kyiv was hit."));
    }

    @Test
    void theDocumentsOwnCapitalisationTeachesNewNames() {
        String text = "The analyst Irakli Dvalishvili spoke first. Later, dvalishvili added a warning.";
        assertEquals(List.of("dvalishvili"), flagged(ProperNounCaseRule.ID, text));
    }

    /** Surnames the dictionaries do not know, or know only as words of the source language, after a given name. */
    @ParameterizedTest(name = "surname: {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "de | Economy Minister Karin reiche visited the plant. | reiche",
            "it | The striker Federico chiesa scored twice. | chiesa",
            "es | Coach Xabi alonso praised the defence. | alonso",
            "pt | The singer Marisa monte opened the festival. | monte",
            "fr | The novelist Amélie nothomb signed books in Lyon. | nothomb",
            "uk | The governor Serhiy fedorovych confirmed the strike. | fedorovych",
            "ru | The analyst Grigori melkonyan commented on the vote. | melkonyan",
    })
    void lowercaseSurnamesAfterGivenNamesAreFound(String source, String text, String expected) {
        List<io.mtlint.model.Finding> found = Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT)
                .findings().stream().filter(f -> RuleIds.selects(ProperNounCaseRule.ID, f.ruleId())
                        || RuleIds.selects(SourceLeftoverRule.ID, f.ruleId())).toList();
        assertEquals(List.of(ProperNounCaseRule.ID + ":" + expected),
                found.stream().map(f -> Checkers.family(f.ruleId()) + ":" + text.substring(f.start(), f.end())).toList());
    }

    /** A full name written all in lowercase: the given names are restored, and the surname after them is found too. */
    @ParameterizedTest(name = "lowercase full name: {1}")
    @CsvSource(delimiter = '|', value = {
            "es | The prosecutor said that maría josé segarra would appeal. | maría,josé,segarra",
            "it | The coach luciano spalletti named his squad. | luciano,spalletti",
            "pt | The minister fernando haddad presented the budget. | fernando,haddad",
            "fr | The candidate jean-luc mélenchon spoke in Marseille. | luc,mélenchon",
    })
    void surnamesAfterLowercaseGivenNamesAreFound(String source, String text, String expected) {
        List<String> found = Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings()
                .stream().filter(f -> RuleIds.selects(ProperNounCaseRule.ID, f.ruleId()))
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of(expected.split(",")), found);
    }

    /** Names no dictionary lists, in lowercase after the noun or acronym that introduces them. */
    @ParameterizedTest(name = "unlisted lowercase name: {1}")
    @CsvSource(delimiter = '|', value = {
            "uk | The spokesman of the OVA yurii malashko said the shelling went on. | yurii,malashko",
            "uk | According to the mayor ihor terekhov, power was restored by night. | ihor,terekhov",
            "it | The coach of the team, gennaro gattuso, resigned on Monday. | gennaro,gattuso",
            "ru | The governor vyacheslav gladkov reported two drones. | vyacheslav,gladkov",
            "uk | Power was cut, wrote terekhov. The mayor ihor terekhov asked for calm. | terekhov,ihor,terekhov",
            "it | The striker marco brambilla scored; brambilla had missed twice. | marco,brambilla,brambilla",
    })
    void unlistedNamesInLowercaseAreFound(String source, String text, String expected) {
        List<String> found = Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings()
                .stream().filter(f -> RuleIds.selects(ProperNounCaseRule.ID, f.ruleId()))
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of(expected.split(",")), found);
    }

    /** Unknown pairs with nothing introducing them, or runs of three and more, are phrases or typos, not names. */
    @ParameterizedTest(name = "unlisted pair clean: {0}")
    @ValueSource(strings = {
            "He ordered the nasi goreng with extra chilli.",
            "Their motto, ex nihilo nihil fit, was painted on the wall.",
            "The law of the land was quoted as pro bono publico in the ruling.",
            "She plays the oud and the kanun in a trio.",
            "The inscription nihilque remaneat populi stood on the gate.",
    })
    void unknownPairsWithoutAnIntroducingNounStayClean(String text) {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID, text));
    }

    /** "rui" is also Portuguese ("collapses"), but between "minister" and a surname it is a name, reported once. */
    @Test
    void aNameThatIsAlsoASourceWordIsReportedOnceAsAName() {
        String text = "According to the minister of the Civil House, rui costa, the works will start.";
        assertEquals(List.of(ProperNounCaseRule.ID + ":rui", ProperNounCaseRule.ID + ":costa"),
                Checkers.check(Checkers.get("en-US", "pt", false), text, Format.TEXT).findings().stream()
                        .map(f -> Checkers.family(f.ruleId()) + ":" + text.substring(f.start(), f.end())).toList());
    }

    @Test
    void aWordOfAPhraseNotTakenForANameStaysLowercaseElsewhere() {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "He ordered the nasi goreng with extra chilli. The goreng was cold, and nasi is rice."));
    }

    @Test
    void wordsAfterLowercaseGivenNamesThatTheTargetKnowsStayLowercase() {
        assertEquals(List.of("josé"), flagged(ProperNounCaseRule.ID, "Then josé waited outside the court."));
    }

    @Test
    void wordsAfterNamesThatAreNotSurnamesStayClean() {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "Chancellor Olaf spoke; the Tesla model sold; Plasmodium falciparum and Aedes albopictus spread; "
                        + "Maria said yes."));
        List<String> spanish = Checkers.check(Checkers.get("en-US", "es", false), "Pedro Sánchez dijo the plan works.",
                Format.TEXT).findings().stream().map(f -> Checkers.family(f.ruleId())).toList();
        assertEquals(List.of(SourceLeftoverRule.ID), spanish);
    }

    /** Names of several words in the names packs are matched whole and reported once, over the miscased words. */
    @Test
    void multiWordNamesAreFoundWhole() {
        assertEquals(List.of("chasiv yar", "younis"), flagged(ProperNounCaseRule.ID,
                "Shelling hit chasiv yar again; aid reached Khan younis by night."));
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "Shelling hit Chasiv Yar again, and Khan Younis lies south."));
    }

    /** A word only the document's own capitals call a name, and the source claims, is reported once, as a leftover. */
    @Test
    void aSourceWordCapitalisedOnlyInsideANameIsALeftoverNotALowercaseName() {
        String text = "The Vecinos-Unidos group met the mayor on Monday. Later the vecinos asked for more buses.";
        assertEquals(List.of(SourceLeftoverRule.ID + ":vecinos"),
                Checkers.check(Checkers.get("en-US", "es", false), text, Format.TEXT).findings().stream()
                        .filter(f -> f.ruleId().startsWith("mt."))
                        .map(f -> Checkers.family(f.ruleId()) + ":" + text.substring(f.start(), f.end())).toList());
    }

    /**
     * Weekdays and months are proper nouns to the taggers but not given names; two letters are too little to
     * call a word a lowercase name ("se", "de", left from the source).
     */
    @Test
    void calendarNamesAndTwoLetterWordsAreNotNames() {
        assertEquals(List.of(), flagged(ProperNounCaseRule.ID,
                "The river rose on Thursday navecer and in August visoko; se the water de stayed."));
    }

    @ParameterizedTest(name = "punctuation: {0}")
    @CsvSource(delimiter = '|', value = {
            "Exports fell by 12%. . Imports rose.|. .",
            "The ministers argued about tariffs ; then they left.|' ;'",
            "The police arrested two men. for drug trafficking on Sunday.|.",
            "Nobody answered,, so the door stayed shut.|,,",
            "The farmers blocked the road ,then the police came.|' ,'",
            "Rents went up (mainly in the centre, and nobody protested.|(",
    })
    void strayPunctuationIsFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(PunctuationRule.ID, text));
    }

    @Test
    void abbreviationsDecimalsAndEllipsesStayClean() {
        assertEquals(List.of(), flagged(PunctuationRule.ID,
                "Sales grew 2.75% in Q3, i.e. faster than in the U.K. and Japan, etc., and then... nothing. Visit bbc.co.uk at 9.15 a.m. today."));
        assertEquals(List.of(), flagged(PunctuationRule.ID,
                "Add salt, pepper, ... and stir. Why not ...? He paused . . . then wrote in C#, .NET and Go."));
        assertEquals(List.of(), flagged(PunctuationRule.ID,
                "Steps: a) read, 1) sign. A sad face :( and f(x; the quote was cut (see the... "));
        assertEquals(List.of(), flagged(SpacingRule.ID,
                "A \u201cwarm\u201d welcome; a \u201ckit\u201c with a switch; he said \u201c\u201d nothing."));
        assertEquals(List.of("\u201c a disgrace \u201d"), flagged(SpacingRule.ID,
                "She called it \u201c a disgrace \u201d on Monday."));
        assertEquals(List.of(), flagged(SentenceCaseRule.ID,
                "Sales grew 2.75% in Q3, i.e. faster than in the U.K. and Japan, etc. and then… nothing. Visit bbc.co.uk at 9.15 a.m. today."));
    }

    @ParameterizedTest(name = "sentence case: {0}")
    @CsvSource(delimiter = '|', value = {
            "The vote was postponed. several deputies had fallen ill.|several",
            "Is the dam safe? engineers are not sure.|engineers",
            "The budget passed. its critics promised a new fight.|its",
    })
    void lowercaseSentenceStartsAreFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(SentenceCaseRule.ID, text));
    }

    @ParameterizedTest(name = "paragraph case: {0}")
    @CsvSource(delimiter = '|', value = {
            "# Floods in the south\\n\\nthe river burst its banks on Sunday night.\\n|the",
            "The vote was held on Monday.\\n\\na majority of deputies backed the bill in the end.\\n|a",
            "She said it was over.\u201d\\n\\n> these colleagues of hers disagreed with her at once.\\n|these",
    })
    void paragraphsStartingInLowercaseAreFound(String markdown, String expected) {
        String text = markdown.replace("\\n", "\n");
        List<String> found = Checkers.check(Checkers.structural(), text, Format.MARKDOWN).findings().stream()
                .filter(f -> RuleIds.selects(SentenceCaseRule.ID, f.ruleId())).map(f -> text.substring(f.start(), f.end()))
                .toList();
        assertEquals(List.of(expected), found);
    }

    /** Lowercase starts that are right: list items, continuations of a colon, a comma or code, brands, fragments. */
    @ParameterizedTest(name = "paragraph case clean: {0}")
    @CsvSource(delimiter = '|', value = {
            "The options are:\\n\\nthe first is cheaper than the second one.\\n",
            "# Steps\\n\\n- the first step is to read the manual.\\n- the second is to sign it.\\n",
            "Run the command below.\\n\\n```\\nmake all\\n```\\n\\nwhere the first line builds the whole project.\\n",
            "# Phones\\n\\niPhone sales rose sharply in the last quarter.\\n",
            "He wrote that\\n\\nthe rest would follow in a later report.\\n",
            "# Notes\\n\\nsee above.\\n",
            "# Notes\\n\\nthe rest of the figures is in the appendix\\n",
            "# Notes\\n\\nthe rest of the figures is in the appendix...\\n",
    })
    void rightLowercaseParagraphStartsStayClean(String markdown) {
        String text = markdown.replace("\\n", "\n");
        assertEquals(List.of(), Checkers.check(Checkers.structural(), text, Format.MARKDOWN).findings().stream()
                .filter(f -> RuleIds.selects(SentenceCaseRule.ID, f.ruleId())).map(f -> text.substring(f.start(), f.end()))
                .toList());
    }

    @ParameterizedTest(name = "quotes: {0}")
    @CsvSource(delimiter = '|', value = {
            "The coach said: \u201cWe played badly and we know it.|\u201c",
            "Voters want \u00abreal change\u00bb in the capital.|\u00ab",
            "\u201cThe water is clean\u00bb, the engineer insisted.|\u00bb",
            "The mayor called it \u201cunacceptable\" and left.|\"",
            "Nobody expected it.\u201d The game ended in a draw.|\u201d",
            "\u201eWe leave nobody alone\u201c, the chancellor said.|\u201e",
    })
    void quoteProblemsAreFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(QuotesRule.ID, text));
    }

    /** A comma left inside the closing mark, English style, in targets that put it after the mark. */
    @ParameterizedTest(name = "comma in quotes: {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "es | \u00abNo hay margen,\u00bb advirti\u00f3 la ministra. | ',\u00bb'",
            "fr | \u00ab Nous ne c\u00e9derons pas,\u00bb a d\u00e9clar\u00e9 le maire. | ',\u00bb'",
            "de-DE | \u201eWir bleiben hier,\u201c sagte die B\u00fcrgermeisterin. | ',\u201c'",
            "it | \"Siamo pronti,\" ha detto il sindaco. | ',\"'",
    })
    void commasInsideClosingQuotesAreFoundOutsideEnglish(String target, String text, String expected) {
        assertEquals(List.of(expected), Checkers.check(Checkers.get(target, "en", false), text, Format.TEXT)
                .findings().stream().filter(f -> RuleIds.selects(QuotesRule.ID, f.ruleId()))
                .map(f -> text.substring(f.start(), f.end())).toList());
    }

    @Test
    void commasInsideQuotesStayCleanInEnglishAndAtTheEndOfAQuotedList() {
        assertEquals(List.of(), flagged(QuotesRule.ID, "\u201cWe are ready,\u201d the mayor said."));
        assertEquals(List.of(), Checkers.check(Checkers.get("es", "en", false),
                "\u00abNo hay margen\u00bb, advirti\u00f3. Dijo \u00aba, b,\u00bb 3 veces.", Format.TEXT)
                .findings().stream().filter(f -> RuleIds.selects(QuotesRule.ID, f.ruleId())).toList());
    }

    /** Headlines in English title case in targets that write headings in sentence case. */
    @ParameterizedTest(name = "title case: {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "es | # Los Agricultores Piden Más Ayudas Para La Sequía | Agricultores Piden M\u00e1s Ayudas Para La Sequ\u00eda",
            "fr | # Le Gouvernement Annonce Un Plan Pour Les Hôpitaux | Gouvernement Annonce Un Plan Pour Les H\u00f4pitaux",
            "it | # Il Comune Approva Il Piano Per La Raccolta Dei Rifiuti | Comune Approva Il Piano Per La Raccolta Dei Rifiuti",
            "pt-PT | # O Parlamento Aprova A Nova Lei Das Rendas | Parlamento Aprova A Nova Lei Das Rendas",
            "de-DE | # Regierung Kürzt Die Förderung Für Das Deutschlandticket | K\u00fcrzt Die F\u00f6rderung F\u00fcr Das",
    })
    void englishTitleCaseInOtherTargetsIsFound(String target, String text, String expected) {
        List<io.mtlint.model.Finding> found = Checkers.check(Checkers.get(target, "en", false), text + "\n", Format.MARKDOWN)
                .findings().stream().filter(f -> RuleIds.selects(TitleCaseRule.ID, f.ruleId())).toList();
        assertEquals(List.of(expected), found.stream().map(f -> (text + "\n").substring(f.start(), f.end())).toList());
    }

    @ParameterizedTest(name = "sentence-case heading: {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "es | # El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación abre una oficina en Lima",
            "es | # Consejo General del Poder Judicial",
            "es | # El Señor de los Anillos vuelve a los cines",
            "fr | # La Banque de France relève sa prévision de croissance",
            "pt-PT | # Hospital Nossa Senhora da Paz",
            "de-DE | # Die Europäische Zentralbank senkt den Leitzins",
            "en-US | # Farmers Ask for More Aid During the Drought",
    })
    void sentenceCaseHeadingsAndNamesStayClean(String target, String text) {
        assertEquals(List.of(), Checkers.check(Checkers.get(target, "en".equals(target.substring(0, 2)) ? "es" : "en", false),
                text + "\n", Format.MARKDOWN).findings().stream().filter(f -> RuleIds.selects(TitleCaseRule.ID, f.ruleId())).toList());
    }

    @Test
    void inchAndSecondSignsAreNotQuotationMarks() {
        assertEquals(List.of(), flagged(QuotesRule.ID,
                "The 55\" model sells for less; the wreck lies at 41°43'32\"N, and the seats have a 31\" pitch."));
        assertEquals(List.of("\""), flagged(QuotesRule.ID, "The 55\" model is \"cheap and fast."));
    }

    @ParameterizedTest(name = "number format: {0}")
    @CsvSource(delimiter = '|', value = {
            "The company hired 2.400 engineers last year.|2.400",
            "Unemployment stands at 11,3% in the south.|11,3%",
            "Turnout reached 71 % in the capital.|' %'",
            "The port handled 3.200.000 containers.|3.200.000",
            "The treaty was signed on 1.3.1999 in Moscow.|1.3.1999",
            "Elections are set for 28.09.2025.|28.09.2025",
    })
    void sourceNumberFormatsAreFound(String text, String expected) {
        assertEquals(List.of(expected), flagged(NumberFormatRule.ID, text));
    }

    @Test
    void englishNumbersStayClean() {
        assertEquals(List.of(), flagged(NumberFormatRule.ID,
                "In 2019 the 2.5 GHz chip ran version 10.4.2 at 172.16.0.1; the team won 2-1 and 3.141 was rounded, with 4,500 fans and 1.25 million viewers."));
        assertEquals(List.of(), flagged(NumberFormatRule.ID,
                "Build v12.07.2024 shipped; 32.13.2024 is no date, nor 12.07.2024.1 or 1.2.345; on 12/07/2024 it rained."));
    }
}
