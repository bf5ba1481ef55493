package io.mtlint.languagetool;

import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * How a document goes to LanguageTool: whole when it is short, as every article is, else in ranges of about
 * {@link #SIZE} characters. Ranges end between paragraphs; a paragraph longer than a range (a 5 MB file on one
 * line) is cut after a sentence, else at a space, else between two characters of its prose, never inside markup.
 */
final class Chunks {
    /** About 50 MB of LanguageTool's working memory, and a hundred steps of progress for 5 MB. */
    static final int SIZE = 50_000;
    /** The longest run of prose without a sentence end that goes to LanguageTool as one piece. */
    static final int MAX_RUN_ON = 2_000;

    /** A range of the document text. */
    record Range(int start, int end) {
    }

    private Chunks() {
    }

    static List<Range> of(Document document, int size) {
        return splitRunOns(document, bySize(document, size));
    }

    private static List<Range> bySize(Document document, int size) {
        String text = document.text();
        List<Range> ranges = new ArrayList<>();
        if (text.length() <= size) {
            ranges.add(new Range(0, text.length()));
            return ranges;
        }
        int start = 0;
        for (ProseBlock block : document.blocks()) {
            if (block.docEnd() - start <= size) {
                continue;
            }
            if (block.docStart() > start) {
                ranges.add(new Range(start, block.docStart()));
                start = block.docStart();
            }
            while (block.docEnd() - start > size) {
                int cut = cut(text, block, start, start + size);
                if (cut <= start) {
                    break; // no place to cut: the rest of the block goes whole
                }
                ranges.add(new Range(start, cut));
                start = cut;
            }
        }
        ranges.add(new Range(start, text.length()));
        return ranges;
    }

    /**
     * The ranges, cut again at a space wherever prose runs on for {@link #MAX_RUN_ON} characters without ending a
     * sentence: LanguageTool's work on a sentence grows faster than its length, and a page scraped without its
     * punctuation (a 2 MB line) would take an hour as one sentence. No sentence of prose is that long.
     */
    private static List<Range> splitRunOns(Document document, List<Range> ranges) {
        String text = document.text();
        List<Integer> cuts = new ArrayList<>();
        for (ProseBlock block : document.blocks()) {
            if (block.docEnd() - block.docStart() <= MAX_RUN_ON) {
                continue;
            }
            int since = block.docStart();
            for (ProseBlock.Piece piece : block.pieces()) {
                if (!piece.verbatim()) {
                    continue;
                }
                for (int i = Math.max(piece.docStart() + 1, since + 1); i < piece.docEnd(); i++) {
                    char before = text.charAt(i - 1);
                    if (!Character.isWhitespace(before)) {
                        continue;
                    }
                    if (endsSentenceBefore(text, i)) {
                        since = i;
                    } else if (i - since >= MAX_RUN_ON) {
                        cuts.add(i);
                        since = i;
                    }
                }
            }
        }
        if (cuts.isEmpty()) {
            return ranges;
        }
        List<Range> out = new ArrayList<>();
        int next = 0;
        for (Range r : ranges) {
            int start = r.start();
            while (next < cuts.size() && cuts.get(next) <= start) {
                next++;
            }
            while (next < cuts.size() && cuts.get(next) < r.end()) {
                out.add(new Range(start, cuts.get(next)));
                start = cuts.get(next++);
            }
            out.add(new Range(start, r.end()));
        }
        return out;
    }

    /** Whether a sentence ends just before the space before {@code i} ("fair. |Then"); the space is the caller's. */
    private static boolean endsSentenceBefore(String text, int i) {
        return i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0;
    }

    /** Where to cut {@code block} at or before {@code limit} and after the middle of {@code (start, limit]}. */
    private static int cut(String text, ProseBlock block, int start, int limit) {
        int floor = start + (limit - start) / 2;
        int sentence = -1;
        int space = -1;
        int any = -1;
        for (ProseBlock.Piece piece : block.pieces()) {
            if (piece.docStart() > limit) {
                break;
            }
            if (piece.docStart() > floor) {
                any = piece.docStart(); // between two pieces
            }
            if (!piece.verbatim()) {
                continue;
            }
            int from = Math.max(piece.docStart() + 1, floor);
            int to = Math.min(piece.docEnd() - 1, limit);
            for (int i = from; i <= to; i++) {
                char before = text.charAt(i - 1);
                if (Character.isWhitespace(before)) {
                    space = i;
                    if (endsSentenceBefore(text, i)) {
                        sentence = i;
                    }
                }
                if (!Character.isHighSurrogate(before)) {
                    any = i;
                }
            }
        }
        return sentence > 0 ? sentence : space > 0 ? space : any;
    }
}
