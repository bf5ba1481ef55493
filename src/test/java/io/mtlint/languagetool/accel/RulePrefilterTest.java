package io.mtlint.languagetool.accel;

import io.mtlint.languagetool.LanguageRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.PatternTokenBuilder;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.Disambiguator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule prefilter must never change LanguageTool's answers, only skip work: the disambiguation gives the same
 * readings, and every pattern rule it skips finds nothing. Checked for each target language of the test
 * corpus on its articles, and for English on hand-written sentences too (the tests run with assertions on, so
 * every skip is also re-run in place).
 */
class RulePrefilterTest {
    private static final String HAND_WRITTEN = """
            Yes! No. Why not? Ouch.
            The committee will have been meeting for three hours by noon, and nobody has left yet.
            She go to the market every mornings, but her brothers doesn't.
            Running quickly, the dogs chased a frightened cat across Gdańsk's old square.
            "Is it true?" he asked. "It is," they replied, although nobody believed them.
            In 1998, 42 % of voters backed the proposal; by 2004 only 17 percent did.
            Could you please send me the the report before Friday?
            Their going too be late, its obvious.
            A well-known Ukrainian-born violinist, who had never visited Lisbon, performed there twice.
            Hmm... maybe.
            """;

    private static Language language;
    private static JLanguageTool tool;

    @BeforeAll
    static void load() {
        language = LanguageRegistry.language("en-US");
        tool = new JLanguageTool(language);
    }

