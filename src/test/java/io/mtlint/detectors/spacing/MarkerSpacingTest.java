package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

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
}
