package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** In documentation, a tool or package written in lowercase may open a sentence; a common word may not. */
class CodeNameAfterStopTest {
    private static final String CODE = "\n\n```sh\nmake all\n```\n";

    private static List<String> reported(String markdown) {
        return Checkers.flaggedInMarkdown("en-US", "zh", markdown, "mt.sentence-case.after-stop");
    }

    @Test
    void aLowercaseToolOrPackageOpensASentenceInDocs() {
        assertEquals(List.of(), reported("The build got faster. pnpm installs fewer files. "
                + "[zodiac-schema-tools](https://example.org) checks them. fastbundlr handles the rest." + CODE));
    }

    @Test
    void aCommonWordStillRestartsInLowercase() {
        assertEquals(List.of("the"), reported("The build got faster. the cache is warm now." + CODE));
    }

    @Test
    void outsideDocumentationAnUnknownWordAfterAStopIsStillReported() {
        assertEquals(List.of("fastbundlr"), reported("The build got faster. fastbundlr handles the rest.\n"));
    }

    @Test
    void egWithoutItsInnerStopIsAnAbbreviation() {
        assertEquals(List.of(), reported("Use a short name (eg. your initials) for the branch." + CODE));
    }
}
