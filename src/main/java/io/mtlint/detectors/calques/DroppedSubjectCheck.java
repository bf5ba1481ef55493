package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;

/**
 * A sentence that opens with its verb of saying: Spanish, Portuguese and Italian leave out a subject the verb's
 * ending already shows ("Afirma que…", "Apela a…", "Ribadisce che…"), and so do Russian and Ukrainian press
 * summaries; English must name it ("He affirms that…"). Only the verb's readings and what follows it decide: a
 * third-person verb of saying or urging from the target's construction data, then a that-clause with its own
 * subject, a quotation, or whom it urges and an infinitive. A word that is also a plural noun ("Appeals", "Warns"
 * is not) needs the quotation or the infinitive, so that "Appeals to the court are rare" and "Calls that came in"
 * stay subjects; verbs that open reference documentation ("Specifies that") are left alone.
 */
final class DroppedSubjectCheck implements SentenceCheck {
    /** How many tokens between a verb of urging and its infinitive or quotation: whom it urges. */
    private static final int ADDRESSEE = 8;

    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".dropped-subject", Category.CALQUE, Severity.WARNING,
            "A sentence that opens with its verb of saying (\"Insists that…\")",
            "Spanish, Portuguese and Italian leave out a subject the verb already shows (\"Afirma que…\", \"Apela "
                    + "a…\", \"Ribadisce che…\"), and Russian and Ukrainian press summaries do the same; word for "
                    + "word, the English sentence opens with its verb (\"Affirms that the plan…\"), which reads as a "
                    + "headline or a note. Flagged where a sentence opens with a verb of saying or urging in the third "
                    + "person followed by a that-clause with its own subject, a quotation, or whom it urges and what "
                    + "to do. Words that are also plural nouns (\"Appeals\", \"Stresses\") count only before a "
                    + "quotation or an infinitive, and verbs that open reference documentation (\"Specifies that\", "
                    + "\"Indicates\") not at all. From Romance, Russian and Ukrainian sources. Fix: name the speaker "
                    + "(\"She insists that\").",
            List.of(Example.bad("The coach left the pitch in silence. <marker>Insists</marker> that the referee "
                            + "was wrong.").in(null, "en"),
                    Example.bad("<marker>Appeals</marker> to the residents to keep the river banks clean.")
                            .in(null, "en"),
                    Example.bad("\u2022 <marker>Urges</marker> the council to publish the contracts.").in(null, "en"),
                    Example.good("She insists that the referee was wrong. Appeals to the high court are rare. "
                            + "Specifies that the port must be free. Warnings that came late were ignored. "
                            + "Stresses that build up in the frame crack it.").in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        int first = s.firstWord();
        Token verb = s.at(first);
        if (verb == null || !verb.isWord() || !verb.isCapitalised() || !verb.hasExactTag("VBZ")
                || opensQuotation(s, first)) {
            return;
        }
        Constructions.Verbs verbs = language.verbs();
        if (verb.hasLemmaIn(verbs.describing())) {
            return;
        }
        boolean plural = verb.hasExactTag("NNS");
        boolean found;
        if (verb.hasLemmaIn(verbs.appealing())) {
            found = urges(s, first + 1);
        } else if (saying(verb, verbs)) {
            found = says(s, first + 1, plural);
        } else {
            return;
        }
        if (found) {
            out.report(CHECK, verb.start(), verb.end(), "\u201c" + verb.text() + "\u201d opens the sentence "
                    + "without its subject, as the source does (\u201cAfirma que\u201d, \u201cApela a\u201d, "
                    + "\u201cRibadisce che\u201d); English names the speaker: \u201cHe " + verb.lower() + "\u201d, "
                    + "\u201cThe party " + verb.lower() + "\u201d.");
        }
    }

    private static boolean saying(Token verb, Constructions.Verbs verbs) {
        return verb.hasLemmaIn(verbs.reporting()) || verb.hasLemmaIn(verbs.personObjectReporting())
                || verb.hasLemmaIn(verbs.noThatClause()) || verb.hasLemmaIn(verbs.inverting());
    }

    /**
     * A quotation, or "that" and a clause with its own subject; for a word that is also a plural noun, "that" and a
     * quotation only ("Recalls that the maker issued" may be a noun with its relative clause).
     */
    private static boolean says(TaggedSentence s, int i, boolean plural) {
        Token next = s.at(i);
        if (next == null) {
            return false;
        }
        if (next.isMarkIn(Token.OPENING_QUOTES)) {
            return true;
        }
        if (!next.is("that")) {
            return false;
        }
        Token after = s.at(i + 1);
        if (after == null) {
            return false;
        }
        if (after.isMarkIn(Token.OPENING_QUOTES)) {
            return true;
        }
        boolean subject = after.isNumber() || after.isWord() && (after.isDeterminer() || !after.isVerbForm());
        return !plural && subject;
    }

    /**
     * Whom a verb of urging urges, then what to do: an infinitive or a quotation soon after, with no finite verb
     * between that would make the first word a noun subject ("Appeals to the court were rejected").
     */
    private static boolean urges(TaggedSentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + ADDRESSEE); i++) {
            Token t = s.get(i);
            if (t.isMarkIn(Token.OPENING_QUOTES)) {
                return i > from && s.get(i - 1).is("to") || i == from;
            }
            if (t.is("to") && i > from) {
                Token next = s.at(i + 1);
                if (next != null && (next.isMarkIn(Token.OPENING_QUOTES)
                        || next.hasExactTag("VB") && next.isLowercase())) {
                    return true;
                }
            }
            if (t.isMarkIn(",;:.!?") || t.hasExactTag("MD") || t.isOnlyVerb() && !t.hasExactTag("VB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} stands inside a quotation opened just before it: a quoted title, not a verb. */
    private static boolean opensQuotation(TaggedSentence s, int i) {
        Token before = s.at(i - 1);
        return before != null && before.isMarkIn(Token.OPENING_QUOTES + "'\u2018");
    }
}
