package io.mtlint.languagetool;

import org.languagetool.Language;
import org.languagetool.tokenizers.SentenceTokenizer;

import java.util.ArrayList;
import java.util.List;

/** LanguageTool's SRX sentence segmentation, returning sentence boundaries as offsets. */
public final class SentenceSplitter {
    private final SentenceTokenizer tokenizer;

    SentenceSplitter(Language language) {
        this.tokenizer = language.createDefaultSentenceTokenizer();
    }

    /** Start offsets of every sentence in {@code text}; the first is always 0. */
    public int[] sentenceStarts(String text) {
        List<String> sentences;
        synchronized (tokenizer) {
            sentences = tokenizer.tokenize(text);
        }
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (String s : sentences) {
            starts.add(offset);
            offset += s.length();
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
