package io.mtlint.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Codes with a region, and the conventions each region's descriptor gives the detectors. */
class RegionalLanguagesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "es_mx, es-MX", "ES-mx, es-MX", "es-419, es-419", "' pt_BR ', pt-BR", "ca-es-valencia, ca-ES-valencia",
            "de, de", "EN, en", "auto, auto", "none, none", "es-MX-, es-MX-",
    })
    void codesHaveOneSpelling(String written, String normal) {
        assertEquals(normal, LanguageCodes.normalise(written));
    }

    @Test
    void regionsAreIsoLettersOrUnAreaDigits() {
        assertEquals("MX", LanguageCodes.region("es_mx"));
        assertEquals("419", LanguageCodes.region("es-419"));
        assertEquals("ES", LanguageCodes.region("ca-ES-valencia"));
        assertNull(LanguageCodes.region("es"));
        assertNull(LanguageCodes.region("es-XX"), "no country has the code XX");
        assertNull(LanguageCodes.region("es-999"), "no area has the number 999");
        assertNull(LanguageCodes.region(null));
    }

    @Test
    void aPairSpellsItsCodesOneWay() {
        LanguagePair pair = LanguagePair.of("es_mx", "EN_gb");
        assertEquals("es-MX", pair.target());
        assertEquals("en-GB", pair.source());
        assertEquals("es", pair.targetBase());
        assertEquals("es-419", LanguagePair.of("en", "es").withTarget(" ES-419 ").target());
    }

    @Test
    void mexicoAndLatinAmericaWriteADecimalPointAndCurlyQuotes() {
        for (String code : List.of("es-MX", "es_mx", "es-419", "es-US", "es-PE", "es-DO")) {
            LanguageDescriptor d = Languages.of(code);
            assertEquals('.', d.numbers().decimal(), code);
            assertEquals(List.of(','), d.numbers().grouping(), code);
            assertTrue(d.numbers().signBeforeAmount(), code + ": $500");
            assertEquals('\u201c', d.quoteMarks().open(), code);
            assertEquals("es", d.code(), code);
        }
        assertEquals("Spanish (Mexico)", Languages.of("es-MX").name());
        assertEquals("Spanish (Latin America)", Languages.of("es-419").name());
        // What the region does not change stays the language's.
        assertEquals(Languages.of("es").numbers().calquedMagnitudes(), Languages.of("es-MX").numbers().calquedMagnitudes());
        assertEquals(Languages.of("es").tags(), Languages.of("es-MX").tags());
    }

    @Test
    void theSouthernConeKeepsTheDecimalCommaButPutsThePesoSignFirst() {
        LanguageDescriptor ar = Languages.of("es-AR");
        assertEquals(',', ar.numbers().decimal());
        assertEquals(List.of('.'), ar.numbers().grouping());
        assertEquals("before-spaced", ar.numbers().currencySign());
        assertEquals('\u201c', ar.quoteMarks().open());
        assertEquals(',', Languages.of("es-CL").numbers().decimal());
        assertEquals("after", Languages.of("es").numbers().currencySign());
    }

    @Test
    void spainAndUnknownRegionsAreTheLanguageItself() {
        LanguageDescriptor es = Languages.of("es");
        assertSame(es, Languages.of("es-ES"));
        assertSame(es, Languages.of("es-XX"));
        assertSame(es, Languages.of("es_xx"));
        assertEquals('\u00ab', es.quoteMarks().open());
        assertSame(Languages.of("en"), Languages.of("en-US"));
        assertSame(Languages.of("de"), Languages.of("de-DE"));
    }

    @Test
    void swissGermanQuotesWithOutwardGuillemetsAndGroupsWithAnApostrophe() {
        LanguageDescriptor ch = Languages.of("de-CH");
        assertEquals(',', ch.numbers().decimal(), "running text writes 2,5 Prozent");
        assertTrue(ch.numbers().groupsWith('\u2019'));
        assertTrue(ch.numbers().groupsWith('\''));
        assertEquals('\u00ab', ch.quoteMarks().open());
        assertEquals('\u00bb', ch.quoteMarks().close());
        assertTrue(ch.numbers().ordinalDot(), "the language's own facts stay");
        assertEquals(ch.numbers(), Languages.of("de-LI").numbers());
        assertTrue(Languages.of("it-CH").numbers().groupsWith('\''));
        assertEquals(',', Languages.of("it-CH").numbers().decimal());
        assertEquals('\u201e', Languages.of("de").quoteMarks().open());
    }

    @Test
    void austriaAcceptsCldrsSpaceBesideGermanysDot() {
        LanguageDescriptor at = Languages.of("de-AT");
        assertEquals('.', at.numbers().preferredGrouping());
        assertTrue(at.numbers().groupsWith(' '));
        assertEquals('\u201e', at.quoteMarks().open());
        assertNotSame(Languages.of("de"), at);
    }

    @Test
    void englishAndPortugueseRegions() {
        assertEquals('.', Languages.of("en-ZA").numbers().decimal(), "the press writes R2.5 billion");
        assertSame(Languages.of("en"), Languages.of("en-IN"), "only LanguageTool's variant differs");
        assertEquals("after", Languages.of("pt-PT").numbers().currencySign(), "25 €");
        assertEquals("before-spaced", Languages.of("pt-BR").numbers().currencySign(), "R$ 25");
        assertEquals('\u201c', Languages.of("pt-BR").quoteMarks().open());
        assertEquals('\u00ab', Languages.of("pt-PT").quoteMarks().open());
        assertEquals('\u00ab', Languages.of("fr-CA").quoteMarks().open());
        assertTrue(Languages.of("fr-CH").numbers().groupsWith('\''));
    }

    @Test
    void everyRegionEntryNamesRealRegions() {
        Languages.all().forEach(d -> d.regions().forEach(r -> r.codes().forEach(code -> assertEquals(code,
                LanguageCodes.region(d.code() + "-" + code), d.code() + " lists " + code))));
    }
}
