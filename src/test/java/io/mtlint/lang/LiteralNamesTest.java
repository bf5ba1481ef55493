package io.mtlint.lang;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped lists of names machine translation renders word for word, and the cues that read them. */
class LiteralNamesTest {
    private static final List<String> SOURCES = List.of("es", "fr", "it", "pt", "de", "ru", "uk", "en");
    /** Sources with a few names only: the parties and papers foreign news names most. */
    private static final List<String> ALL_SOURCES = List.of("es", "fr", "it", "pt", "de", "ru", "uk", "en", "fi", "pl", "ko");

    @Test
    void everySupportedSourceShipsDozensOfNames() {
        for (String source : SOURCES) {
            LiteralNames names = Languages.literalNames(source);
            assertEquals(source, names.source(), source);
            assertTrue(names.names().size() >= 20, source + " has " + names.names().size() + " names");
        }
        assertTrue(Languages.literalNames("ja").names().isEmpty());
    }

    @Test
    void flagsNameOnlyRenderingsOfTheirOwnName() {
        for (String source : ALL_SOURCES) {
            for (LiteralNames.Name n : Languages.literalNames(source).names()) {
                Set<String> all = new HashSet<>();
                n.literal().values().forEach(all::addAll);
                assertFalse(all.isEmpty(), n.name());
                assertTrue(all.containsAll(n.needsCue()), "needs-cue of " + n.name() + " lists a rendering it lacks");
                assertTrue(all.containsAll(n.anyCase()), "any-case of " + n.name() + " lists a rendering it lacks");
                n.literal().forEach((target, renderings) -> renderings.forEach(r -> assertFalse(
                        r.equalsIgnoreCase(n.correctIn(target)), n.name() + ": " + r + " is the correct form")));
            }
        }
    }

    @Test
    void everyTargetOfARenderingHasCuesForEveryKind() {
        Set<String> targets = new HashSet<>();
        ALL_SOURCES.forEach(s -> Languages.literalNames(s).names().forEach(n -> targets.addAll(n.literal().keySet())));
        assertEquals(Set.of("en", "es", "fr", "de"), targets);
        for (String target : targets) {
            NameCues cues = Languages.nameCues(target);
            for (String kind : LiteralNames.KINDS) {
                assertFalse(cues.of(kind).before().isEmpty(), target + " " + kind);
                assertFalse(cues.of(kind).after().isEmpty(), target + " " + kind);
            }
        }
    }

    @Test
    void standardEnglishNamesAreNoLiteralRenderings() {
        Set<String> standard = Set.of("brothers of italy", "five star movement", "national rally", "civil guard",
                "congress of deputies", "the moncloa palace", "moncloa palace", "people's party", "france unbowed",
                "united russia", "verkhovna rada", "servant of the people", "black forest", "third way", "left alliance",
                "finns party", "people power party", "law and justice", "civic coalition", "democratic party of korea");
        for (String source : ALL_SOURCES) {
            for (LiteralNames.Name n : Languages.literalNames(source).names()) {
                n.literal().getOrDefault("en", List.of()).forEach(r -> assertFalse(
                        standard.contains(r.toLowerCase(Locale.ROOT)), source + ": " + r));
            }
        }
    }
}
