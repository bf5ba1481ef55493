package io.mtlint.detectors.calques;

import io.mtlint.lang.Constructions;

/** What the tags say about verbs and their tense around a place in a sentence. */
final class Clauses {
    /** The tense a verb form shows. */
    enum Tense { PAST, PRESENT, FUTURE, NONFINITE }

    private Clauses() {
    }

    /**
     * The tense of the token at {@code i} read as a verb, or null when it is not one: a word with noun or adjective
     * readings ("plant", "present") counts only right after a subject pronoun, a name or an auxiliary.
     */
    static Tense tenseAt(TaggedSentence s, int i, Constructions language) {
        Token t = s.get(i);
        if (!t.isWord() || !t.isVerbForm()) {
            return null;
        }
        if (t.hasExactTag("MD")) {
            return t.is("will") || t.is("shall") || t.is("'ll") ? Tense.FUTURE : Tense.NONFINITE;
        }
        Token next = s.at(i + 1);
        if (!t.isOnlyVerb() && next != null && next.isWord() && next.isLowercase() && next.isOnlyVerb()
                && (next.hasExactTag("VBD") || next.hasExactTag("VBZ"))) {
            return null; // a noun before its own verb: "the interim coach praised"
        }
        if (t.isCommonNoun() && next != null && next.is("of")) {
            return null; // a noun before its complement: "the interim coach of the club"
        }
        if (!t.isOnlyVerb() && !afterSubject(s, i, language)) {
            boolean participle = (t.hasExactTag("VBD") || t.hasExactTag("VBN")) && !t.hasExactTag("VB")
                    && !t.isCommonNoun() && t.lower().endsWith("ed");
            if (!participle) {
                return null;
            }
        }
        if (t.hasExactTag("VBD") || t.hasExactTag("VBN")) {
            Token before = s.at(i - 1);
            if (before != null && auxiliary(before)) {
                return before.hasExactTag("VBZ") && before.is("is") || before.hasExactTag("VBP") && !before.is("have")
                        || before.is("be") || before.is("being") ? Tense.PRESENT : Tense.PAST;
            }
            if (t.hasExactTag("VB") || t.hasExactTag("VBP") || t.hasExactTag("VBZ")) {
                return null;
            }
            return Tense.PAST;
        }
        if (t.hasExactTag("VBZ") || t.hasExactTag("VBP")) {
            return Tense.PRESENT;
        }
        return Tense.NONFINITE;
    }

    /**
     * Whether the word before {@code i} is a subject: a pronoun, a name, a determiner and a noun ("the board
     * meets"), or an auxiliary; weekdays and months date a verb rather than do it.
     */
    private static boolean afterSubject(TaggedSentence s, int i, Constructions language) {
        Token before = s.at(i - 1);
        Token determiner = s.at(i - 2);
        boolean nounPhrase = before != null && before.isCommonNoun() && !before.isAdjective() && before.isLowercase()
                && determiner != null
                && determiner.isDeterminer();
        return nounPhrase || before != null && (before.hasExactTag("PRP") || before.hasTag("NNP") && before.isCapitalised()
                && !language.isWeekday(before.text()) && !language.isMonth(before.text())
                || before.hasExactTag("MD") || before.hasExactTag("TO") || auxiliary(before));
    }

    static boolean auxiliary(Token t) {
        return t.hasLemmaIn(java.util.Set.of("be", "have")) && t.isOnlyVerb();
    }
}
