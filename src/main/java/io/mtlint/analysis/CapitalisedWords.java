package io.mtlint.analysis;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

import java.util.HashSet;
import java.util.Set;

/**
 * The capitalised words a document writes anywhere, found once per document: the names that a word glued to the
 * next, or a name in another spelling, is read against.
 */
public final class CapitalisedWords {
    private CapitalisedWords() {
    }

    private record Key() {
    }

    public static Set<String> of(Document document) {
        return document.derived(new Key(), () -> {
            Set<String> names = new HashSet<>();
            for (ProseBlock b : document.blocks()) {
                for (Words.Word w : BlockWords.of(document, b)) {
                    if (Character.isUpperCase(w.text().codePointAt(0))) {
                        names.add(w.text());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }
}
