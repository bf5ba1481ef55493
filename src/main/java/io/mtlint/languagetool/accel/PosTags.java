package io.mtlint.languagetool.accel;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;

import java.util.Arrays;

/**
 * Numbers the part-of-speech tags that LanguageTool's taggers and disambiguation rules give readings, so that the
 * tags present in a sentence are a small bit set. The tags come from a language's data (English: a few hundred),
 * never from the text itself; should a language have more than 4,096, the extra ones get no number and a
 * sentence carrying one has no tag set, which turns the filtering off for it instead of making it wrong.
 */
final class PosTags {
    static final Numbering TAGS = new Numbering(4096);

    private PosTags() {
    }

    /**
     * The tags of every reading of every token of {@code sentence}, whitespace included, as a bit set by number;
     * null when a tag has no number.
     */
    static long[] of(AnalyzedSentence sentence) {
        long[] bits = new long[4];
        for (AnalyzedTokenReadings token : sentence.getTokens()) {
            for (int i = 0; i < token.getReadingsLength(); i++) {
                String tag = token.getAnalyzedToken(i).getPOSTag();
                if (tag == null) {
                    continue;
                }
                int id = TAGS.id(tag);
                if (id < 0) {
                    return null;
                }
                if (id >> 6 >= bits.length) {
                    bits = Arrays.copyOf(bits, Math.max(bits.length * 2, (id >> 6) + 1));
                }
                bits[id >> 6] |= 1L << id;
            }
        }
        return bits;
    }
}
