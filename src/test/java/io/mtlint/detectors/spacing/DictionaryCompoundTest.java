package io.mtlint.detectors.spacing;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A compound the dictionary writes with a hyphen is split by a stray space whatever its second part. */
class DictionaryCompoundTest {
    @Test
    void aCompoundTheDictionaryKnowsIsClosedUp() {
        assertEquals(List.of("add -on", "sign -in"), Checkers.flagged("mt.spacing.around-hyphen",
                "Install the add -on, then use the sign -in page.\n"));
    }

    @Test
    void aSuffixTalkedAboutStaysClean() {
        assertEquals(List.of(), Checkers.flagged("mt.spacing.around-hyphen",
                "Verbs ending in -in and the prefix -on are rare.\n"));
    }
}
