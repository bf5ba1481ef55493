package io.mtlint.analysis;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a document written in the source language: the source-language spans of two or more words or in
 * brackets that the leftover check reads ({@link SourceLanguageSpans}), and every sentence whose words are mostly
 * the source's. A target-language
 * convention (noun capitals, a space before a colon, glued words, quotation marks) does not apply there: a fix
 * would write the target's typography into the source's text. The one answer to "is this source-language text",
 * computed once per document.
 */
public final class SourcePassages {
    private static final SourcePassages NONE = new SourcePassages(new int[0]);

    /** Document offsets, in pairs [start, end), sorted and apart. */
    private final int[] ranges;

    private SourcePassages(int[] ranges) {
        this.ranges = ranges;
    }

    private record Key(String target, String source) {
    }

    /** The source-language passages of a document; none when its source language is unknown. */
    public static SourcePassages of(RuleEnvironment env, Document document) {
        String sourceCode = env.sourceFor(document);
        if (sourceCode == null) {
            return NONE;
        }
        return document.derived(new Key(env.target(), sourceCode), () -> find(env, document, sourceCode));
    }

    private static SourcePassages find(RuleEnvironment env, Document document, String sourceCode) {
        SourceLanguageSpans finder = SourceLanguageSpans.forSource(env, sourceCode);
        List<int[]> found = new ArrayList<>();
        for (ProseBlock block : document.blocks()) {
            List<int[]> inBlock = new ArrayList<>();
            for (SourceLanguageSpans.Span s : SourceLanguageSpans.of(env, document, block)) {
                // One word is as often a name in lowercase ("rui costa"): the name's rules decide it.
                if (s.bracketed() || s.words() > 1) {
                    inBlock.add(new int[] {s.start(), s.end()});
                }
            }
            inBlock.addAll(finder.sourceSentences(block.text(), BlockWords.of(document, block)));
            for (int[] r : inBlock) {
                found.add(new int[] {block.toDocument(r[0]), block.toDocumentEnd(r[1])});
            }
        }
        if (found.isEmpty()) {
            return NONE;
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        int[] ranges = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            ranges[2 * i] = merged.get(i)[0];
            ranges[2 * i + 1] = merged.get(i)[1];
        }
        return new SourcePassages(ranges);
    }

    /** Whether the document text [start, end) lies inside one source-language passage. */
    public boolean covers(int start, int end) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges[2 * mid] > start) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return hi >= 0 && end <= ranges[2 * hi + 1];
    }

    public boolean isEmpty() {
        return ranges.length == 0;
    }
}
