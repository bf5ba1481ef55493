package io.mtlint.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DocumentTest {
    @Test
    void structureIsParsedOnceOnFirstUseEvenWhenThreadsAskAtOnce() throws Exception {
        String text = "One paragraph.\n";
        ProseBlock block = ProseBlock.builder(ProseBlock.Kind.PARAGRAPH, text).text(0, 14).build();
        AtomicInteger parses = new AtomicInteger();
        Document doc = new Document("a.txt", Format.TEXT, text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, false, text, () -> {
                    parses.incrementAndGet();
                    return new Document.Structure(List.of(block), List.of());
                });
        assertEquals(0, parses.get(), "nothing is parsed before it is asked for");
        assertEquals(1, doc.position(3).line(), "positions need no parsing");
        assertEquals(0, parses.get());

        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<List<ProseBlock>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(doc.blocks());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, parses.get());
        assertEquals(8, seen.size());
        seen.forEach(b -> assertSame(seen.get(0), b));
        assertEquals(List.of(block), doc.blocks());
        assertEquals(List.of(), doc.suppressions());
        assertEquals(1, parses.get());
    }
}
