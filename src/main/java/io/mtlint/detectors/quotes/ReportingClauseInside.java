package io.mtlint.detectors.quotes;

import io.mtlint.analysis.QuotationMarks;
import io.mtlint.analysis.QuotationMarks.Mark;
import io.mtlint.analysis.ReportingVerbs;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.lang.QuoteStyle;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reporting clause inside a quotation's marks ("“The village was taken hostage, said resident Tatyana Ivanova.
 * Men in uniform …”"): the source set the speech off with dashes, or the translation lost the marks around the
 * clause, and the quotation runs on over its own speaker. Read in targets whose constructions name their reporting
 * verbs and speakers.
 */
final class ReportingClauseInside {
    static final RuleInfo CHECK = RuleInfo.check(QuotesRule.ID, "over-reporting-clause", Category.QUOTES,
            Severity.WARNING, "A quotation that runs on over its reporting clause",
            "Inside a quotation's marks, a comma, a reporting verb and its speaker (\", said local resident Tatyana "
                    + "Ivanova.\", \", he said.\"), a full stop, and more of the quotation: the source set the speech off with dashes, "
                    + "or the translation lost the marks around the clause, so the quotation runs on over its own "
                    + "speaker. The speaker is a name or one of the target's speaker nouns within three words of the "
                    + "verb; a clause that ends with a comma (\"\u201cOkay, said Tom, and left\u201d\"), one whose verb "
                    + "may take a person as object (\"warned the minister\"), and a reporting verb before what was "
                    + "said (\"the minister said it was over\") stay clean. Reported at the comma. Fix (suggested): "
                    + "close the quotation before the clause and open it again after it.",
            Example.bad("\u201cThe whole village was taken hostage<marker>,</marker> said local resident Tatyana Ivanova. "
                            + "We were in a real blockade.\u201d",
                    "\u201cThe whole village was taken hostage,\u201d said local resident Tatyana Ivanova. "
                            + "\u201cWe were in a real blockade.\u201d").in("ru", "en"),
            Example.good("\u201cWe will win,\u201d she said. \u201cIt is over.\u201d").in("ru", "en"),
            Example.good("\u201cLast week, the minister said it was over. Now nobody knows.\u201d").in("ru", "en"),
            Example.good("\u201cOkay, said Tom, and left the room,\u201d is how the story begins.").in("ru", "en"),
            Example.good("\u201cWhen I called him, he said, \u2018Don\u2019t worry.\u2019 So I didn\u2019t.\u201d").in("ru", "en"),
            Example.bad("\u201cNobody came to help<marker>,</marker> she said. We waited all night.\u201d",
                    "\u201cNobody came to help,\u201d she said. \u201cWe waited all night.\u201d").in("ru", "en"));

    /** The dashes that resume speech after a reporting clause ("— Men in uniform …"), as the source sets it. */
    private static final String SPEECH_DASHES = "\u2014\u2013-";
    /** The most words between the verb and the speaker ("said local resident Tatyana"). */
    private static final int SPEAKER_WITHIN_WORDS = 3;
    /** The most words of a reporting clause after its verb (a title and a name of three). */
    private static final int MAX_CLAUSE_WORDS = 8;

    private final Constructions language;

    ReportingClauseInside(Constructions language) {
        this.language = language;
    }

    void check(String text, QuotationMarks quotes, QuoteStyle style, Lexicon lexicon, BlockReporter out) {
        if (!language.isKnown()) {
            return;
        }
        for (Mark open : quotes.marks()) {
            Mark close = quotes.partnerOf(open);
            if (!open.opens() || open.problem() != QuotationMarks.Problem.NONE || close == null) {
                continue;
            }
            for (int comma = text.indexOf(',', open.at()); comma >= 0 && comma < close.at();
                 comma = text.indexOf(',', comma + 1)) {
                int resumes = comma + 1 < close.at() && text.charAt(comma + 1) == ' '
                        ? resumesAfterClause(Words.of(text, comma + 1, close.at()), text, close.at(), lexicon) : -1;
                if (resumes >= 0) {
                    out.report(CHECK, comma, comma + 1, "The quotation runs on over its reporting clause: close it "
                                    + "before the speaker is named and open it again after",
                            new BlockFix(List.of(new BlockFix.Edit(comma, comma + 1, style.commaInside()
                                            ? "," + style.close() : style.close() + ","),
                                    new BlockFix.Edit(resumes, resumeEnd(text, resumes), String.valueOf(style.open()))),
                                    false, "close the quotation before the clause and reopen it after"));
                    break;
                }
            }
        }
    }

    /**
     * Where the quotation goes on after a reporting clause that opens the words: a reporting verb, its speaker
     * within a few words, the rest of the speaker's name or title, a full stop, and another word before the
     * quotation's closing mark; -1 when the words are no such clause.
     */
    private int resumesAfterClause(List<Words.Word> words, String text, int limit, Lexicon lexicon) {
        if (words.size() < 3) {
            return -1;
        }
        if (lexicon.descriptor().typography().subjectPronouns().contains(words.get(0).text())
                && ReportingVerbs.afterSubject(lexicon, words.get(1).text())) {
            return resumesAfter(words, 1, text, limit); // ", he said. Men in uniform …"
        }
        if (!ReportingVerbs.is(lexicon, words.get(0).text())) {
            return -1;
        }
        boolean speaker = false;
        for (int k = 1; k < words.size() && k <= MAX_CLAUSE_WORDS; k++) {
            Words.Word w = words.get(k);
            boolean names = w.isCapitalised() && !w.text().equals("I")
                    || language.speakers().contains(w.text().toLowerCase(Locale.ROOT));
            if (!speaker && (k > SPEAKER_WITHIN_WORDS || w.isLowercase() && !isModifier(w, lexicon) && !names)) {
                return -1;
            }
            speaker |= names;
            if (speaker && !names) {
                return -1; // the speaker is named; a word that names no one starts what was said
            }
            if (w.end() < limit && text.charAt(w.end()) != ' ') {
                return speaker ? resumesAfter(words, k, text, limit) : -1;
            }
        }
        return -1;
    }

    /** Where the quotation goes on when a full stop ends the clause at word {@code k} and a word follows; else -1. */
    private static int resumesAfter(List<Words.Word> words, int k, String text, int limit) {
        int after = words.get(k).end();
        if (after >= limit || text.charAt(after) != '.' || k + 1 >= words.size()) {
            return -1;
        }
        int next = words.get(k + 1).start();
        return next - dashBefore(text, next);
    }

    /**
     * An article or a word of a speaker's description ("the", "local", "resident"): a determiner, or a word with no
     * reading as a verb or another function word.
     */
    private static boolean isModifier(Words.Word w, Lexicon lexicon) {
        Set<String> tags = lexicon.lookup(w.text()).tags();
        return !tags.isEmpty() && (tags.stream().allMatch(lexicon.descriptor()::isDeterminerTag)
                || tags.stream().noneMatch(t -> lexicon.descriptor().isVerbTag(t) || lexicon.descriptor().isFunctionTag(t)));
    }

    /** How far before {@code at} a dash and a space stand ("— Men"), which the reopening mark replaces; else 0. */
    private static int dashBefore(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && SPEECH_DASHES.indexOf(text.charAt(at - 2)) >= 0 ? 2 : 0;
    }

    /** The end of what the reopening mark replaces: a dash and its space, or nothing. */
    private static int resumeEnd(String text, int resumes) {
        return SPEECH_DASHES.indexOf(text.charAt(resumes)) >= 0 ? resumes + 2 : resumes;
    }
}
