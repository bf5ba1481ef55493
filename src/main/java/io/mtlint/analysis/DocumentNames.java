package io.mtlint.analysis;

import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words a document writes capitalised in mid-sentence: its own names ("Dvalishvili", "Gobierno"), which no
 * dictionary need know. A capital at a sentence's start, right after an editorial insertion ("[…] It was") or a
 * semicolon (where translation restarts sentences), says nothing, and neither does an acronym.
 */
public final class DocumentNames {
    private DocumentNames() {
    }

    /** The names in the blocks {@code include} accepts, worked out once per document under {@code key}. */
    public static Set<String> of(Document document, Object key, Predicate<ProseBlock> include) {
        return of(document, key, include, false);
    }

    /**
     * As {@link #of(Document, Object, Predicate)}; with {@code standingAlone}, only words capitalised between
     * lowercase ones count: documentation capitalises the words of product names and cited titles ("Oxc
     * Minifier", "the Newtype Pattern") that it otherwise writes in lowercase.
     */
    public static Set<String> of(Document document, Object key, Predicate<ProseBlock> include, boolean standingAlone) {
        return document.derived(key, () -> {
            Set<String> names = new HashSet<>();
            for (ProseBlock b : document.blocks()) {
                if (!include.test(b)) {
                    continue;
                }
                String t = b.text();
                List<Words.Word> words = BlockWords.of(document, b);
                for (int k = 0; k < words.size(); k++) {
                    Words.Word w = words.get(k);
                    if (w.isCapitalised() && !w.isAllCaps() && !Sentences.startsSentence(t, w.start())
                            && !afterInsertion(t, w.start())
                            && (!standingAlone || !capitalised(words, k - 1) && !capitalised(words, k + 1))) {
                        names.add(w.text());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }

    private static boolean capitalised(List<Words.Word> words, int k) {
        return k >= 0 && k < words.size() && Character.isUpperCase(words.get(k).text().codePointAt(0));
    }

    private static boolean afterInsertion(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ']' || text.charAt(i) == ')' || text.charAt(i) == ';');
    }
}
