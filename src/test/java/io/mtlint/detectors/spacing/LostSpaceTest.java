package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Words glued by a lost space and spaces beside hyphens, on sentences written for this test. */
class LostSpaceTest {
    static String findings(String target, String text) {
        return findings(target, text, Format.TEXT);
    }

    static String findings(String target, String text, Format format) {
        return Checkers.check(Checkers.get(target, "en".equals(target) ? "es" : "en", false), text, format)
                .findings().stream().filter(f -> RuleIds.selects(SpacingRule.ID, f.ruleId()))
                .map(f -> f.ruleId().substring(SpacingRule.ID.length() + 1) + "@" + text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Talks  resume in Kyiv|'double-space@  '",
            "de|Schließe das Kabel am Ploxi!Dock an. Das Ploxi!Dock lädt danach von selbst.|''",
            "de|Schließe das Kabel am Dock an.Das Dock lädt danach von selbst.|missing-after-stop@.",
            "en|The governor visited the hospitalwhere the fire started.|glued-words@hospitalwhere",
            "en|Farmers blocked the motorwayafter the vote on subsidies.|glued-words@motorwayafter",
            "en|The flood reached the bridgeThe water kept rising all night.|glued-words@bridgeThe",
            "en|According to NASAthe launch was delayed again.|glued-words@NASAthe",
            "en|The statement by Merkelwhich was read aloud surprised many.|glued-words@Merkelwhich",
            "de|Der Besuch von Macronund seiner Frau endete früh.|glued-words@Macronund",
            "de|Der Bürgermeister MerkelNachdem die Sitzung endete, ging er.|glued-words@MerkelNachdem",
            "es|El alcalde habló del puertoque cerró en marzo.|glued-words@puertoque",
            "en|Reporters asked theminister about the strike.|glued-words@theminister",
            "es|El alcalde anunció lasmedidas para el puerto.|glued-words@lasmedidas",
            "en|The ferry from Dover reached the port ofCalais at dawn.|glued-words@ofCalais",
            "es|El gobernador deTexas visitó el puerto.|glued-words@deTexas",
            "en|The visit of Obradorpresident of Mexico to the port ended early.|glued-words@Obradorpresident",
            "en|It was a three -week strike in the docks.|around-hyphen@three -week",
            "en|A world -class port and an up -to -date plan.|around-hyphen@world -class around-hyphen@up -to -date",
            "de|Der Hafen -Betreiber plant einen Cloud -Dienst.|around-hyphen@Hafen -Betreiber around-hyphen@Cloud -Dienst",
            "de|Die COVID-19- Pandemie traf den Hafen.|around-hyphen@COVID-19- Pandemie",
            "en|The anti -SPAM filter runs every night.|around-hyphen@anti -SPAM",
            "en|Read the quarterly report- Summary before the meeting.|around-hyphen@report- Summary",
            "de|Der neue Cloud- Dienst startet im Mai.|around-hyphen@Cloud- Dienst",
            "fr|Le port ferme à midi.Les navires attendent au large.|missing-after-stop@.",
            "de|Die Fähre kam spät an.Danach schloss der Hafen.|missing-after-stop@.",
            "es|El municipio ( IT ) limita con Forenza y ( al norte) con Potenza.|'after-opening@( IT ) after-opening@( '",
            "es|La huelga ( la tercera desde que el nuevo gobierno llegó al poder ) sigue.|'after-opening@(  before-closing@ )'",
            "fr|La paroisse compte dix villages [ 1 ] et une église ( XVe siècle ).|after-opening@( XVe siècle )",
            "fr|La plate - forme ouvre lundi, dit-il - enfin.|around-hyphen@plate - forme",
            "en|The cease – fire held, and the talks - long delayed - resumed.|around-hyphen@cease – fire",
            "en|The cease – fire held through the night.|around-hyphen@cease – fire",
            "de|Die Preise steigen - und die Löhne sinken.|''",
            "en|They will pay the loans,“naturally with help”, he said.|missing-after-comma@,",
    })
    void lostAndStraySpacesAreFound(String target, String text, String expected) {
        assertEquals(expected, findings(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Watch it on YouTube or iPlayer, share #FloodWatch, mail press@harbour.org and see eBay and LinkedIn.",
            "en|The colour of the harbour was grey; the theatre and the centre reopened.",
            "en|Armand and Fernand met Kirkland officials in Queensland and Auckland.",
            "en|The code calls forEach and toString on each item, like JavaScript and PowerPoint do.",
            "en|Apps such as myHeritage and forMe, and the pitcher deGrom.",
            "en|Import the module with forRoot in the app and call forEach on the list.",
            "en|Pre- and post-war prices fell 5 - 7 % - a record; temperatures of -12 degrees; run it with -v.",
            "de|Die Kinder- und Jugendhilfe, Ein- und Ausgänge, Text- bzw. Bildrechte und der Hafenbetreiber.",
            "de|Die Regierungsbildungsverhandlungen und der Kartoffelsuppenwettbewerb dauerten an.",
            "es|Quiere decirles la verdad y mostrárselo a todos; por eso llamó al Ayuntamiento.",
            "en|Derby ( / ˈdɑːrbi / ( listen ) ) is a city.",
            "en|The report -published on Monday- found 1,200 cases.",
            "es|El informe -publicado el lunes- halló 1.200 casos y sobreendeudamiento.",
            // An English compound name in Spanish text: two English words, not a name glued to a Spanish one.
            "es|Gestoras como Blackrock y Vanguard compraron deuda pública en enero.",
            "en|Passengers  2019/20  4.2 million",
            "en|Build it with -DEBUG on, then set -LOG to two; first- and second-year pupils came.",
            "de|Vor- und Nachteile, Ein- oder Ausgang, Hafen- bzw. Bahnbetreiber.",
            "de|hehehe, da muss wohl noch mehr Kuchen her. Hahaha!",
            // Namespaces and packages written in prose.
            "fr|La bibliothèque Contoso.Billing.Core gère les factures du module.",
            "de|Installieren Sie das Paket Northwind.Storage.Blobs über NuGet.",
            "es|El espacio de nombres Fabrikam.Reports.Pdf exporta cada informe.",
    })
    void correctTextStaysClean(String target, String text) {
        assertEquals("", findings(target, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Run `npm install -save` and `git commit -amend`, then `theminister` and `Kyivand`.",
            "Set `fooBarwhich` as [the docs](https://example.org/theminister -Kyivand) say, or <b title='a -week'>it</b>.",
            "```\\ncouncilwhich and three -week and COVID-19- Pandemie\\n```",
    })
    void codeAndMarkupStayClean(String text) {
        assertEquals("", findings("en", text.replace("\\n", "\n"), Format.MARKDOWN));
    }

    @org.junit.jupiter.api.Test
    void spacesEitherSideOfHiddenMarkupAreNotADoubledSpace() {
        assertEquals("", findings("de", "Siehe [die Anleitung](https://example.org/a) <span class=\"x\"><Badge "
                + "text=\"Neu\" /></span> - eine kurze Einführung.\n", Format.MARKDOWN));
        assertEquals("double-space@  ", findings("de", "Siehe die Anleitung  für eine kurze Einführung.\n",
                Format.MARKDOWN));
    }
}
