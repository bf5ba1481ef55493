package io.mtlint.model;

import io.mtlint.model.Category;
import io.mtlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index finds an overlapping finding exactly when looking at every finding would. */
class OverlapIndexTest {
    @Test
    void agreesWithLookingAtEveryFinding() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            int length = 100 + random.nextInt(2_000);
            for (int i = random.nextInt(40); i > 0; i--) {
                findings.add(finding(random, length));
            }
            OverlapIndex index = new OverlapIndex(findings);
            for (int q = 0; q < 50; q++) {
                Finding query = finding(random, length);
                boolean expected = findings.stream().anyMatch(f -> query.overlaps(f.start(), f.end()));
                assertEquals(expected, index.anyNear(query.start(), query.end(),
                        f -> query.overlaps(f.start(), f.end())), query + " in " + findings);
            }
        }
    }

    private static Finding finding(Random random, int length) {
        int start = random.nextInt(length);
        int span = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 300 + random.nextInt(700);
            default -> random.nextInt(12);
        };
        return new Finding("r", Category.STYLE, Severity.INFO, start, Math.min(length, start + span), "", List.of());
    }
}
