package io.mtlint.languagetool;

import io.mtlint.model.RuleIds;
import io.mtlint.model.Category;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageToolLayerTest {
    @TempDir
    Path dir;

    @Test
    void languageToolIsInitialisedOncePerRunAndNotAtAllWithoutIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "She go to school every day number " + i + ".\n");
        }
        // A unique accepted word gives this run its own LanguageTool settings, so the count is this run's.
        int before = LanguageToolEngine.initialisations();
        Cli.Result without = Cli.run("check", "--no-languagetool", "--accept", "zzqxunique", dir.toString());
        assertEquals(before, LanguageToolEngine.initialisations(), "--no-languagetool must not load LanguageTool");
        assertFalse(without.out().contains("lt."), without.out());
        Cli.Result with = Cli.run("check", "--jobs", "3", "--accept", "zzqxunique", dir.toString());
        assertEquals(before + 1, LanguageToolEngine.initialisations(), "one LanguageTool for three files");
        assertEquals(3, with.out().lines().filter(l -> l.contains("[lt.")).count(), with.out());
    }

    @Test
    void findingsMapToMtlintIdsCategoriesAndOriginalPositionsInMarkdown() {
        String md = "# Title\n\nThe `code` here and **she go** to school every day.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "es", true), md, Format.MARKDOWN).findings();
        Finding f = findings.stream().filter(x -> x.ruleId().startsWith("lt.")).findFirst().orElseThrow();
        assertTrue(md.substring(f.start(), f.end()).contains("go"), md.substring(f.start(), f.end()));
        assertEquals(Category.GRAMMAR, f.category());
    }

    /** The shipped loanword lists reach LanguageTool's speller: "tokens" and "workflow" are Spanish docs' words. */
    @Test
    void acceptedLoanwordsAreNoMisspellingsWhileTyposStillAre() {
        String md = "El workflow renueva los tokens cada hora, pero el sistma falla.\n";
        List<String> flagged = Checkers.check(Checkers.get("es", "en", true), md, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().startsWith("lt.")).map(f -> md.substring(f.start(), f.end())).toList();
        assertFalse(flagged.contains("workflow") || flagged.contains("tokens"), flagged.toString());
        assertTrue(flagged.contains("sistma"), flagged.toString());
    }

    /**
     * Inline code reads as a stand-in word that only some dictionaries know: in Spanish, French and German docs
     * LanguageTool must still say nothing about it, while the prose around it is checked.
     */
    @Test
    void nothingIsReportedInsideInlineCodeInAnyTarget() {
        Map<String, String> docs = Map.of(
                "es", "# Uso\n\nUse `--force` y `git push --force-with-lease` con cuidado; `rm -rf build` borra la "
                        + "carpeta. El problema es es grave.\n\n| Opción | Efecto |\n|---|---|\n| `--dry-run` | simula |\n",
                "fr", "# Usage\n\nLancez `npm run build --watch` puis `make clean`. Le probleme est grave.\n",
                "de", "# Nutzung\n\nStarten Sie `cargo build --release` und danach `rm -rf target`. Das ist ist ein Fehler.\n");
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            String md = doc.getValue();
            List<Finding> lt = Checkers.check(Checkers.get(doc.getKey(), "en", true), md, Format.MARKDOWN).findings()
                    .stream().filter(f -> f.ruleId().startsWith("lt.")).toList();
            for (Finding f : lt) {
                String span = md.substring(f.start(), f.end());
                assertFalse(span.startsWith("`") && span.endsWith("`") && span.length() > 1,
                        doc.getKey() + ": " + f.ruleId() + " inside code: " + span);
            }
            assertFalse(lt.isEmpty(), doc.getKey() + ": the prose around the code is still checked");
        }
    }

    @Test
    void spellingSparesPlausibleNamesButNotMisspelledWords() {
        String text = "The analyst Pavel Wrobelski spoke to CIDOB researchers. The goverment disagreed.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "es", true), text, Format.TEXT).findings();
        List<String> flagged = findings.stream().filter(f -> f.category() == Category.SPELLING)
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("goverment"), flagged);
    }

    @Test
    void unwantedMatchesAreDroppedAndTheRestAreUnchanged() throws Exception {
        LanguageToolEngine engine = LanguageToolEngine.get(LanguageToolSettings.defaults("en-US"));
        AnnotatedText text = new AnnotatedTextBuilder()
                .addText("The goverment met Wrobelski in Katowize. She go to the the market.").build();
        List<String> all = describe(engine.check(text));
        List<String> kept = describe(engine.check(text, match -> match.getRule().getId().startsWith("MORFOLOGIK")));
        List<String> expected = all.stream().filter(m -> !m.startsWith("MORFOLOGIK")).toList();
        assertTrue(all.size() > expected.size() && !expected.isEmpty(), all.toString());
        assertEquals(expected, kept);
    }

    @Test
    void spellingAlarmsOnExplainedSpansAreLeftOutAndOthersKept() {
        LanguageToolRule rule = new LanguageToolRule(LanguageToolSettings.defaults("en-US"));
        String text = "The goverment met the comittee. She go to school.\n";
        io.mtlint.model.Document doc = io.mtlint.format.DocumentLoader.fromText("t.txt", text, Format.TEXT);
        int explainedStart = text.indexOf("goverment");
        List<Finding> all = new java.util.ArrayList<>();
        rule.check(doc, all::add);
        List<Finding> rest = new java.util.ArrayList<>();
        rule.check(doc, rest::add, (start, end) -> start < explainedStart + 9 && explainedStart < end);
        assertEquals(List.of("goverment", "comittee", "go"), all.stream().map(f -> text.substring(f.start(), f.end()))
                .toList());
        assertEquals(List.of("comittee", "go"), rest.stream().map(f -> text.substring(f.start(), f.end())).toList());
    }

    /**
     * A file on one line went to LanguageTool whole (5 MB held about 5 GB) with no sign of progress. In chunks
     * cut between sentences every sentence is checked once, at its own offsets, and progress rises to 1.
     */
    @Test
    void aLongParagraphIsCheckedInChunksWithProgress() {
        StringBuilder text = new StringBuilder("# Title with `code`\n\n");
        for (int i = 0; i < 300; i++) {
            text.append(i % 7 == 0 ? "She go to school every day. " : "The committee met on Friday, number " + i + ". ");
        }
        text.append("\n\nA short paragraph, and she go home.\n");
        io.mtlint.model.Document doc = io.mtlint.format.DocumentLoader.fromText("long.md", text.toString(),
                Format.MARKDOWN);
        List<Chunks.Range> ranges = Chunks.of(doc, 2_000);
        assertTrue(ranges.size() >= 5, ranges.toString());
        for (int i = 0; i < ranges.size(); i++) {
            Chunks.Range r = ranges.get(i);
            assertEquals(i == 0 ? 0 : ranges.get(i - 1).end(), r.start(), "contiguous");
            assertTrue(r.end() - r.start() <= 2_000, r.toString());
            boolean betweenBlocks = doc.blocks().stream().anyMatch(b -> b.docStart() == r.end());
            assertTrue(i == ranges.size() - 1 || betweenBlocks || text.charAt(r.end() - 2) == '.',
                    "cut between blocks or after a sentence: " + r);
        }
        assertEquals(text.length(), ranges.get(ranges.size() - 1).end());
        List<Finding> whole = new java.util.ArrayList<>();
        new LanguageToolRule(LanguageToolSettings.defaults("en-US")).check(doc, whole::add);
        List<Finding> chunked = new java.util.ArrayList<>();
        List<Double> progress = new java.util.ArrayList<>();
        new LanguageToolRule(LanguageToolSettings.defaults("en-US"), 2_000).check(doc, chunked::add,
                LanguageToolRule.Explained.NOTHING, progress::add);
        assertEquals(44, chunked.stream().filter(f -> text.substring(f.start(), f.end()).equals("go")).count(),
                chunked.toString());
        assertEquals(whole, chunked);
        assertEquals(ranges.size(), progress.size());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), progress.toString());
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    /** Prose that runs on without a sentence end goes to LanguageTool in pieces cut at spaces, none too long. */
    @Test
    void proseWithoutStopsIsCutAtSpaces() {
        String text = "The talks in Kyiv continued and the minister said ".repeat(200).strip() + "\n";
        io.mtlint.model.Document doc = io.mtlint.format.DocumentLoader.fromText("run-on.txt", text, Format.TEXT);
        List<Chunks.Range> ranges = Chunks.of(doc, Chunks.SIZE);
        assertTrue(ranges.size() >= text.length() / Chunks.MAX_RUN_ON, ranges.toString());
        for (int i = 0; i < ranges.size(); i++) {
            Chunks.Range r = ranges.get(i);
            assertEquals(i == 0 ? 0 : ranges.get(i - 1).end(), r.start(), "contiguous");
            assertTrue(r.end() - r.start() <= Chunks.MAX_RUN_ON + 60, r.toString());
            assertTrue(i == ranges.size() - 1 || text.charAt(r.end() - 1) == ' ', "cut after a space: " + r);
        }
        assertEquals(text.length(), ranges.get(ranges.size() - 1).end());
        String prose = "A sentence of ordinary length ends here. ".repeat(100) + "\n";
        assertEquals(1, Chunks.of(io.mtlint.format.DocumentLoader.fromText("p.txt", prose, Format.TEXT), Chunks.SIZE)
                .size(), "a paragraph of ordinary sentences stays whole");
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getSuggestedReplacements()).toList();
    }

    @Test
    void mtlintFindingsReplaceLanguageToolsSpellingOfTheSameWords() {
        String text = "The talks in kyiv stalled over the problem [de estas medidas] again.\n";
        List<Finding> findings = Checkers.check(Checkers.get("en-US", "es", true), text, Format.TEXT).findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().startsWith("lt.MORFOLOGIK")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> RuleIds.selects("mt.proper-noun-case", f.ruleId())));
        assertTrue(findings.stream().anyMatch(f -> RuleIds.selects("mt.source-leftover", f.ruleId())));
    }

    /** LanguageTool's English chunker needs OpenNLP 1.x; with 2.x it returns garbage and false alarms appear. */
    @Test
    void theEnglishChunkerWorksWithTheShippedOpenNlp() throws Exception {
        JLanguageTool lt = new JLanguageTool(LanguageRegistry.language("en-US"));
        AnalyzedSentence s = lt.getAnalyzedSentence("The old man launched its first big boat yesterday.");
        StringBuilder chunks = new StringBuilder();
        for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
            chunks.append(t.getToken()).append('/').append(t.getChunkTags()).append(' ');
        }
        assertTrue(chunks.toString().contains("man/[E-NP-singular]") || chunks.toString().contains("man/[E-NP"),
                chunks.toString());
        assertTrue(chunks.toString().contains("launched/[B-VP]"), chunks.toString());
        assertTrue(lt.check("The company launched its first product.").isEmpty(), "no ITS_TO_IT_S false alarm");
    }
}
