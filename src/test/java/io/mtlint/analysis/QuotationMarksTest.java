package io.mtlint.analysis;

import io.mtlint.analysis.QuotationMarks.Mark;
import io.mtlint.analysis.QuotationMarks.Problem;
import io.mtlint.lang.QuoteStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairing of double quotation marks on sentences written for this test. */
class QuotationMarksTest {
    /** The problems of a text's marks as "offset:problem", NONE left out. */
    private static String problems(String language, String text, String next) {
        QuotationMarks q = QuotationMarks.find(text, QuoteStyle.forLanguage(language), next);
        return q.marks().stream().filter(m -> m.problem() != Problem.NONE)
                .map(m -> text.charAt(m.at()) + "@" + m.at() + ":" + m.problem()).collect(Collectors.joining(" "));
    }

    private static String roles(String language, String text) {
        QuotationMarks q = QuotationMarks.find(text, QuoteStyle.forLanguage(language), "");
        return q.marks().stream().map(m -> m.opens() ? "O" : "C").collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|“The tide is turning,” the harbour master said.|",
            "en|He called the plan \"a gamble\" and then \"a mistake\".|",
            "en|“She wrote ”, ”Nothing is decided.”|”@14:WRONG_OPENING",
            "en|“The ferry is late“, the captain admitted.|“@18:WRONG_CLOSING",
            "en|Officials spoke of ”rapid progress” on the bridge.|”@19:WRONG_OPENING",
            "en|Officials spoke of ”rapid progress“ on the bridge.|”@19:REVERSED",
            "en|The poster read “Vote early\" in red letters.|\"@27:WRONG_CLOSING",
            "en|The poster read \"Vote early ” in red letters.|”@28:WRONG_CLOSING",
            "en|Voters called it «a farce» at the booth.|«@17:FOREIGN_PAIR",
            "en|“The river rose overnight, said the farmer.|“@0:UNCLOSED",
            "en|The fishermen returned” before noon.|”@22:UNOPENED",
            "fr|Il a parlé d'un « délai « pour la défense » accordé hier ».|«@24:NESTED_SAME",
            "fr|Le maire a dit \"non\" aux promoteurs.|\"@15:ENGLISH_PAIR",
            "fr|Elle a parlé d’un « délai raisonnable « , a précisé le juge.|«@38:WRONG_CLOSING",
            "fr|Il a décrit un » verrou très lourd « .|»@15:REVERSED",
            "fr|Le point-virgule « ; » est rare, et la virgule « , » aussi.|",
            "de|Der Bürgermeister sprach von \"Fortschritt\" im Hafen.|\"@29:ENGLISH_PAIR",
            "de|Der Bürgermeister sprach von “Fortschritt” im Hafen.|“@29:ENGLISH_PAIR",
            "de|Der Bürgermeister sprach von „Fortschritt“ und »Wandel« im Hafen.|",
            "es|El alcalde habló de “progreso» en el puerto.|»@29:WRONG_CLOSING",
            "es|El alcalde habló de \"progreso\" y de «cambio».|",
    })
    void marksArePairedAndJudged(String language, String text, String expected) {
        assertEquals(expected == null ? "" : expected, problems(language, text, ""));
    }

    @Test
    void straightMarksAlternateWhateverTheSpacesAround() {
        assertEquals("OCOC", roles("en", "\" Build the dam\", said the engineer, \"before the rains \"."));
        assertEquals("OC", roles("en", "The village of Lanza\"stands firm\" today."));
        assertTrue(QuotationMarks.find("a \"b\" c \"d", QuoteStyle.forLanguage("en"), "").marks().size() == 3);
        assertTrue(!QuotationMarks.find("a \"b\" c \"d", QuoteStyle.forLanguage("en"), "").straightMarksPaired());
    }

    @Test
    void aLostStraightMarkIsBlamedWhereItIsLostNotOnTheParagraphsLastMark() {
        // The opening mark of the first quotation is missing: its closing mark is the stray one, and the
        // quotations after it still pair.
        String lostOpening = "The pier will close for repairs,\" the warden said. Visitors called it \"a shame\" and"
                + " \"overdue.\"";
        assertEquals("\"@32:UNOPENED", problems("en", lostOpening, ""));
        assertEquals("COCOC", roles("en", lostOpening));
        // The closing mark is missing: the quotation that opens next does not close the first one.
        String lostClosing = "The warden spoke of \"a long winter. Then he read \"the notice\" aloud.";
        assertEquals("\"@20:UNCLOSED", problems("en", lostClosing, ""));
        // A closing mark whose space moved after it still closes the quotation.
        assertEquals("OC", roles("en", "\"We keep the lamps lit at night, \"said the keeper."));
        assertEquals("", problems("en", "\"We keep the lamps lit at night, \"said the keeper.", ""));
    }

    @Test
    void aMarkAfterAFigureIsAMeasureUnlessAQuotationIsOpen() {
        assertEquals(List.of(), QuotationMarks.find("The 65\" screen costs more.", QuoteStyle.forLanguage("en"), "").marks());
        assertEquals("OC", roles("en", "He said \"the price was 5\" and left."));
    }

    @Test
    void aQuotationMayRunOnIntoTheNextParagraphOrBeCutOffWithTheText() {
        String text = "“The water came at night. We left everything behind.";
        assertEquals("", problems("en", text, "“By morning the road was gone,” she said."));
        assertEquals("“@0:UNCLOSED", problems("en", text, "The water receded in May."));
        assertEquals("", problems("en", "“The water came at night and we", null));
    }

    @Test
    void repeatedOpeningMarksAreOneUnclosedQuotation() {
        String text = "“We stayed. “We had no choice. “Nobody came,” he said.";
        QuotationMarks q = QuotationMarks.find(text, QuoteStyle.forLanguage("en"), "");
        Mark first = q.marks().get(0);
        assertEquals(Problem.UNCLOSED, first.problem());
        assertEquals(2, first.unclosed());
        assertEquals(1, q.marks().stream().filter(m -> m.problem() != Problem.NONE).count());
    }

    @Test
    void aStraightPairInsideACurlyQuotationIsNested() {
        assertEquals("", problems("en", "“He called it \"nonsense\" twice,” she said.", ""));
    }

    @Test
    void anAttributeValueWrittenInProseIsCodeNotAQuotation() {
        assertEquals("", problems("fr", "Ajoutez role=\"banner\" à l'en-tête et aria-label=\"Menu principal\" au menu.", ""));
        String text = "Mettez lang=\"fr\" puis écrivez \"bonjour\" dans le titre.";
        assertEquals("\"@" + text.indexOf("\"bonjour") + ":ENGLISH_PAIR", problems("fr", text, ""));
    }
}
