package io.mtlint.detectors.calques;

import java.util.Locale;
import java.util.Set;

/**
 * A word, number or mark of a sentence with the target tagger's readings (empty for marks and unknown words):
 * part-of-speech tags and lowercase lemmas.
 */
record Token(int start, int end, String text, String lower, Set<String> tags, Set<String> lemmas) {
    /** The checks compare lowercase forms at every token of every sentence: fold once. */
    Token(int start, int end, String text, Set<String> tags, Set<String> lemmas) {
        this(start, end, text, text.toLowerCase(Locale.ROOT), tags, lemmas);
    }

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isMark() {
        return !isWord() && !isNumber();
    }

    /** The marks that open a double quotation in the source languages' typography and English's. */
    static final String OPENING_QUOTES = "\"\u201c\u00ab\u201e";

    /** Whether this is one of {@code marks} (a one-character token). */
    boolean isMarkIn(String marks) {
        return text.length() == 1 && marks.indexOf(text.charAt(0)) >= 0;
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowercase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /** Whether a tag starts with {@code prefix} ("VB" matches VBD and VBZ, "NN" every noun tag). */
    boolean hasTag(String prefix) {
        for (String t : tags) {
            if (t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    boolean hasExactTag(String tag) {
        return tags.contains(tag);
    }

    boolean hasLemmaIn(Set<String> lemmas) {
        for (String l : this.lemmas) {
            if (lemmas.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** A reading as a common noun (not a name). */
    boolean isCommonNoun() {
        for (String t : tags) {
            if (t.startsWith("NN") && !t.startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    boolean isAdjective() {
        return hasTag("JJ");
    }

    /** An adverb with no reading as a verb, a preposition or a question word ("thus", "again"; not "as", "how"). */
    boolean isPlainAdverb() {
        return hasTag("RB") && !isVerbForm() && !hasExactTag("IN") && !hasExactTag("WRB");
    }

    /** Some reading as a verb form (VB, VBD, VBG, VBN, VBP, VBZ) or modal. */
    boolean isVerbForm() {
        return hasTag("VB") || hasExactTag("MD");
    }

    /** Only verb readings: "announced", not "plant" or "present". */
    boolean isOnlyVerb() {
        if (tags.isEmpty()) {
            return false;
        }
        for (String t : tags) {
            if (!t.startsWith("VB") && !t.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    boolean isDeterminer() {
        return hasExactTag("DT") || hasExactTag("PRP$") || hasExactTag("PDT");
    }
}
