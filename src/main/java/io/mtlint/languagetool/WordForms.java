package io.mtlint.languagetool;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Numbers the word forms and lemmas of analysed sentences, so that a rule's verdict on a word can be remembered by
 * number (see {@link WordRequirement}). Unlike tags, words come from the text, so the numbering stops at
 * {@link #LIMIT}: a sentence with a word that has no number has no word numbers, which turns the word filtering
 * off for it instead of making it wrong, and the memory stays bounded however long the process runs.
 */
final class WordForms {
    static final int LIMIT = 1 << 18;
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<String> FORMS = new AtomicReferenceArray<>(LIMIT);

    private WordForms() {
    }

    /** The number of {@code form}, or -1 when {@link #LIMIT} forms are numbered already. */
    static int id(String form) {
        Integer known = IDS.get(form);
        if (known != null) {
            return known;
        }
        synchronized (IDS) {
            Integer numbered = IDS.get(form);
            if (numbered != null) {
                return numbered;
            }
            int id = IDS.size();
            if (id >= LIMIT) {
                return -1;
            }
            FORMS.set(id, form);   // before the number is published, so that whoever sees the number sees the form
            IDS.put(form, id);
            return id;
        }
    }

    /** The form numbered {@code id}; every number {@link #id} has given out has one. */
    static String form(int id) {
        return FORMS.get(id);
    }
}
