package io.mtlint.analysis;

import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words a document writes capitalised in mid-sentence: its own names ("Dvalishvili", "Gobierno"), which no
 * dictionary need know. A capital at a sentence's start, or right after an editorial insertion ("[…] It was"),
 * says nothing, and neither does an acronym.
 */
public final class DocumentNames {
    private DocumentNames() {
    }

    /** The names in the blocks {@code include} accepts, worked out once per document under {@code key}. */
    public static Set<String> of(Document document, Object key, Predicate<ProseBlock> include) {
        return document.derived(key, () -> {
            Set<String> names = new HashSet<>();
            for (ProseBlock b : document.blocks()) {
                if (!include.test(b)) {
                    continue;
                }
                String t = b.text();
                for (Words.Word w : BlockWords.of(document, b)) {
                    if (w.isCapitalised() && !w.isAllCaps() && !Sentences.startsSentence(t, w.start())
                            && !afterInsertion(t, w.start())) {
                        names.add(w.text());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }

    private static boolean afterInsertion(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ']' || text.charAt(i) == ')');
    }
}
