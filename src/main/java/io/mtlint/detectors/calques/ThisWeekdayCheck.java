package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Capitalisation;

/**
 * "This Tuesday" for a day that has passed: Spanish "este martes", Catalan "aquest dimarts", Portuguese "nesta
 * terça-feira", French "ce mardi" and Italian "questo martedì" date the day's news so; English "this Tuesday" looks
 * ahead, and a past event happened "on Tuesday". The tense is the one of the verb nearest the weekday, wherever
 * the weekday stands; a present verb of saying counts as past, since French and Italian news narrate speech in the
 * present ("confie ce samedi"). A clause that speaks of the future near the weekday is left alone.
 */
final class ThisWeekdayCheck implements SentenceCheck {
    /** How many tokens on either side of the weekday a future marker belongs to its clause. */
    private static final int NEAR = 6;
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".this-weekday", Category.CALQUE, Severity.WARNING,
            "\"This Tuesday\" for a day that has passed",
            "Spanish (\"este martes\"), Catalan, Portuguese (\"nesta terça-feira\"), French (\"ce mardi\") and "
                    + "Italian news date the day's events with \"this\" and the weekday; in English \"this Tuesday\" "
                    + "points ahead, and what has happened happened \"on Tuesday\". Flagged when the verb nearest the "
                    + "weekday is in the past, or is a verb of saying in the present (French and Italian news "
                    + "narrate speech in the present: \"confie ce samedi\"), and nothing in the sentence speaks of "
                    + "the future. From any source. Fix "
                    + "(suggested): \"on Tuesday\".",
            java.util.List.of(
                    Example.bad("Two climbers were rescued <marker>this Thursday</marker> near the summit.",
                            "Two climbers were rescued on Thursday near the summit.").in(null, "en"),
                    Example.bad("<marker>This Sunday</marker>, after a long count, the opposition claimed victory.",
                            "On Sunday, after a long count, the opposition claimed victory.").in(null, "en"),
                    Example.good("The board meets this Thursday; the fair, which opened in May, closes this Sunday.").in(null, "en"),
                    Example.good("She said the ferry would sail this Friday, and the union will strike this Monday.").in(null, "en")),
            "built-in", java.util.List.of("en.this-weekday"));

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Token weekday = s.get(i + 1);
            if (!s.get(i).is("this") || !isWeekday(weekday, language) || deadline(s.at(i - 1))) {
                continue;
            }
            if (speaksOfFuture(s, i - NEAR, i + 2 + NEAR, language)
                    || !past(s, nearestVerb(s, i, i + 1, language), language)) {
                continue;
            }
            Token self = s.get(i);
            String day = Capitalisation.capitalise(weekday.lower());
            String fix = Capitalisation.followCase(self.text(), "on") + " " + day;
            out.report(CHECK, self.start(), weekday.end(), "\u201c" + s.text().substring(self.start(), weekday.end())
                            + "\u201d for a day that has passed is the source's \u201ceste martes\u201d / \u201cce mardi\u201d;"
                            + " English says \u201con " + day + "\u201d.",
                    BlockFix.replace(self.start(), weekday.end(), fix, false, "replace with \u201c" + fix + "\u201d"));
        }
    }

    /** "by this Friday", "until this Friday": a time limit, which looks ahead. */
    private static boolean deadline(Token before) {
        return before != null && (before.is("by") || before.is("until") || before.is("till") || before.is("before"));
    }

    static boolean isWeekday(Token t, Constructions language) {
        if (!t.isWord()) {
            return false;
        }
        for (String day : language.weekdays()) {
            if (day.equalsIgnoreCase(t.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word or phrase in tokens {@code from..to} makes the clause about the future ("will", "they'll", "is
     * to", "next").
     */
    static boolean speaksOfFuture(TaggedSentence s, int from, int to, Constructions language) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            if (s.get(i).lower().replace('\u2019', '\'').endsWith("'ll")) {
                return true;
            }
        }
        return s.find(language.futureMarkers(), from, to) >= 0;
    }

    /**
     * Whether the verb at {@code verb} tells of a day gone by: a past form, or a present one that reports speech
     * ("confides one of the judges this Saturday"), which French, Italian and Spanish news write in the present of
     * narration and English only in the past.
     */
    private static boolean past(TaggedSentence s, int verb, Constructions language) {
        if (verb < 0) {
            return false;
        }
        Clauses.Tense tense = Clauses.tenseAt(s, verb, language);
        Constructions.Verbs verbs = language.verbs();
        return tense == Clauses.Tense.PAST || tense == Clauses.Tense.PRESENT && s.get(verb).hasExactTag("VBZ")
                && (s.get(verb).hasLemmaIn(verbs.reporting()) || s.get(verb).hasLemmaIn(verbs.inverting()));
    }

    /**
     * The index of the verb nearest the words {@code from..to} within their clause (semicolons part clauses), the
     * earlier one when two are as near; -1 when the clause has none.
     */
    static int nearestVerb(TaggedSentence s, int from, int to, Constructions language) {
        int first = from;
        while (first > 0 && !s.get(first - 1).isMarkIn(";")) {
            first--;
        }
        int last = to;
        while (last + 1 < s.size() && !s.get(last + 1).isMarkIn(";")) {
            last++;
        }
        for (int d = 1; from - d >= first || to + d <= last; d++) {
            if (from - d >= first && Clauses.tenseAt(s, from - d, language) != null) {
                return from - d;
            }
            if (to + d <= last && Clauses.tenseAt(s, to + d, language) != null) {
                return to + d;
            }
        }
        return -1;
    }
}
