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

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct speech opened with a dash, as Scandinavian, Slavic and Portuguese news set it ("– Vi er glade, sier
 * hun"): machine translation keeps the dash where the target opens the quotation with a mark. Read only in targets
 * whose constructions name their reporting verbs, which tell speech from a list item.
 */
final class DashQuotations {
    static final RuleInfo DASH_OPENED = RuleInfo.check(QuotesRule.ID, "dash-opened", Category.QUOTES, Severity.WARNING,
            "Direct speech opened with a dash",
            "A paragraph that opens with a dash and is someone's words: it ends in a reporting clause after a comma "
                    + "(\"…, says the officer\"), or a closing quotation mark ends the words though nothing opened "
                    + "them. Danish, Norwegian, Swedish, Polish, Russian and Portuguese papers set speech so; English "
                    + "opens it with a quotation mark. A paragraph that names no speaker (a list item) stays clean, "
                    + "and so does one that closes the words with a second dash, which the target's pack reads. "
                    + "Reported at the dash. Fix (safe where the closing mark is there, suggested otherwise): the "
                    + "opening mark, and the closing one before the comma of the reporting clause.",
            Example.bad("<marker>–</marker> We were very pleased with the night, ” says duty officer Ole Berg.",
                    "“We were very pleased with the night, ” says duty officer Ole Berg.").in("ru", "en"),
            Example.bad("<marker>–</marker> It has been a calm night in the city, says duty officer Karsten Lund.",
                    "“It has been a calm night in the city,” says duty officer Karsten Lund.").in("pt", "en"),
            Example.good("– The council approved the budget for the new school year.").in("pt", "en"),
            Example.good("– The council met, said the mayor. The budget passed on Friday.").in("pt", "en"));

    /** The dash and the space after it, then the capital that opens the words. */
    private static final Pattern OPENING_DASH = Pattern.compile("^([–—-])[ \\u00a0](?=\\p{Lu})");
    /** A comma and a word, and the word after it: a reporting verb, or a pronoun and the verb ("…, says", "…, he said"). */
    private static final Pattern REPORTING_CLAUSE = Pattern.compile(
            ",[ \\u00a0](\\p{L}+)(?:[ \\u00a0](\\p{Ll}+))?\\b");
    /** The words after the verb, up to four, where the speaker is named. */
    private static final Pattern NEXT_WORDS = Pattern.compile("\\G[ \\u00a0]+([\\p{L}-]+)");
    private static final int SPEAKER_WITHIN_WORDS = 4;
    /** A second dash after a space: the source's closing dash, before its reporting verb. */
    private static final Pattern CLOSING_DASH = Pattern.compile("[ \\u00a0][–—-][ \\u00a0]");

    private DashQuotations() {
    }

    /**
     * Reports a dash that opens direct speech and returns the closing mark that ends the speech, whose missing
     * opening mark the dash stands for, or null.
     */
    static Mark check(String text, QuotationMarks quotes, QuoteStyle style, Constructions language, Lexicon lexicon,
                      BlockReporter out) {
        Matcher dash = OPENING_DASH.matcher(text);
        if (!language.isKnown() || !dash.find()) {
            return null;
        }
        int after = dash.end();
        Mark closing = firstUnopened(quotes);
        if (closing != null) {
            if (closing.c() != style.close()) {
                return null;
            }
            out.report(DASH_OPENED, 0, 1, "\u201c" + dash.group(1) + "\u201d opens the quotation that \u201c"
                            + closing.c() + "\u201d closes; " + style.languageName() + " opens it with \u201c"
                            + style.open() + "\u201d",
                    BlockFix.replace(0, after, String.valueOf(style.open()), true, "open with " + style.open()));
            return closing;
        }
        if (!quotes.marks().isEmpty() || CLOSING_DASH.matcher(text).find(after)) {
            return null;
        }
        int comma = reportingComma(text, after, language, lexicon);
        if (comma < 0) {
            return null;
        }
        out.report(DASH_OPENED, 0, 1, "\u201c" + dash.group(1) + "\u201d opens direct speech, as the source sets it; "
                        + style.languageName() + " encloses it in quotation marks: " + style.open() + "\u2026,"
                        + style.close() + " says\u2026",
                new BlockFix(List.of(new BlockFix.Edit(0, after, String.valueOf(style.open())),
                        new BlockFix.Edit(comma + 1, comma + 1, String.valueOf(style.close()))),
                        false, "enclose the words in " + style.open() + " \u2026 " + style.close()));
        return null;
    }

    private static Mark firstUnopened(QuotationMarks quotes) {
        for (Mark m : quotes.marks()) {
            if (m.problem() == QuotationMarks.Problem.UNOPENED && !m.opens()) {
                return m;
            }
            if (m.opens()) {
                return null;
            }
        }
        return null;
    }

    private static Set<String> reportingVerbs(Constructions language) {
        Constructions.Verbs verbs = language.verbs();
        Set<String> all = new java.util.HashSet<>(verbs.reporting());
        all.addAll(verbs.inverting());
        all.addAll(verbs.personObjectReporting());
        return all;
    }

    /**
     * The comma before the paragraph's last reporting clause, when that clause comes after the words and is the
     * paragraph's last sentence ("…, says duty officer Ole Berg."), or -1.
     */
    private static int reportingComma(String text, int from, Constructions language, Lexicon lexicon) {
        Set<String> verbs = reportingVerbs(language);
        Matcher m = REPORTING_CLAUSE.matcher(text);
        int found = -1;
        while (m.find(from)) {
            boolean pronoun = m.group(2) != null
                    && language.subjectPronouns().contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
            String verb = pronoun ? m.group(2) : m.group(1);
            int verbEnd = pronoun ? m.end(2) : m.end(1);
            boolean speaker = pronoun || speakerFollows(text, verbEnd, language);
            if (speaker && Character.isLowerCase(verb.charAt(0)) && isReportingVerb(verb, verbs, lexicon)
                    && !stopBetween(text, verbEnd)) {
                found = m.start();
            }
            from = m.end(1);
        }
        return found;
    }

    /** A capitalised word or a noun for a speaker among the next words ("says duty officer Ole Berg", "said the police"). */
    private static boolean speakerFollows(String text, int from, Constructions language) {
        Matcher w = NEXT_WORDS.matcher(text);
        w.region(from, text.length());
        for (int k = 0; k < SPEAKER_WITHIN_WORDS && w.find(); k++) {
            String word = w.group(1);
            if (Character.isUpperCase(word.codePointAt(0)) || language.speakers().contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReportingVerb(String word, Set<String> verbs, Lexicon lexicon) {
        return lexicon.lookup(word).lemmas().stream().anyMatch(verbs::contains);
    }

    /** A sentence follows the reporting clause: the words go on after it, and the dash may head a list. */
    private static boolean stopBetween(String text, int from) {
        int stop = text.indexOf(". ", from);
        return stop >= 0 && stop < text.length() - 2;
    }
}
