package io.mtlint.languagetool.accel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberingTest {
    @Test
    void numbersAreGivenInOrderKeptAndStopAtTheLimit() {
        Numbering numbering = new Numbering(3);
        assertEquals(0, numbering.id("NN"));
        assertEquals(1, numbering.id("VB"));
        assertEquals(0, numbering.id(new String("NN")), "an equal text, not only the same object");
        assertEquals(2, numbering.id("JJ"));
        assertEquals(-1, numbering.id("RB"), "over the limit");
        assertEquals(1, numbering.id("VB"), "numbers given before the limit stay");
        assertEquals("JJ", numbering.text(2));
    }

    /** "Aa" and "BB" share a hash, so they share a slot of the recently-numbered table. */
    @Test
    void textsSharingASlotKeepTheirOwnNumbers() {
        Numbering numbering = new Numbering(10);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(0, numbering.id("Aa"));
        assertEquals(1, numbering.id("BB"));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, numbering.id("Aa"));
            assertEquals(1, numbering.id("BB"));
        }
    }

    @Test
    void threadsNumberingTheSameTextsAgree() throws Exception {
        Numbering numbering = new Numbering(100_000);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add("w" + (i * 7919 % 20_000));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(threads.submit(() -> words.stream().mapToInt(numbering::id).toArray()));
            }
            int[] first = answers.get(0).get();
            for (Future<int[]> answer : answers) {
                int[] ids = answer.get();
                for (int i = 0; i < ids.length; i++) {
                    assertEquals(first[i], ids[i]);
                    assertEquals(words.get(i), numbering.text(ids[i]));
                }
            }
            HashSet<Integer> distinct = new HashSet<>();
            for (int id : first) {
                distinct.add(id);
            }
            assertEquals(20_000, distinct.size());
        } finally {
            threads.shutdown();
        }
    }
}
