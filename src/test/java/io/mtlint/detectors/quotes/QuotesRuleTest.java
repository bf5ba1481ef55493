package io.mtlint.detectors.quotes;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.model.TextEdit;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quotes rule on sentences written for this test: each finding sits on the mark to change. */
class QuotesRuleTest {
    /** "check@flagged text" for each finding of the rule, in a text of the given target language. */
    static String findings(String target, String text) {
        return Checkers.check(Checkers.get(target, "en".equals(target) ? "es" : "en", false), text, Format.TEXT)
                .findings().stream().filter(f -> RuleIds.selects(QuotesRule.ID, f.ruleId()))
                .map(f -> f.ruleId().substring(QuotesRule.ID.length() + 1) + "@" + text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    /** The text after the first fix of the rule's first finding. */
    static String fixed(String target, String text) {
        Finding f = Checkers.check(Checkers.get(target, "en".equals(target) ? "es" : "en", false), text, Format.TEXT)
                .findings().stream().filter(x -> RuleIds.selects(QuotesRule.ID, x.ruleId())).findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder(text);
        List<TextEdit> edits = f.fixes().get(0).edits().stream()
                .sorted((a, b) -> Integer.compare(b.start(), a.start())).toList();
        for (TextEdit e : edits) {
            sb.replace(e.start(), e.end(), e.replacement());
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|The mill owner called it “an honest mistake“, then left.|reversed@“|The mill owner called it “an honest mistake”, then left.",
            "en|The mill owner called it ”an honest mistake”, then left.|reversed@”|The mill owner called it “an honest mistake”, then left.",
            "en|The mill owner called it ”an honest mistake“, then left.|reversed@”|The mill owner called it “an honest mistake”, then left.",
            "en|The mill owner called it \"an honest mistake ”, then left.|mixed-pair@”|The mill owner called it \"an honest mistake\", then left.",
            "en|The mill owner called it “an honest mistake\", then left.|mixed-pair@\"|The mill owner called it “an honest mistake”, then left.",
            "es|El molinero lo llamó “un error honesto» y se fue.|mixed-pair@»|El molinero lo llamó “un error honesto” y se fue.",
            "de|Der Müller nannte es \"einen ehrlichen Fehler\" und ging.|english-marks@\"|Der Müller nannte es „einen ehrlichen Fehler“ und ging.",
            "de|Der Müller nannte es “einen ehrlichen Fehler” und ging.|english-marks@“|Der Müller nannte es „einen ehrlichen Fehler“ und ging.",
            "fr|Le meunier a parlé d'une \"erreur honnête\" avant de partir.|english-marks@\"|Le meunier a parlé d'une « erreur honnête » avant de partir.",
            "fr|La banque garde une note 'prudente' sur le titre.|english-marks@'|La banque garde une note « prudente » sur le titre.",
            "fr|Le meunier a parlé d'une “erreur honnête” avant de partir.|english-marks@“|Le meunier a parlé d'une « erreur honnête » avant de partir.",
            "en|The union wants “a fair deal for the harbour “. Talks resume on Monday.|reversed@“|The union wants “a fair deal for the harbour”. Talks resume on Monday.",
            "en|The miller said “the wheel turns again. “|reversed@“|The miller said “the wheel turns again.”",
            "en|The miller said “the wheel turns again. “\u00a0|reversed@“|The miller said “the wheel turns again.”\u00a0",
            "en|‘Never,’ she said, and he wants a mill in Romania ‘.|reversed@‘|‘Never,’ she said, and he wants a mill in Romania’.",
            "fr|“Le moulin restera fermé jusqu'en mai\u202f», a dit le meunier.|mixed-pair@“|« Le moulin restera fermé jusqu'en mai », a dit le meunier.",
    })
    void theMarkToChangeIsReportedAndFixed(String target, String text, String expected, String fixedText) {
        assertEquals(expected, findings(target, text));
        assertEquals(fixedText.replace("« ", "«\u202f").replace(" »", "\u202f»"), fixed(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|“The dam will hold,” the engineer said, “and the valley is safe.”",
            "en|She described the vote as \"a turning point\" for the region.",
            "en|“He called the levy \"unfair\" twice,” the baker said.",
            "es|El molinero habló de \"un error\" y de “otro fallo”, según dijo.",
            "de|Der Müller sprach von „einem Fehler“ und von »einem zweiten«.",
            "fr|Le meunier a parlé d'une « erreur » ; aujourd'hui l'enquête, qu'il juge « lente », avance.",
            "fr|Selon lui, « le moulin, dit “le vieux”, reste fermé ».",
    })
    void wellFormedQuotationsStayClean(String target, String text) {
        assertEquals("", findings(target, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le juge a ordonné « un report « pour raisons techniques » dès lundi ».|nested-same@«",
            "en|“The council said “no more delays” in March,” the clerk recalled.|nested-same@“",
            "fr|« Nous sommes prêts, a déclaré le maire.|unclosed@«",
            "de|Der Bürgermeister sagte, das sei erledigt.“|unopened@“",
            "es|«Estamos preparados,» dijo el alcalde.|comma-inside@,»",
            "en|The union wants “a fair deal “. Talks go on “, the clerk said, and pay talks” start soon.|reversed@“ unopened@“ unopened@”",
    })
    void otherProblemsAreFound(String target, String text, String expected) {
        assertEquals(expected, findings(target, text));
    }

    /** A quotation of three paragraphs, marked where it opens and where it closes, as much web text writes it. */
    @org.junit.jupiter.api.Test
    void aQuotationMarkedOnlyAtItsEndsRunsThroughParagraphs() {
        assertEquals("", findings("fr", "Le meunier raconte : « Le moulin a tourné jusqu’en 1950.\n\n"
                + "Puis la rivière a changé de lit.\n\nIl ne reste que la roue ».\n"));
    }

    /** A later closing mark that does not end its paragraph closes nothing opened in an earlier one. */
    @org.junit.jupiter.api.Test
    void aClosingMarkInsideALaterParagraphStaysUnopened() {
        assertEquals("unclosed@« unopened@»", findings("fr", "« Nous sommes prêts, a déclaré le maire.\n\n"
                + "Le port rouvre » demain, a-t-il ajouté.\n"));
    }
}
