package io.mtlint.server;

import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.SentenceSplitter;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a document's prose, found by LanguageTool's sentence splitter for the language checked, with
 * their ranges in the document (markup included, as the API's offsets are) and their text (markup read as
 * what it stands for).
 */
final class SentenceIndex {
    record Sentence(int start, int end, String text) {
    }

    private final List<Sentence> sentences = new ArrayList<>();

    SentenceIndex(Document document, String language) {
        SentenceSplitter splitter = LanguageRegistry.sentenceSplitter(language);
        for (ProseBlock block : document.blocks()) {
            String view = block.text();
            int[] starts = splitter.sentenceStarts(view);
            for (int i = 0; i < starts.length; i++) {
                int from = starts[i];
                int to = i + 1 < starts.length ? starts[i + 1] : view.length();
                while (from < to && Character.isWhitespace(view.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(view.charAt(to - 1))) {
                    to--;
                }
                if (from < to) {
                    sentences.add(new Sentence(block.toDocument(from), block.toDocumentEnd(to),
                            view.substring(from, to)));
                }
            }
        }
    }

    List<Sentence> all() {
        return sentences;
    }

    /** The sentence a finding starting at {@code offset} belongs to: the last one starting at or before it. */
    Sentence at(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = sentences.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null ? found : sentences.isEmpty() ? null : sentences.get(0);
    }
}
