package io.mtlint.text;

import java.util.Locale;

/**
 * One spelling of a word, interned process-wide, with what the detectors ask of every occurrence computed once: its
 * lower case and its shape (lowercase, capitalised, all capitals, a capital inside). News prose repeats a few
 * thousand spellings; without forms the detectors would allocate each word's text and recompute its case at every
 * occurrence, then hash that fresh string again in every per-word lookup. An interned form's text caches its hash
 * and compares equal to itself at once.
 *
 * <p>The table is read without locking: a reader that misses (a form being added, or a table being replaced) falls
 * back to the locked path, which checks again. It stops growing at {@link #MAX_FORMS}; spellings past that get a
 * form of their own, equal in every answer but not shared.
 */
public final class WordForm {
    private static final int MAX_FORMS = 1 << 20;
    private static final Object LOCK = new Object();
    private static volatile WordForm[] table = new WordForm[1 << 14];
    private static int count;

    private static final byte LOWERCASE = 1;
    private static final byte CAPITALISED = 2;
    private static final byte ALL_CAPS = 4;
    private static final byte INNER_CAPITAL = 8;

    private final String text;
    private final int hash;
    /** The form's number in the table, from 0; -1 for a form the full table did not take. */
    private final int id;
    private final byte shape;
    /** Computed on first use; a lost race only computes it twice. */
    private String lower;

    private WordForm(String text, int hash, int id) {
        this.text = text;
        this.hash = hash;
        this.id = id;
        this.shape = shapeOf(text);
    }

    /** The form of {@code text[from, to)}, a non-empty word. */
    public static WordForm of(String text, int from, int to) {
        int hash = hash(text, from, to);
        WordForm[] t = table;
        int mask = t.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            WordForm f = t[slot];
            if (f == null) {
                break;
            }
            if (f.hash == hash && f.spells(text, from, to)) {
                return f;
            }
        }
        return add(text, from, to, hash);
    }

    private static WordForm add(String text, int from, int to, int hash) {
        synchronized (LOCK) {
            WordForm[] t = table;
            int mask = t.length - 1;
            int slot = hash & mask;
            for (WordForm f = t[slot]; f != null; slot = (slot + 1) & mask, f = t[slot]) {
                if (f.hash == hash && f.spells(text, from, to)) {
                    return f;
                }
            }
            if (count >= MAX_FORMS) {
                return new WordForm(text.substring(from, to), hash, -1);
            }
            WordForm form = new WordForm(text.substring(from, to), hash, count);
            boolean grow = 2 * (count + 1) > t.length;
            if (grow) {
                t = grown(t);
            }
            // The form's fields are final, so a reader that sees the reference sees them set.
            insert(t, form);
            count++;
            if (grow) {
                table = t;
            }
            return form;
        }
    }

    private static WordForm[] grown(WordForm[] old) {
        WordForm[] t = new WordForm[old.length * 2];
        for (WordForm f : old) {
            if (f != null) {
                insert(t, f);
            }
        }
        return t;
    }

    private static void insert(WordForm[] t, WordForm form) {
        int mask = t.length - 1;
        int slot = form.hash & mask;
        while (t[slot] != null) {
            slot = (slot + 1) & mask;
        }
        t[slot] = form;
    }

    /** The same as {@code text.substring(from, to).hashCode()}, so the interned text's own hash agrees. */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private boolean spells(String other, int from, int to) {
        return text.length() == to - from && text.regionMatches(0, other, from, to - from);
    }

    private static byte shapeOf(String text) {
        boolean lowercase = true;
        boolean allCaps = true;
        boolean inner = false;
        int codePoints = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            boolean upper = Character.isUpperCase(cp);
            lowercase &= !letter || Character.isLowerCase(cp);
            allCaps &= !letter || upper;
            inner |= i > 0 && upper;
            i += Character.charCount(cp);
            codePoints++;
        }
        int shape = (lowercase ? LOWERCASE : 0) | (Character.isUpperCase(text.codePointAt(0)) ? CAPITALISED : 0)
                | (allCaps && codePoints > 1 ? ALL_CAPS : 0) | (inner ? INNER_CAPITAL : 0);
        return (byte) shape;
    }

    public String text() {
        return text;
    }

    /** The form's number, dense from 0, for per-form tables ({@link FormMemo}); -1 when it has none. */
    public int id() {
        return id;
    }

    public String lower() {
        String l = lower;
        if (l == null) {
            lower = l = text.toLowerCase(Locale.ROOT);
        }
        return l;
    }

    /** No letter in upper or title case. */
    public boolean isLowercase() {
        return (shape & LOWERCASE) != 0;
    }

    /** The first code point is upper case. */
    public boolean isCapitalised() {
        return (shape & CAPITALISED) != 0;
    }

    /** More than one code point, and no letter that is not upper case. */
    public boolean isAllCaps() {
        return (shape & ALL_CAPS) != 0;
    }

    /** Upper case after the first code point, as in "iPhone" or "elDiario": a brand written on purpose. */
    public boolean hasInnerCapital() {
        return (shape & INNER_CAPITAL) != 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
