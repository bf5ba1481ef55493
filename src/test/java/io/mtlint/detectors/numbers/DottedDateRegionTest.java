package io.mtlint.detectors.numbers;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dotted date is rewritten as the target's region writes dates in words. */
class DottedDateRegionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | 12 May 1980", "en-GB | 12 May 1980", "en-US | May 12, 1980"})
    void writesTheRegionsLongDate(String target, String written) {
        List<Finding> found = Checkers.check(Checkers.get(target, "es", false), "He was born on 12.05.1980 in Madrid.\n",
                Format.TEXT).findings().stream().filter(f -> f.ruleId().equals("mt.number-format.dotted-date")).toList();
        assertEquals(1, found.size());
        assertEquals(written, found.get(0).fixes().get(0).edits().get(0).replacement());
    }
}
