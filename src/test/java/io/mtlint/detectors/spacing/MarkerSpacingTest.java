package io.mtlint.detectors.spacing;

import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkerSpacingTest {
    private static List<String> reported(String markdown) {
        return Checkers.check(Checkers.structural(), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals("mt.spacing.after-marker"))
                .map(f -> f.start() + "+" + (f.end() - f.start()))
                .toList();
    }

    @Test
    void aMarkerWrittenWithOneSpaceElsewhereGainedSpaces() {
        String page = "# Deploying the cache\n\n###   Limits\n\n- Keys expire daily.\n-  Values stay small.\n";
        assertEquals(List.of(page.indexOf("   Limits") + 1 + "+2", page.indexOf("  Values") + 1 + "+1"),
                reported(page));
    }

    @Test
    void aPageThatAlignsItsMarkersKeepsItsStyle() {
        assertEquals(List.of(), reported("##  Deploying the cache\n\n##  Limits\n\n-   Keys expire daily.\n"
                + "-   Values stay small.\n\n1.  First step.\n2.  Second step.\n"));
    }

    @Test
    void aParagraphStartingWithOneSpaceGainedIt() {
        String page = "# Cache\n\n The cache keeps keys for a day.\nIt stays small.\n\n- item\n\n  Indented text "
                + "continues the item.\n\n> Quoted text.\n";
        assertEquals(List.of(page.indexOf(" The cache") + "+1"), reported(page));
    }

    @Test
    void aLineOfAParagraphStartingWithOneSpaceGainedIt() {
        String page = "# Cache\n\nThe cache keeps keys for a day.\n It stays small.\n\n- item\n continued lazily.\n";
        assertEquals(List.of(page.indexOf(" It stays") + "+1"), reported(page));
    }

    @Test
    void aParagraphAfterACodeBlockStartingWithOneSpaceGainedIt() {
        String page = "# Cache\n\nStart it:\n\n```\nrun cache\n```\n\n With the cache running, open the page.\n";
        assertEquals(List.of(page.indexOf(" With") + "+1"), reported(page));
    }

    @Test
    void codeBlocksAreNotParagraphs() {
        assertEquals(List.of(), reported("# Cache\n\n```\n##  not a heading\n -  not a list\n```\n\n    ## indented code\n"));
    }

    /** Text aligned past an ordered list's numbers is the author's style, even beside a list written tightly. */
    @Test
    void numberedItemsAlignedPastTheirNumberAreStyle() {
        assertEquals(List.of(), reported("# Brewing\n\n1. Grind the beans:\n\n2.  Warm the pot\n\n"
                + "11.  Pour slowly\n"));
    }

    /** Where the original numbers its items with one space, spaces the translation added are reported by name. */
    @Test
    void aNumberedItemSpacedUnlikeItsOriginalIsReportedWithItsOwnMarker(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("docs/de"));
        Files.writeString(repo.resolve("docs/brew.md"), "# Brewing\n\n1. Grind the beans.\n\n12. Pour slowly.\n");
        Path page = Files.writeString(repo.resolve("docs/de/brew.md"),
                "# Brühen\n\n1. Bohnen mahlen.\n\n12.  Langsam gießen.\n");
        Document document = DocumentLoader.load(page, page.toString(), Format.MARKDOWN);
        List<Finding> findings = Checkers.get("de", "en", false).check(document).findings().stream()
                .filter(f -> f.ruleId().equals("mt.spacing.after-marker")).toList();
        assertEquals(List.of("Extra space after the \u201c12.\u201d marker"),
                findings.stream().map(Finding::message).toList());
    }
}
