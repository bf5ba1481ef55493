package io.mtlint.multilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mtlint.model.Format;
import io.mtlint.check.CheckResult;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source and target languages are parameters: the same text is judged by the target's own conventions. */
class MultilingualTest {
    @TempDir
    Path dir;

    private static List<String> rules(String source, String target, String text) {
        CheckResult r = Checkers.check(Checkers.get(target, source, false), text, Format.TEXT);
        return r.findings().stream().map(f -> Checkers.family(f.ruleId()) + ":" + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void guillemetsAreWrongInEnglishAndRightInFrench() {
        assertTrue(rules("fr", "en-US", "He called it \u00aba victory\u00bb on Monday.\n").contains("mt.quotes:\u00ab"));
        assertEquals(List.of(), rules("en", "fr", "Il parle d'une \u00ab\u202fvictoire\u202f\u00bb lundi.\n"));
    }

    @Test
    void theFrenchSpaceBeforeDoublePunctuationIsFixedSafely() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Pourquoi maintenant? Il est parti ; elle reste: voil\u00e0.\n");
        Cli.Result r = Cli.run("fix", "--lang", "fr", "--source", "en", article.toString());
        assertEquals(0, r.exitCode(), r.err());
        // An ordinary space before ";" is typesetting, not an error: that rule is off by default.
        assertEquals("Pourquoi maintenant\u202f? Il est parti ; elle reste\u00a0: voil\u00e0.\n", Files.readString(article));
    }

    @Test
    void autoFindsTheSourceLanguageFromItsLeftoversAndReportsIt() throws Exception {
        Path fr = Files.writeString(dir.resolve("fr.txt"), "The ministers discussed the reform [des retraites anticip\u00e9es] at length.\n");
        Path pt = Files.writeString(dir.resolve("pt.txt"), "The senators rejected the plan [dos trabalhadores rurais] on Tuesday.\n");
        Path none = Files.writeString(dir.resolve("en.txt"), "The senators rejected the plan on Tuesday.\n");
        JsonNode report = new ObjectMapper().readTree(Cli.run("check", "--format", "json", "--no-languagetool",
                "--source", "auto", fr.toString(), pt.toString(), none.toString()).out());
        JsonNode files = report.get("files");
        assertEquals("fr", files.get(0).get("source").asText());
        assertEquals("mt.source-leftover", Checkers.family(files.get(0).get("findings").get(0).get("rule").asText()));
        assertEquals("pt", files.get(1).get("source").asText());
        assertTrue(files.get(2).get("source") == null, "no leftovers, no source");
    }

    @Test
    void cyrillicLeftoversAreFoundWhateverTheDictionary() {
        assertEquals(List.of("mt.source-leftover:\u0432\u0435\u0440\u0445\u043e\u0432\u043d\u0430 \u0440\u0430\u0434\u0430"),
                rules("uk", "en-US", "The vote in the \u0432\u0435\u0440\u0445\u043e\u0432\u043d\u0430 \u0440\u0430\u0434\u0430 was close.\n"));
    }

    @Test
    void englishLeftInASpanishArticleIsALeftover() {
        assertTrue(rules("en", "es", "El gobierno aprob\u00f3 el plan [of these measures] ayer.\n")
                .contains("mt.source-leftover:[of these measures]"));
    }

    @Test
    void germanNounsWrittenInLowercaseAreFound() {
        assertEquals(List.of("mt.proper-noun-case:regierung"),
                rules("en", "de-DE", "Die regierung hat den Plan am Montag beschlossen.\n"));
    }

    @Test
    void spanishTargetsWantOpeningMarksAndLowercaseMonths() {
        List<String> found = rules("en", "es", "Qui\u00e9n pagar\u00e1 la factura? La cumbre ser\u00e1 el 3 de Enero.\n");
        assertTrue(found.contains("es.opening-question-mark:Qui\u00e9n pagar\u00e1 la factura?"), found.toString());
        assertTrue(found.contains("es.capitalised-month-or-day:Enero"), found.toString());
    }
}
