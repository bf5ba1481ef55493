package io.mtlint.detectors.quotes;

import io.mtlint.analysis.QuotationMarks;
import io.mtlint.analysis.QuotationMarks.Mark;
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
 * verbs, subject pronouns and speakers.
 */
final class ReportingClauseInside {
    static final RuleInfo CHECK = RuleInfo.check(QuotesRule.ID, "over-reporting-clause", Category.QUOTES,
            Severity.WARNING, "A quotation that runs on over its reporting clause",
            "A comma inside a quotation's marks followed by a reporting clause that names the speaker and ends "
                    + "with a stop or comma (\", said resident Tatyana Ivanova.\", \", he said,\"): the closing "
                    + "mark belongs before the clause, as Russian and Ukrainian dashes or lost marks leave it. "
                    + "A quotation that quotes a clause without a speaker (\", said nothing\") stays clean. Reported "
                    + "at the comma. Fix (suggested): close the quotation there.",
            Example.bad("\u201cThe whole village was taken hostage<marker>,</marker> said local resident Tatyana Ivanova. "
                            + "We were in a real blockade.\u201d",
                    "\u201cThe whole village was taken hostage,\u201d said local resident Tatyana Ivanova. "
                            + "We were in a real blockade.\u201d").in("ru", "en"),
            Example.good("\u201cWe will win,\u201d she said. \u201cIt is over.\u201d").in("ru", "en"),
            Example.good("\u201cI was tired, said nothing and went home,\u201d he recalled.").in("ru", "en"));

    /** The most words between the verb and the speaker ("said local resident Tatyana"). */
    private static final int SPEAKER_WITHIN_WORDS = 3;
    /** The most words of a reporting clause after its verb (a title and a name of three). */
    private static final int MAX_CLAUSE_WORDS = 8;

    private final Constructions language;
    private final Set<String> reportingVerbs;

    ReportingClauseInside(Constructions language) {
        this.language = language;
        this.reportingVerbs = language.verbs().ofSpeech();
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
                if (comma + 1 < close.at() && text.charAt(comma + 1) == ' '
                        && endsClause(Words.of(text, comma + 1, close.at()), text, close.at(), lexicon)) {
                    out.report(CHECK, comma, comma + 1, "The quotation runs on over its reporting clause: close it "
                                    + "before the speaker is named",
                            BlockFix.replace(comma, comma + 1, style.commaInside() ? "," + style.close()
                                    : style.close() + ",", false, "close the quotation here"));
                    break;
                }
            }
        }
    }

    /**
     * Whether the words open a reporting clause that names its speaker and then ends with a stop or comma: a verb
     * and a speaker ("said the mayor.", "said local resident Ana Ruiz,"), or a subject pronoun and a verb ("he
     * said,").
     */
    private boolean endsClause(List<Words.Word> words, String text, int limit, Lexicon lexicon) {
        if (words.size() < 2) {
            return false;
        }
        Words.Word first = words.get(0);
        Words.Word second = words.get(1);
        if (language.subjectPronouns().contains(first.text()) && isReportingVerb(second.text(), lexicon)) {
            return endsAt(text, second.end(), limit);
        }
        if (!isReportingVerb(first.text(), lexicon)) {
            return subjectFirst(words, text, limit, lexicon);
        }
        boolean speaker = false;
        for (int k = 1; k < words.size() && k <= MAX_CLAUSE_WORDS; k++) {
            Words.Word w = words.get(k);
            speaker |= k <= SPEAKER_WITHIN_WORDS && (w.isCapitalised()
                    || language.speakers().contains(w.text().toLowerCase(Locale.ROOT)));
            if (speaker && endsAt(text, w.end(), limit)) {
                return true;
            }
            if (w.end() < limit && ",.!?".indexOf(text.charAt(w.end())) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * A speaker before the verb: a name or a speaker noun after an article ("the mayor said on Monday.", "Ana Ruiz
     * added,"), a few words of time or place allowed after the verb.
     */
    private boolean subjectFirst(List<Words.Word> words, String text, int limit, Lexicon lexicon) {
        int k = 0;
        boolean speaker = false;
        if (ARTICLES.contains(words.get(0).text())) {
            k = 1;
        }
        for (; k < words.size() && k <= SPEAKER_WITHIN_WORDS; k++) {
            Words.Word w = words.get(k);
            if (isReportingVerb(w.text(), lexicon)) {
                break;
            }
            boolean names = w.isCapitalised() || k > 0 && language.speakers().contains(w.text().toLowerCase(Locale.ROOT));
            if (!names || w.end() < limit && text.charAt(w.end()) != ' ') {
                return false;
            }
            speaker = true;
        }
        if (!speaker || k >= words.size() || !isReportingVerb(words.get(k).text(), lexicon)) {
            return false;
        }
        for (int after = k; after < words.size() && after <= k + WORDS_AFTER_VERB; after++) {
            if (endsAt(text, words.get(after).end(), limit)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("the");
    /** Words of time or place a reporting clause may end with ("said on Monday"). */
    private static final int WORDS_AFTER_VERB = 3;

    /** A stop or comma right after the word, before the quotation's closing mark. */
    private static boolean endsAt(String text, int at, int limit) {
        return at < limit && ",.!?".indexOf(text.charAt(at)) >= 0;
    }

    /** A lowercase form of a reporting verb ("said", "added"); the lemma alone would be an imperative. */
    private boolean isReportingVerb(String word, Lexicon lexicon) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        Lexicon.Entry entry = lexicon.lookup(word);
        return entry.lemmas().stream().anyMatch(reportingVerbs::contains) && !entry.lemmas().contains(word);
    }
}
