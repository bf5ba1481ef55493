package io.mtlint.languagetool;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

import java.util.Arrays;

/**
 * What the readings of one analysed sentence offer the rules' requirements: their tags, word forms and lemmas,
 * each numbered and taken on first need. Belongs to one thread and one state of the sentence.
 */
final class SentenceReadings {
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
        int[] forms = new int[tokens.length * 2];
        int[] lemmaForms = new int[tokens.length * 2];
        int formCount = 0;
        int lemmaCount = 0;
        String lastForm = null;
        String lastLemma = null;
        for (AnalyzedTokenReadings token : tokens) {
            for (int i = 0; i < token.getReadingsLength(); i++) {
                AnalyzedToken reading = token.getAnalyzedToken(i);
                String form = reading.getToken();
                String lemma = reading.getLemma() != null ? reading.getLemma() : form;
                // Readings of one token mostly share their form and often their lemma: numbered once.
                if (!form.equals(lastForm)) {
                    int id = WordForms.id(form);
                    if (id < 0) {
                        return;
                    }
                    forms = add(forms, formCount++, id);
                    lastForm = form;
                }
                if (!lemma.equals(lastLemma)) {
                    int id = WordForms.id(lemma);
                    if (id < 0) {
                        return;
                    }
                    lemmaForms = add(lemmaForms, lemmaCount++, id);
                    lastLemma = lemma;
                }
            }
        }
        words = Arrays.copyOf(forms, formCount);
        lemmas = Arrays.copyOf(lemmaForms, lemmaCount);
    }

    private static int[] add(int[] ids, int at, int id) {
        int[] room = at < ids.length ? ids : Arrays.copyOf(ids, ids.length * 2 + 4);
        room[at] = id;
        return room;
    }
}
