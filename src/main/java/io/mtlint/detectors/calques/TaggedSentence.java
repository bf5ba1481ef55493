package io.mtlint.detectors.calques;

import java.util.List;

/**
 * One sentence of a prose block as tagged tokens; offsets are the block's. {@code text} is the whole block, so a
 * check can look at quotation marks opened in an earlier sentence.
 */
record TaggedSentence(String text, List<Token> tokens) {
    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The token at {@code i}, or null past either end. */
    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    int start() {
        return tokens.get(0).start();
    }

    int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    /** The index of the first word token: the sentence's first word after any opening mark. */
    int firstWord() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isMark()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Whether the words of {@code phrase} ("according to") start at token {@code i}, in any case. */
    boolean phraseAt(int i, String phrase) {
        return wordsEnd(i, phrase, true) >= 0;
    }

    /**
     * Where the words of {@code phrase}, as written ("Costa Rica"), end when they start at token {@code i}
     * (exclusive), or -1.
     */
    int wordsEnd(int i, String phrase) {
        return wordsEnd(i, phrase, false);
    }

    /** Compares word by word in place: the checks ask this at every token of every sentence. */
    private int wordsEnd(int i, String phrase, boolean ignoreCase) {
        if (i < 0 || phrase.isEmpty()) {
            return -1;
        }
        int k = i;
        int pos = 0;
        while (pos < phrase.length()) {
            int space = phrase.indexOf(' ', pos);
            int end = space < 0 ? phrase.length() : space;
            if (k >= tokens.size()) {
                return -1;
            }
            String token = tokens.get(k).text();
            if (token.length() != end - pos || !phrase.regionMatches(ignoreCase, pos, token, 0, token.length())) {
                return -1;
            }
            k++;
            pos = space < 0 ? phrase.length() : space + 1;
        }
        return k;
    }

    /** Where the first of {@code phrases} starts between tokens {@code from} and {@code to}, or -1. */
    int find(java.util.Collection<String> phrases, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            for (String phrase : phrases) {
                if (phraseAt(i, phrase)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether a token from {@code from} (inclusive) to {@code to} (exclusive) is one of {@code words}. */
    boolean containsWord(int from, int to, java.util.Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
