package io.mtlint.detectors.sentencecase;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingCaseTest {
    private static List<String> reported(String markdown) {
        return Checkers.flaggedInMarkdown("en-US", "zh", markdown, "mt.sentence-case.heading-start");
    }

    @Test
    void aLowercaseHeadingAmongCapitalisedOnesLostItsCapital() {
        assertEquals(List.of("changelog", "troubleshooting"), reported("""
                # Lamp controller

                ## changelog

                Fixed the timer.

                ### troubleshooting

                Restart the board.
                """));
    }

    @Test
    void aPageWithLowercaseHeadingsThroughoutKeepsItsStyle() {
        assertEquals(List.of(), reported("# lamp controller\n\n## changelog\n\nFixed the timer.\n"));
    }

    @Test
    void commandsFileNamesAndUnknownWordsStayClean() {
        assertEquals(List.of(), reported("""
                # Lamp controller

                ## make targets

                ```sh
                make flash
                ```

                ## config.yaml

                ## esphome setup
                """));
    }
    @Test
    void anIdentifierWithDigitsOpensAHeadingAsTheCodeSpellsIt() {
        assertEquals(List.of(), reported("# Lamp controller\n\n## i18n.locales\n\n## l10n files\n\nText.\n"));
    }
}