    /** The corpus's articles in the language (and for English the hand-written sentences), split into sentences. */
    private static List<String> sentences(JLanguageTool tool) throws IOException {
        String code = tool.getLanguage().getShortCode();
        StringBuilder text = new StringBuilder(code.equals("en") ? HAND_WRITTEN : "");
        try (Stream<Path> files = Files.walk(Path.of("test-corpus"))) {
            for (Path file : files.filter(f -> !f.startsWith(Path.of("test-corpus", "real")) && f.getNameCount() > 1
                            && f.getName(f.getNameCount() - 2).toString().endsWith("-" + code))
                    .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList()) {
                text.append("\n\n").append(Files.readString(file));
            }
        }
        List<String> sentences = tool.sentenceTokenize(text.toString());
        assertTrue(sentences.size() > 20, code + " sentences: " + sentences.size());
        return sentences;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "es", "fr"})
    void filteredDisambiguationGivesLanguageToolsReadings(String code) throws Exception {
        JLanguageTool tool = new JLanguageTool(LanguageRegistry.language(code));
        Disambiguator plain = tool.getLanguage().createDefaultDisambiguator();
        Disambiguator filtered = tool.getLanguage().createDefaultDisambiguator();
        assertEquals(1, PrefilteredDisambiguator.filter(filtered), "each keeps one rule disambiguator");
        assertEquals(0, PrefilteredDisambiguator.filter(filtered), "filtering twice changes nothing");
        for (String sentence : sentences(tool)) {
            String expected = readings(plain.disambiguate(tool.getRawAnalyzedSentence(sentence)));
            assertEquals(expected, readings(filtered.disambiguate(tool.getRawAnalyzedSentence(sentence))), sentence);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "es", "fr"})
    void skippedPatternRulesFindNothingAndSomeAreSkipped(String code) throws IOException {
        JLanguageTool tool = new JLanguageTool(LanguageRegistry.language(code));
        RuleSet all = RuleSet.textLemmaHinted(tool.getAllActiveRules());
        RuleSet filtered = RulePrefilter.of(all.allRules()).over(all);
        int candidates = 0;
        int skipped = 0;
        for (String text : sentences(tool)) {
            AnalyzedSentence sentence = tool.getAnalyzedSentence(text);
            List<Rule> before = all.rulesForSentence(sentence);
            Set<Rule> kept = new HashSet<>(filtered.rulesForSentence(sentence));
            assertTrue(before.containsAll(kept));
            candidates += before.size();
            for (Rule rule : before) {
                if (!kept.contains(rule)) {
                    skipped++;
                    assertEquals(0, rule.match(sentence).length, rule.getId() + " in " + sentence.getText());
                }
            }
        }
        assertTrue(skipped > candidates / 50, code + ": " + skipped + " of " + candidates + " rule runs skipped");
    }

    @Test
    void onlyTagsATokenMustHaveCountAsRequirements() throws IOException {
        AnalyzedSentence noModal = tool.getAnalyzedSentence("Yes!");
        AnalyzedSentence modal = tool.getAnalyzedSentence("They can run.");
        PatternRule needsModal = rule(new PatternTokenBuilder().posRegex("M[D]").build());
        PatternRule needsMadeUpTag = rule(new PatternTokenBuilder().token("they").build(),
                new PatternTokenBuilder().pos("NNX").build());
        PatternRule modalOptional = rule(new PatternTokenBuilder().token("yes").build(),
                new PatternTokenBuilder().posRegex("MD").min(0).build());
        PatternRule anyButModal = rule(new PatternTokenBuilder().posRegex("MD").negate().build());
        PatternRule untaggedWillDo = rule(new PatternTokenBuilder().pos(PatternToken.UNKNOWN_TAG).build());
        RulePrefilter prefilter = RulePrefilter.of(
                List.of(needsModal, needsMadeUpTag, modalOptional, anyButModal, untaggedWillDo));

        assertTrue(prefilter.excludes(needsModal, new SentenceReadings(noModal)));
        assertFalse(prefilter.excludes(needsModal, new SentenceReadings(modal)));
        assertTrue(prefilter.excludes(needsMadeUpTag, new SentenceReadings(modal)), "a tag no sentence has");
        assertFalse(prefilter.excludes(modalOptional, new SentenceReadings(noModal)), "an optional token");
        assertFalse(prefilter.excludes(anyButModal, new SentenceReadings(modal)), "a negated tag");
        assertFalse(prefilter.excludes(untaggedWillDo, new SentenceReadings(noModal)), "UNKNOWN: untagged will do");
        assertEquals(0, needsModal.match(noModal).length);
        assertEquals(1, needsModal.match(modal).length);
    }

    @Test
    void wordsAndLemmasATokenMustHaveCountAsRequirements() throws IOException {
        AnalyzedSentence running = tool.getAnalyzedSentence("The dogs were running home.");
        AnalyzedSentence still = tool.getAnalyzedSentence("The cat sat still.");
        PatternRule needsIng = rule(new PatternTokenBuilder().tokenRegex("[a-z]+ing").build());
        PatternRule needsBe = rule(new PatternTokenBuilder().token("be").matchInflectedForms().build());
        PatternRule needsCapitalDogs = rule(new PatternTokenBuilder().csToken("Dogs").build());
        PatternRule anyButCat = rule(new PatternTokenBuilder().token("cat").negate().build());
        PatternRule ingOptional = rule(new PatternTokenBuilder().token("the").build(),
                new PatternTokenBuilder().tokenRegex(".*ing").min(0).build());
        RulePrefilter prefilter =
                RulePrefilter.of(List.of(needsIng, needsBe, needsCapitalDogs, anyButCat, ingOptional));
        SentenceReadings runningReadings = new SentenceReadings(running);
        SentenceReadings stillReadings = new SentenceReadings(still);

        assertTrue(prefilter.excludes(needsIng, stillReadings), "an open pattern no word matches");
        assertFalse(prefilter.excludes(needsIng, runningReadings));
        assertTrue(prefilter.excludes(needsBe, stillReadings));
        assertFalse(prefilter.excludes(needsBe, runningReadings), "\"were\" has the lemma \"be\"");
        assertTrue(prefilter.excludes(needsCapitalDogs, runningReadings), "case counts where the pattern says so");
        assertFalse(prefilter.excludes(anyButCat, stillReadings), "a negated word");
        assertFalse(prefilter.excludes(ingOptional, stillReadings), "an optional token");
        assertTrue(prefilter.excludes(needsIng, stillReadings), "a remembered verdict is the same");
        assertEquals(0, needsIng.match(still).length);
        assertEquals(1, needsIng.match(running).length);
        assertEquals(1, needsBe.match(running).length);
    }

    private static PatternRule rule(PatternToken... tokens) {
        return new PatternRule("TEST", language, List.of(tokens), "test", "test", "test");
    }

    /** Everything disambiguation can change: readings, chunk tags, immunisation and the speller's exemption. */
    private static String readings(AnalyzedSentence sentence) {
        List<String> out = new ArrayList<>();
        for (AnalyzedTokenReadings token : sentence.getTokens()) {
            StringBuilder b = new StringBuilder(token.getToken()).append(' ');
            for (AnalyzedToken reading : token.getReadings()) {
                b.append(reading.getPOSTag()).append('/').append(reading.getLemma()).append('/')
                        .append(reading.hasNoTag()).append(' ');
            }
            out.add(b.append(token.getChunkTags()).append(token.isImmunized()).append(token.isIgnoredBySpeller())
                    .toString());
        }
        return String.join("\n", out);
    }
}
