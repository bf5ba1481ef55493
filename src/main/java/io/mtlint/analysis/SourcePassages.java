package io.mtlint.analysis;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a document written in the source language: the source-language spans of two or more words or in
 * brackets that the leftover check reads ({@link SourceLanguageSpans}), every sentence whose words are mostly
 * the source's, and the short labels before a colon that are the source's ("Provider:" in a table cell). A target-language
 * convention (noun capitals, a space before a colon, glued words, quotation marks) does not apply there: a fix
 * would write the target's typography into the source's text. The one answer to "is this source-language text",
 * computed once per document.
 */
public final class SourcePassages {
    private static final SourcePassages NONE = new SourcePassages(new int[0], null, null);

    /** Document offsets, in pairs [start, end), sorted and apart. */
    private final int[] ranges;
    /** The document's text and the finder of its source's words; null when the source is unknown. */
    private final String text;
    private final SourceLanguageSpans finder;

    private SourcePassages(int[] ranges, String text, SourceLanguageSpans finder) {
        this.ranges = ranges;
        this.text = text;
        this.finder = finder;
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
            List<io.mtlint.text.Words.Word> words = BlockWords.of(document, block);
            inBlock.addAll(finder.sourceSentences(block.text(), words));
            inBlock.addAll(finder.sourceLabels(block, words));
            for (int[] r : inBlock) {
                found.add(new int[] {block.toDocument(r[0]), block.toDocumentEnd(r[1])});
            }
        }
        if (found.isEmpty()) {
            return new SourcePassages(new int[0], document.text(), finder);
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
        return new SourcePassages(ranges, document.text(), finder);
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

    /**
     * Whether the document text right before {@code offset} is a word only the source language's dictionary knows
     * ("are" in "Possible values are:"), outside any passage: the mark there may belong to source text too short to
     * tell, so a fix that writes the target's typography onto it is no safe one.
     */
    public boolean followsSourceWord(int offset) {
        if (finder == null || offset <= 0 || offset > text.length()) {
            return false;
        }
        int start = offset;
        while (start > 0 && io.mtlint.text.Words.isWordPart(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start < offset && finder.isSourceWord(text.substring(start, offset));
    }
}
