package io.mtlint.fix;

import io.mtlint.model.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sorted index of taken edits answers exactly as checking every taken edit would. */
class TakenEditsTest {
    @Test
    void agreesWithCheckingEveryTakenEdit() {
        Random random = new Random(6);
        for (int round = 0; round < 300; round++) {
            TakenEdits index = new TakenEdits();
            List<TextEdit> taken = new ArrayList<>();
            int length = 5 + random.nextInt(60);
            for (int i = 0; i < 80; i++) {
                List<TextEdit> fix = new ArrayList<>();
                int edits = 1 + random.nextInt(random.nextInt(6) == 0 ? 3 : 1);
                int from = 0;
                for (int k = 0; k < edits && from <= length; k++) {
                    int start = from + random.nextInt(Math.max(1, (length - from) / 2 + 1));
                    int end = Math.min(length, start + (random.nextInt(3) == 0 ? 0 : random.nextInt(5)));
                    fix.add(new TextEdit(start, end, "x"));
                    from = end + 1;
                }
                boolean expected = fix.stream().anyMatch(e -> taken.stream().anyMatch(e::overlaps));
                assertEquals(expected, index.overlapsAny(fix), "taken " + taken + ", candidate " + fix);
                if (!expected) {
                    index.addAll(fix);
                    taken.addAll(fix);
                }
            }
        }
    }
}
