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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct speech opened with a dash, as Scandinavian, Slavic and Portuguese news set it ("– Vi er glade, sier
 * hun"): machine translation keeps the dash where the target opens the quotation with a mark. Read only in
 * translations from another language, and in targets whose constructions name their reporting verbs, which tell
 * speech from a list item.
 */
final class DashQuotations {
    static final RuleInfo DASH_OPENED = RuleInfo.check(QuotesRule.ID, "dash-opened", Category.QUOTES, Severity.WARNING,
            "Direct speech opened with a dash",
            "A paragraph of a translation that opens with a dash and is someone's words, ending in a short "
                    + "reporting clause after a comma (\"…, says duty officer Ole Berg.\", \"…, he said.\"). Danish, "
                    + "Norwegian, Swedish, Polish, Russian and Portuguese papers set speech so; English opens it "
                    + "with a quotation mark. A paragraph that names no speaker at its end (a list item) stays clean, "
                    + "and so does one that closes the words with a second dash, which the target's pack reads. Where "
                    + "a closing mark ends the words, the unopened-mark finding offers the opening mark at the dash. "
                    + "Reported at the dash. Fix (suggested): the opening mark, and the closing one at the comma.",
            Example.bad("<marker>–</marker> It has been a calm night in the city, says duty officer Karsten Lund.",
                    "“It has been a calm night in the city,” says duty officer Karsten Lund.").in("pt", "en"),
            Example.good("– The council approved the budget for the new school year.").in("pt", "en"),
            Example.good("– The council met, said the mayor. The budget passed on Friday.").in("pt", "en"),
            Example.good("– Finally, we said goodbye to the guests.").in("pt", "en"));

    /** A comma and a word, and the word after it: a reporting verb, or a pronoun and the verb ("…, says", "…, he said"). */
    private static final Pattern REPORTING_CLAUSE = Pattern.compile(
            ",[ \\u00a0](\\p{L}+)(?:[ \\u00a0](\\p{Ll}+))?\\b");
    /** A second dash after a space: the source's closing dash, before its reporting verb. */
    private static final Pattern CLOSING_DASH = Pattern.compile("[ \\u00a0][–—-][ \\u00a0]");
    /** The words after the verb, where the speaker is named, up to the paragraph's end. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\u00a0]+([\\p{L}\\p{N}’'.-]+?)[,.!?]?(?=[ \\u00a0]|$)");
    private static final int SPEAKER_WITHIN_WORDS = 4;
    /** The most words a reporting clause at a paragraph's end has after its verb (a title, a name of three, an agency). */
    private static final int MAX_CLAUSE_WORDS = 12;

    private final Constructions language;
    private final Set<String> reportingVerbs;

    DashQuotations(Constructions language) {
        this.language = language;
        this.reportingVerbs = language.verbs().ofSpeech();
    }

    /**
     * The fix for a closing mark that nothing opened in a paragraph of speech opened with a dash: the opening mark
     * in the dash's place. Only where the mark closes the paragraph's first words after a comma or stop ("…work, ”
     * says"), not an inch mark after a figure.
     */
    static BlockFix openingForDash(String text, QuotationMarks quotes, Mark unopened, QuoteStyle style) {
        int dashEnd = QuotationMarks.speechDashEnd(text);
        if (dashEnd < 0 || quotes.marks().get(0) != unopened || unopened.c() != style.close()) {
            return null;
        }
        int before = unopened.at() - 1;
        while (before > 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || ",.!?".indexOf(text.charAt(before)) < 0) {
            return null;
        }
        return BlockFix.replace(0, dashEnd, String.valueOf(style.open()), true, "open with " + style.open()
                + " where the dash stands");
    }

    /** Reports a dash that opens direct speech in a paragraph with no quotation marks at all. */
    void check(String text, QuotationMarks quotes, QuoteStyle style, Lexicon lexicon, BlockReporter out) {
        int dashEnd = QuotationMarks.speechDashEnd(text);
        if (!language.isKnown() || !quotes.marks().isEmpty() || dashEnd < 0 || CLOSING_DASH.matcher(text).find(dashEnd)) {
            return;
        }
        int comma = reportingComma(text, dashEnd, lexicon);
        if (comma < 0) {
            return;
        }
        int closeAt = style.commaInside() ? comma + 1 : comma;
        out.report(DASH_OPENED, 0, 1, "\u201c" + text.charAt(0) + "\u201d opens direct speech, as the source sets it; "
                        + style.languageName() + " encloses it in quotation marks: " + style.open() + "\u2026"
                        + (style.commaInside() ? "," + style.close() : style.close() + ","),
                new BlockFix(List.of(new BlockFix.Edit(0, dashEnd, String.valueOf(style.open())),
                        new BlockFix.Edit(closeAt, closeAt, String.valueOf(style.close()))),
                        false, "enclose the words in " + style.open() + " \u2026 " + style.close()));
    }

    /** The comma of a reporting clause that ends the paragraph, its speaker named ("…, says Ole Berg."), or -1. */
    private int reportingComma(String text, int from, Lexicon lexicon) {
        Matcher m = REPORTING_CLAUSE.matcher(text);
        while (m.find(from)) {
            boolean pronoun = m.group(2) != null
                    && lexicon.descriptor().typography().subjectPronouns().contains(m.group(1).toLowerCase(Locale.ROOT));
            String verb = pronoun ? m.group(2) : m.group(1);
            int verbEnd = pronoun ? m.end(2) : m.end(1);
            if (Character.isLowerCase(verb.charAt(0)) && isReportingVerb(verb, lexicon)
                    && (pronoun ? endsAfter(text, verbEnd) : speakerEndsParagraph(text, verbEnd))) {
                return m.start();
            }
            from = m.end(1);
        }
        return -1;
    }

    /** Only a stop, if anything, follows ("…, he said."). */
    private static boolean endsAfter(String text, int at) {
        String rest = text.substring(at).strip();
        return rest.isEmpty() || rest.length() == 1 && ".!?".contains(rest);
    }

    /** A speaker is named among the next words, and the clause runs to the paragraph's end, a sentence of its own. */
    private boolean speakerEndsParagraph(String text, int from) {
        Matcher w = NEXT_WORD.matcher(text);
        w.region(from, text.length());
        boolean speaker = false;
        int words = 0;
        int end = from;
        while (w.find()) {
            String word = w.group(1);
            words++;
            end = w.end();
            if (words <= SPEAKER_WITHIN_WORDS && (Character.isUpperCase(word.codePointAt(0))
                    || language.speakers().contains(word.toLowerCase(Locale.ROOT)))) {
                speaker = true;
            }
            String matched = w.group();
            if (words > MAX_CLAUSE_WORDS || matched.endsWith(",") || end < text.length() && matched.matches(".*[.!?]")) {
                return false;
            }
        }
        return speaker && words > 0 && end >= text.strip().length();
    }

    private boolean isReportingVerb(String word, Lexicon lexicon) {
        return lexicon.lookup(word).lemmas().stream().anyMatch(reportingVerbs::contains);
    }
}
