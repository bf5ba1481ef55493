package io.mtlint.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreloadTest {
    @Test
    void computesOnceWhetherStartedEarlyOrAskedFirst() {
        AtomicInteger runs = new AtomicInteger();
        Preload<String> early = new Preload<>("test-early", () -> "value " + runs.incrementAndGet());
        early.start();
        early.start();
        assertEquals("value 1", early.future().join());
        assertEquals("value 1", early.future().join());

        Preload<String> asked = new Preload<>("test-asked", () -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), asked.future().join(), "computed in the caller");
        asked.start();
        assertEquals(1, runs.get());
    }

    @Test
    void aFailureSurfacesToEveryCaller() {
        Preload<String> failing = new Preload<>("test-failing", () -> {
            throw new IOException("unreadable");
        });
        failing.start();
        CompletionException first = assertThrows(CompletionException.class, () -> failing.future().join());
        assertInstanceOf(IOException.class, first.getCause());
        assertThrows(CompletionException.class, () -> failing.future().join());
    }
}
