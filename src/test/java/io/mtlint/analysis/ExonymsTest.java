package io.mtlint.analysis;

import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExonymsTest {
    private static final Exonyms SPANISH_IN_ENGLISH = Exonyms.of("es", "en-US", LanguageRegistry.lexicon("en-US"));

    @Test
    void findsWholeNamesOnly() {
        assertEquals(List.of(new Exonyms.Match(9, 17, "Alemania", "Germany")),
                SPANISH_IN_ENGLISH.find("Meetings Alemania held, Alemaniax, pro-Alemania, 3Alemania."));
    }

    @Test
    void prefersTheLongestNameAtAPosition() {
        List<Exonyms.Match> found = SPANISH_IN_ENGLISH.find("Visited Reino Unido and Guinea-Bisáu.");
        assertEquals(List.of("Reino Unido", "Guinea-Bisáu"), found.stream().map(Exonyms.Match::sourceName).toList());
    }

    @Test
    void findsCitiesTooButNotAnotherSpellingOfTheSameName() {
        List<Exonyms.Match> found = SPANISH_IN_ENGLISH.find(
                "From Varsovia to Berlín, São Paulo, Ho Chi Minh, San Vicente, Isla de Pascua and Nueva York.");
        assertEquals(List.of("Varsovia:Warsaw", "Nueva York:New York"),
                found.stream().map(m -> m.sourceName() + ":" + m.targetName()).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|de|Die Fahrer der Tour de France starten in Lille.|",
            "en|de|Er sagte dem Sender Radio New Zealand, die Ermittlungen liefen.|",
            "fr|de|Ich habe ihn auf France 2 gesehen, später auf France 24.|",
            "es|en-US|The final ended Alemania 2-1 after extra time.|Alemania",
            "es|en-US|Rates were set by the Banco de España on Tuesday.|",
            "es|en-US|The President of Suecia arrived; talks with Alemania resumed.|Suecia;Alemania",
            "en|de|Nach Spain reiste er im Mai, dann weiter nach Sweden.|Spain;Sweden",
            // a figure before a short particle ("2:1 vs") is no capitalised word of a name
            "en|de|Das Spiel endete 2:1 vs Sweden, dann 3 vs Spain.|Sweden;Spain",
            // a brand opening the sentence, and a name the country's name begins
            "en|pt|PyData Brazil reúne a comunidade em setembro.|",
            "en|pt|O servidor Japan DNS Resolver responde em Tóquio.|",
            "en|es|Sigue leyendo India Today y otros diarios.|",
            "en|pt|Visite Spain em maio, quando o clima é ameno.|Spain",
            "en|pt|A equipe viajou para Japan e depois para a China.|Japan",
    })
    void aNameThatEndsALongerNameIsNoLeftover(String source, String target, String text, String expected) {
        Exonyms exonyms = Exonyms.of(source, target, LanguageRegistry.lexicon(target));
        List<String> reported = exonyms.find(text).stream()
                .filter(m -> !Exonyms.isPartOfLongerName(text, m, LanguageRegistry.lexicon(target)))
                .map(Exonyms.Match::sourceName).toList();
        assertEquals(Checkers.spans(expected, ";"), reported);
    }

    /** The word-by-word search finds exactly what one alternation of every name, longest first, finds. */
    @Test
    void agreesWithTheRegularExpressionOfAllNames() {
        for (String[] pair : new String[][] {{"es", "en-US"}, {"fr", "en-US"}, {"de", "en-US"}, {"en", "es"}}) {
            Exonyms exonyms = Exonyms.of(pair[0], pair[1], LanguageRegistry.lexicon(pair[1]));
            List<String> names = new ArrayList<>(exonyms.sourceNames());
            assertTrue(names.size() > 50, pair[0] + ">" + pair[1]);
            names.sort(Comparator.naturalOrder());
            Pattern oracle = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}-])(?:" + names.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}\\p{Nd}])");
            String[] glue = {" ", "", "-", "x", "3", ", ", "\u0301", " de ", "\u00e9", "\n", "(", "’"};
            Random random = new Random(31);
            for (int n = 0; n < 2000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    String name = names.get(random.nextInt(names.size()));
                    text.append(glue[random.nextInt(glue.length)]);
                    text.append(random.nextBoolean() ? name : name.substring(0, 1 + random.nextInt(name.length())));
                }
                List<Exonyms.Match> expected = new ArrayList<>();
                Matcher m = oracle.matcher(text);
                while (m.find()) {
                    expected.add(new Exonyms.Match(m.start(), m.end(), m.group(), null));
                }
                assertEquals(expected.stream().map(x -> x.start() + ":" + x.sourceName()).toList(),
                        exonyms.find(text.toString()).stream().map(x -> x.start() + ":" + x.sourceName()).toList(),
                        text.toString());
            }
        }
    }
}
