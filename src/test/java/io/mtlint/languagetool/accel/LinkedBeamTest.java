package io.mtlint.languagetool.accel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The beam's floor is the value OpenNLP reads from a sorted copy, on seeded random probabilities. */
class LinkedBeamTest {
    @Test
    void theFloorIsWhatASortedCopyGives() {
        Random random = new Random(20261127);
        double[] pool = {0.0, -0.0, 1.0, 0.5, Double.MIN_VALUE, 1e-300, 0.25, Double.NaN};
        for (int round = 0; round < 20_000; round++) {
            double[] values = new double[1 + random.nextInt(50)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : random.nextDouble();
            }
            int beam = 1 + random.nextInt(12);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double expected = sorted[Math.max(0, sorted.length - beam)];
            assertEquals(Double.doubleToRawLongBits(expected),
                    Double.doubleToRawLongBits(LinkedBeam.largest(values, beam)),
                    Arrays.toString(values) + " beam " + beam);
        }
    }
}
