package io.mtlint.lang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {
    @Test
    void everyShippedDescriptorLoadsAndNamesItsOwnCode() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/io/mtlint/lang/languages"))) {
            files = list.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
        assertEquals(files, Languages.SHIPPED, "Languages.SHIPPED lists the descriptor files");
        Languages.all().forEach(d -> assertTrue(Languages.SHIPPED.contains(d.code()), d.code()));
    }

    @Test
    void descriptorsCarryTheFactsDetectorsRead() {
        LanguageDescriptor fr = Languages.of("fr-CA");
        assertEquals('«', fr.quoteMarks().open());
        assertTrue(fr.typography().spaceBeforeHighPunctuation());
        assertEquals(',', fr.numbers().decimal());
        assertTrue(fr.numbers().groupsWith(' '));
        assertTrue(Languages.of("en").typography().titleCaseHeadings());
        assertTrue(Languages.of("en").isProperNounTag("NNPS"));
        assertFalse(Languages.of("en").isProperNounTag("NN"));
        assertTrue(Languages.of("de").isNounTag("SUB:NOM:SIN:FEM"));
        assertEquals("en-US", Languages.of("en").languageToolVariant());
        assertEquals(Character.UnicodeScript.HAN, Languages.of("zh").script());
        assertEquals(List.of("es", "fr", "de", "pt", "it", "ca", "ru", "uk", "en"),
                Languages.detectableSources().stream().map(LanguageDescriptor::code).toList());
    }

    @Test
    void aLanguageWithoutDescriptorGetsNeutralDefaults() {
        LanguageDescriptor sw = Languages.of("sw");
        assertEquals("Swahili", sw.name());
        assertNull(sw.numbers());
        assertTrue(sw.isNominalTag("anything"), "without tags every reading may be a name");
        assertFalse(sw.detectableAsSource());
    }

    @Test
    void aPairKeepsItsSourceModeApart() {
        assertEquals("es\u2192en-US", LanguagePair.of("en-US", "es").toString());
        LanguagePair auto = LanguagePair.of("en-US", "auto");
        assertTrue(auto.detectsSource());
        assertNull(auto.source());
        assertEquals("auto", auto.sourceSpec());
        assertEquals("none", LanguagePair.of("de", "NONE").sourceSpec());
        assertEquals("fr", LanguagePair.of("en", null).withSource("fr").sourceBase());
        assertEquals("de", auto.withTarget("de").targetBase());
    }
}
