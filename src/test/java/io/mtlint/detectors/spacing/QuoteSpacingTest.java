package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spaces around paired quotation marks, on sentences written for this test. */
class QuoteSpacingTest {
    static String findings(String target, String text) {
        return Checkers.check(Checkers.get(target, "en".equals(target) ? "es" : "en", false), text, Format.TEXT)
                .findings().stream().filter(f -> RuleIds.selects(SpacingRule.ID, f.ruleId()))
                .map(f -> f.ruleId().substring(SpacingRule.ID.length() + 1) + "@" + text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|“The harvest is lost, ”the farmer said.|moved-around-quote@ ”",
            "en|\"The harvest is lost, \"the farmer said.|moved-around-quote@ \"",
            "en|\" Save the harvest before the storm\", the farmer said.|'inside-quotes@\" '",
            "en|The farmer said: \"Save the harvest before the storm \".|inside-quotes@ \"",
            "en|The farmer called it a \" total loss \" on Friday.|inside-quotes@\" total loss \"",
            "en|The cooperative\"fully backs\" the farmers.|missing-at-quote@\"",
            "en|The cooperative “fully backs”the farmers.|missing-at-quote@”",
            "es|La cooperativa de Lérida\"apoya\" a los agricultores.|missing-at-quote@\"",
            "de|Die Genossenschaft nennt es „ einen Verlust “ im Herbst.|inside-quotes@„ einen Verlust “",
            "en|– We are pleased with the harvest, ” says the farmer.|inside-quotes@ ”",
    })
    void misplacedSpacesAroundQuotesAreFound(String target, String text, String expected) {
        assertEquals(expected, findings(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|“The harvest is lost,” the farmer said. \"We start again,\" he added.",
            "en|The “Kurier”-Verlag and the paper’s “fully” supported plan; the “co-op”s members agreed.",
            "en|The farmer said \"the 5\" and the 40\" screen was sold.",
            "en|Talks on the \"corn \" levy and \"a hard winter\" and \"no relief\" and \"more",
            "en|Prices fell this year,\" he said, \"hope is all we have.",
            "en|It was called \"a crisis \"Many farmers left the valley.",
            "en|The harvest is lost. ” The farmer left the valley.",
            "en|We have to go to the, umm bye, ”Alice said.",
            "en|The minister said, ” we will not give up.",
            "de|Die „Bild“-Zeitung berichtete, der Bauer habe „genug“.",
            "fr|Le fermier parle d'une « perte totale » et d'un « hiver dur ».",
            "es|El agricultor habló de « pérdida total » en otoño.",
    })
    void correctSpacingStaysClean(String target, String text) {
        assertEquals("", findings(target, text));
    }
}
