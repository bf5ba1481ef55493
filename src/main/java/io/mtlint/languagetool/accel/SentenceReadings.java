package io.mtlint.languagetool.accel;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

import java.util.Arrays;

/**
 * What the readings of one analysed sentence offer the rules' requirements: their tags, word forms and lemmas,
 * each numbered and taken on first need. Belongs to one thread and one state of the sentence.
 */
final class SentenceReadings {
    /**
     * The numbers of word forms and lemmas, by which requirements remember their verdicts on words (see
     * {@link WordRequirement}). Unlike tags, words come from the text, so the numbering stops at 262,144: a sentence
     * with a word that has no number has no word numbers, which turns the word filtering off for it instead of
     * making it wrong, and the memory stays bounded however long the process runs.
     */
    static final Numbering WORD_FORMS = new Numbering(1 << 18);

    private final AnalyzedSentence sentence;
    private long[] tags;
    private boolean tagsTaken;
    private int[] words;
    private int[] lemmas;
    private boolean wordsTaken;

    SentenceReadings(AnalyzedSentence sentence) {
        this.sentence = sentence;
    }

    /** The tags as a bit set (see {@link PosTags#of}); null when one has no number. */
    long[] tags() {
        if (!tagsTaken) {
            tags = PosTags.of(sentence);
            tagsTaken = true;
        }
        return tags;
    }

    /** The numbers of the word forms of every reading of the tokens a rule matches; null when one has none. */
    int[] words() {
        takeWords();
        return words;
    }

    /** The numbers of the lemmas of those readings, or their word forms where they have none; null likewise. */
    int[] lemmas() {
        takeWords();
        return lemmas;
    }

    private void takeWords() {
        if (wordsTaken) {
            return;
        }
        wordsTaken = true;
        AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
        Numbers forms = new Numbers(tokens.length * 2);
        Numbers lemmaForms = new Numbers(tokens.length * 2);
        for (AnalyzedTokenReadings token : tokens) {
            for (int i = 0; i < token.getReadingsLength(); i++) {
                AnalyzedToken reading = token.getAnalyzedToken(i);
                String form = reading.getToken();
                if (!forms.add(form) || !lemmaForms.add(reading.getLemma() != null ? reading.getLemma() : form)) {
                    return;
                }
            }
        }
        words = forms.toArray();
        lemmas = lemmaForms.toArray();
    }

    /** Numbers of word forms in the order met, each once in a row: readings of a token mostly share them. */
    private static final class Numbers {
        private int[] ids;
        private int count;
        private String last;

        Numbers(int capacity) {
            ids = new int[capacity];
        }

        /** Adds the number of {@code form}; false when it has none. */
        boolean add(String form) {
            if (form.equals(last)) {
                return true;
            }
            int id = WORD_FORMS.id(form);
            if (id < 0) {
                return false;
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2 + 4);
            }
            ids[count++] = id;
            last = form;
            return true;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, count);
        }
    }
}
