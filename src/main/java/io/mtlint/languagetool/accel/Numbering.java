package io.mtlint.languagetool.accel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Numbers strings from 0 in the order they are first asked about, up to a limit, so that verdicts on them can be
 * kept in bit sets. Thread-safe; a number, once given, never changes.
 */
final class Numbering {
    /** A number already given; immutable, so that it may be shared through {@link #recent} without locks. */
    private record Numbered(String text, int id) {
    }

    private static final int RECENT = 1 << 14;

    private final int limit;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<String> texts;
    /**
     * Numbers looked up lately, by hash: the same few hundred tags and few thousand words are asked about for every
     * sentence, and a slot read here is cheaper than the concurrent map. Slots are overwritten freely.
     */
    private final Numbered[] recent = new Numbered[RECENT];

    Numbering(int limit) {
        this.limit = limit;
        this.texts = new AtomicReferenceArray<>(limit);
    }

    /** How many texts it numbers at most. */
    int limit() {
        return limit;
    }

    /** The number of {@code text}, or -1 when the limit is reached. */
    int id(String text) {
        int slot = text.hashCode() & (RECENT - 1);
        Numbered seen = recent[slot];
        if (seen != null && seen.text.equals(text)) {
            return seen.id;
        }
        int id = numbered(text);
        if (id >= 0) {
            recent[slot] = new Numbered(text, id);
        }
        return id;
    }

    private int numbered(String text) {
        Integer known = ids.get(text);
        if (known != null) {
            return known;
        }
        synchronized (ids) {
            Integer numbered = ids.get(text);
            if (numbered != null) {
                return numbered;
            }
            int id = ids.size();
            if (id >= limit) {
                return -1;
            }
            texts.set(id, text);   // before the number is published, so that whoever sees the number sees the text
            ids.put(text, id);
            return id;
        }
    }

    /** The text numbered {@code id}; every number {@link #id} has given out has one. */
    String text(int id) {
        return texts.get(id);
    }
}
