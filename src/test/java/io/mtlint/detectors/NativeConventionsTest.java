package io.mtlint.detectors;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Conventions of native and professionally translated news that the structural rules must leave alone (ordinals
 * with a stop, agency signatures, asides in parentheses, hyphenated names, state abbreviations, glossed foreign
 * words, title-case titles), and the artefacts next to them that they must still find. The sentences were written
 * for this test.
 */
class NativeConventionsTest {
    private static final java.util.Set<String> MT_CATEGORIES = java.util.Set.of("source-leftover", "proper-noun-case",
            "punctuation", "spacing", "quotes", "typography", "sentence-case", "calque", "number-format");

    /** The MT-category findings as {@code family@text}, in order. */
    private static String findings(String target, String source, String text) {
        return Checkers.check(Checkers.get(target, source, false), text, Format.TEXT).findings().stream()
                .filter(f -> MT_CATEGORIES.contains(f.category().id()))
                .map(f -> Checkers.family(f.ruleId()) + "@" + text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // German writes ordinals with a stop: no sentence ends there.
            "de|fr|Die Messe läuft vom 4. bis 9. Mai, am 6. und 7. Mai bleibt sie bis Mitternacht geöffnet.",
            "de|fr|Der Verein feierte sein 125. und zugleich letztes Jubiläum im alten Stadion.",
            // An agency's signature after the last sentence, in its own lowercase.
            "de|fr|Die Fähre nach Borkum fährt ab Montag wieder nach dem Sommerfahrplan. dpa",
            "fr|de|Le bac entre les deux rives reprendra son service lundi matin. dpa",
            "en|es|The ferry to the island resumes its summer timetable on Monday. afp",
            // An aside in parentheses after a sentence: a picture credit.
            "en|es|The lighthouse was repainted in March. (photo courtesy of the harbour trust)",
            "es|en|El faro se pintó de nuevo en marzo. (foto cortesía del puerto)",
            // Lowercase parts of hyphenated words that are right as they stand.
            "en|es|Moon Jae-in waved to the crowd from an open double-decker in Seoul.",
            "de|fr|Die rheinland-pfälzische Ministerin besuchte den Hafen am Dienstag.",
            // A state's abbreviation before a comma.
            "en|es|Dockers in Mobile, Ala., and in Tacoma, Wash., stopped work on Friday.",
            // Spanish plural abbreviations, doubled initials with a space between their parts.
            "es|en|La embajada de EE. UU. en Lima y las FF. AA. del país firmaron un acuerdo.",
            "es|en|El departamento de RR. HH. de la empresa abrió un proceso de selección.",
            // A foreign word glossed in parentheses, and used again later.
            "es|en|Cada domingo los vecinos organizan un potluck (comida compartida) en la plaza. El potluck reúne a cien personas.",
            // A name after a preposition, and a place whose last part reads as a preposition.
            "es|en|Fui a la casa de Al cuando anocheció y no había nadie.",
            "de|fr|Die Richterin wohnt seit Jahren in Bad Kreuznach und arbeitet in Mainz.",
    })
    void nativeConventionsStayClean(String target, String source, String text) {
        assertEquals("", findings(target, source, text));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // A number ends the sentence when an article or pronoun follows, even where ordinals take a stop.
            "de|fr|Der Hafen hat 12 Kräne. die Stadt will bald noch mehr davon kaufen.|mt.sentence-case@die",
            "en|es|The ferry resumed its timetable on Monday. the harbour reopened too.|mt.sentence-case@the",
            "en|es|Talks at the un resumed on Monday in Geneva.|mt.proper-noun-case@un",
            "en|es|The vote in the council was delayed., and nobody explained why.|mt.punctuation@.,",
    })
    void artefactsBesideThemAreStillFound(String target, String source, String text, String expected) {
        assertEquals(expected, findings(target, source, text));
    }
}
