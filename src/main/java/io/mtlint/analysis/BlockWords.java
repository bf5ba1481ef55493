package io.mtlint.analysis;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

import java.util.List;

/** The words of a block, split once per document and shared by the detectors. */
public final class BlockWords {
    private BlockWords() {
    }

    private record Key(ProseBlock block) {
    }

    public static List<Words.Word> of(Document document, ProseBlock block) {
        return document.derived(new Key(block), () -> List.copyOf(Words.of(block.text())));
    }
}
