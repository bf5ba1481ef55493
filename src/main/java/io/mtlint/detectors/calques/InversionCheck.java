package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;
import java.util.Set;

/**
 * A reporting verb before its speaker: Spanish, Catalan, Portuguese, Italian, French, German, Russian and Ukrainian
 * put the verb first after a quotation or in an aside ("…», explicó el ministro"; "…», a précisé le procureur";
 * "— spiegano i sindacati —"; "…“, betonte der Minister"; "…», — сообщил глава"). English inverts only "said"
 * and "says"; with any other verb the subject comes first ("…,” the minister explained").
 *
 * <p>After a quotation that is a whole sentence (it opens a sentence, or its last word is followed by a comma or a
 * stop) any verb counts. After a quotation closed in mid-sentence, a comma or a dash, the verb must be one that
 * reports speech and the subject must name a speaker (a name, or a noun such as "the prosecutor"), since "…,
 * criticised the government" lists an action of the same subject.
 */
final class InversionCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".inversion", Category.CALQUE, Severity.WARNING,
            "A reporting verb before its speaker (\"…,\u201d explained the minister\")",
            "The source language puts the verb before its subject after a quotation or in an aside (Spanish "
                    + "\"…», explicó el ministro\", French \"…», a précisé le procureur\", Italian \"— spiegano i "
                    + "sindacati —\", German \"…“, betonte der Minister\", Russian \"…», — сообщил глава\"). English "
                    + "inverts only \"said\" and \"says\"; with any other verb the speaker comes first. After a whole "
                    + "quoted sentence any verb counts; after a comma, a dash or a quotation closed in mid-sentence "
                    + "only verbs that report speech before a speaker (a name, \"the prosecutor\"), or a verb of "
                    + "telling before a name that ends the sentence after a dash (\"\u2013 assured Anna Nowak.\"). "
                    + "From any source. "
                    + "Fix (suggested): put the speaker first.",
            List.of(Example.bad("\u201cThe dam will hold,\u201d <marker>insisted the engineer</marker>.",
                            "\u201cThe dam will hold,\u201d the engineer insisted.").in(null, "en"),
                    Example.bad("The ferry sank within minutes, <marker>explained the coastguard captain</marker>, "
                            + "and nobody was hurt.").in(null, "en"),
                    Example.bad("\u201cWe will appeal,\u201d <marker>has announced Gómez</marker> after the hearing.").in(null, "en"),
                    Example.bad("The reform \u2013 <marker>stress the unions</marker> \u2013 came too late.").in(null, "en"),
                    Example.bad("Nobody will be left behind \u2013 <marker>assured Anna Nowak</marker>.").in(null, "en"),
                    Example.good("\u201cThe dam will hold,\u201d said the engineer, and the mayor agreed.").in(null, "en"),
                    Example.good("The storm, named \u201cCiara\u201d, hit the coast; the council met, considered "
                            + "the report and explained the delay to residents.").in(null, "en")),
            "built-in", List.of("en.quote-inversion", "en.quote-inversion-name", "en.quote-inversion-perfect",
            "en.quote-inversion-perfect-name"));

    /** Words that join the parts of a name ("Bruno Le Maire", "Luiz Inácio Lula da Silva"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "del", "della",
            "van", "von", "der", "den", "du", "des", "le", "la", "bin", "al", "el", "y", "e");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "this", "that", "these", "those", "several", "two", "three", "many", "some");
    /** Prepositions that may follow a speaker ("the prosecutor of Marseille", "the minister in a statement"). */
    private static final Set<String> AFTER_SPEAKER = Set.of("of", "in", "at", "on", "during", "from", "for", "with",
            "after", "before", "via");
    /** Verbs of sequence and ending, which English itself puts before their subject after an adverb. */
    private static final Set<String> SEQUENCE_VERBS = Set.of("follow", "end", "come", "begin", "start", "continue");
    private static final String CLOSING_MARKS = "\u201d\u00bb\"\u2019\u201c";
    private static final String DASHES = "\u2013\u2014-";

    /** How the clause before the verb ends. */
    private enum Lead { WHOLE_QUOTATION, QUOTATION, COMMA, DASH }

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        for (int i = 1; i + 2 < s.size(); i++) {
            Lead lead = lead(s, i);
            if (lead == null) {
                continue;
            }
            int verbAt = s.get(i).is(",") || lead == Lead.DASH ? i + 1 : s.get(i + 1).is(",") ? i + 2 : i + 1;
            report(s, lead, verbAt, language, out);
        }
    }

    private void report(TaggedSentence s, Lead lead, int verbAt, Constructions language, BlockReporter out) {
        Token first = s.at(verbAt);
        if (first == null || !first.isWord() || !first.isLowercase()) {
            return;
        }
        int verbStart = adverb(first) ? verbAt + 1 : verbAt;
        Token auxiliary = s.at(verbStart);
        boolean perfect = auxiliary != null && (auxiliary.is("has") || auxiliary.is("have"));
        int main = perfect ? verbStart + 1 : verbStart;
        Token verb = s.at(main);
        Constructions.Verbs verbs = language.verbs();
        if (verb == null || !verb.isLowercase() || !finite(verb, perfect, verbs)
                || verb.hasLemmaIn(Set.of("be", "have", "do")) || verb.hasExactTag("MD")) {
            return;
        }
        if (verbStart != verbAt && verb.hasLemmaIn(SEQUENCE_VERBS)) {
            return; // "\u201cStop,\u201d soon followed the order": English inverts these after an adverb
        }
        if (!perfect && (verb.hasLemmaIn(verbs.inverting()) || exclamation(s, verbAt)
                && verb.hasLemmaIn(verbs.invertingAfterExclamation()))) {
            return;
        }
        boolean personObject = verb.hasLemmaIn(verbs.personObjectReporting());
        boolean reports = verb.hasLemmaIn(verbs.reporting()) || lead != Lead.COMMA && lead != Lead.DASH && personObject;
        // "… – assured Jarosław Kaczyński.": after a dash, a name that ends the sentence is the speaker, not whom
        // the verb addresses, since nothing is said to him.
        boolean namedAfterDash = lead == Lead.DASH && personObject && !perfect;
        if (lead != Lead.WHOLE_QUOTATION && !reports && !namedAfterDash) {
            return;
        }
        int subjectAt = main + 1;
        boolean particle = s.at(subjectAt) != null && s.get(subjectAt).hasExactTag("RP") && s.get(subjectAt).isLowercase()
                && !s.get(subjectAt).is("that");
        if (particle) {
            subjectAt++;
        }
        int dated = lead == Lead.WHOLE_QUOTATION ? afterDate(s, subjectAt, language) : subjectAt;
        int[] subject = subject(s, dated, language);
        if (subject == null) {
            return;
        }
        // "declared on RTL the budget minister": the particle opened a phrase of place, and the speaker follows it.
        int[] speakerAfterPhrase = particle && s.at(subject[0]) != null && isDeterminer(s.get(subject[0]))
                ? subject(s, subject[0], language) : null;
        if (speakerAfterPhrase != null) {
            dated = -1;
            subject = speakerAfterPhrase;
        }
        if (verb.hasLemmaIn(verbs.personObjectReporting())) {
            dated = -1; // "told TASS Minister Popović": the first name may be whom he told, so no rewrite
        }
        int end = subject[0];
        Token head = s.get(subject[1]);
        boolean name = head.isCapitalised();
        if (!reports && lead != Lead.WHOLE_QUOTATION && !(name && endsSentence(s, end))) {
            return;
        }
        boolean aside = lead == Lead.DASH && closingDash(s, end);
        boolean speaker = name || head.hasLemmaIn(language.speakers()) || language.speakers().contains(head.lower())
                || lead != Lead.COMMA && language.speakingDocuments().contains(head.lower()) || aside;
        if (lead != Lead.WHOLE_QUOTATION && (!speaker || !aside && !clauseEndsAt(s, end) || listOfActions(s, end))
                || resumesQuotation(s, end)) {
            return;
        }
        int from = first.start();
        int to = s.get(end - 1).end();
        String message = "\u201c" + s.text().substring(from, to) + "\u201d puts the verb before its speaker, as "
                + "the source language does; English writes ";
        if (dated != subjectAt) {
            out.report(CHECK, from, to, message + "the speaker first (only \u201csaid\u201d and \u201csays\u201d "
                    + "may come first).");
            return;
        }
        String subjectText = s.text().substring(s.get(subjectAt).start(), to);
        String verbText = s.text().substring(first.start(), s.get(subjectAt - 1).end());
        String fix = subjectText + " " + verbText;
        out.report(CHECK, from, to, message + "\u201c" + fix + "\u201d (only \u201csaid\u201d and \u201csays\u201d "
                        + "may come first).",
                BlockFix.replace(from, to, fix, false, "replace with \u201c" + fix + "\u201d"));
    }

    private static boolean isDeterminer(Token t) {
        return t.hasExactTag("DT") || t.hasExactTag("PRP$");
    }

    /** An adverb between the quotation and its verb ("…,\u201d thus indicated the minister"). */
    private static boolean adverb(Token t) {
        return t.isPlainAdverb() && !t.is("not") && !t.is("never");
    }

    /**
     * Where the subject starts when a date stands between the verb and it, as French and Portuguese put it ("…,\u201d
     * indicated Thursday, September 23 on franceinfo the minister"): past the weekday, the month and its day, and a
     * channel named after "on" or "to"; {@code k} when no date follows the verb.
     */
    private static int afterDate(TaggedSentence s, int k, Constructions language) {
        int i = k;
        if (s.at(i) != null && s.get(i).is("on") && s.at(i + 1) != null && language.isWeekday(s.get(i + 1).text())) {
            i++;
        }
        Token t = s.at(i);
        if (t == null || !(language.isWeekday(t.text()) || language.dayWords().contains(t.lower()))) {
            return k;
        }
        i++;
        while (s.at(i) != null && (s.get(i).is(",") || language.isMonth(s.get(i).text()) || s.get(i).isNumber())) {
            i++;
        }
        Token via = s.at(i);
        Token channel = s.at(i + 1);
        if (via != null && (via.is("on") || via.is("to")) && channel != null && channel.isWord()
                && (channel.isCapitalised() || channel.tags().isEmpty())) {
            i += 2;
        }
        return s.at(i) != null && s.get(i).isWord() ? i : k;
    }

    /** Whether nothing but a full stop, a question or an exclamation mark follows {@code end}. */
    private static boolean endsSentence(TaggedSentence s, int end) {
        Token after = s.at(end);
        return after == null || after.isMarkIn(".!?\u2026") && s.at(end + 1) == null;
    }

    /** Whether the verb's phrase is one of several joined by "and" ("…, thanked the mayor, and left"). */
    private static boolean listOfActions(TaggedSentence s, int end) {
        for (int k = end; k < Math.min(s.size(), end + 3); k++) {
            if (s.get(k).is("and") || s.get(k).is("or")) {
                Token next = s.at(k + 1);
                return next != null && next.isLowercase() && next.hasTag("VB");
            }
            if (!s.get(k).is(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quotation resumes after the speaker ("“The murderer,” wrote Schopenhauer, “who …”"): English
     * narrative inverts there with any verb.
     */
    private static boolean resumesQuotation(TaggedSentence s, int end) {
        Token comma = s.at(end);
        Token open = s.at(end + 1);
        return comma != null && open != null && comma.is(",") && open.isMarkIn("\u201c\"\u00ab\u2018");
    }

    /** Whether the quotation before the verb at {@code verbAt} ends with a question or exclamation mark. */
    private static boolean exclamation(TaggedSentence s, int verbAt) {
        for (int k = verbAt - 1; k >= Math.max(0, verbAt - 3); k--) {
            if (s.get(k).isMarkIn("!?")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} ends the clause before a verb, and how. */
    private static Lead lead(TaggedSentence s, int i) {
        Token t = s.get(i);
        Token before = s.get(i - 1);
        boolean attached = t.start() == before.end() || t.isMarkIn("\u201d\u00bb");
        if (t.isMarkIn(CLOSING_MARKS) && attached && closesQuotation(s, i)) {
            Token next = s.get(i + 1);
            boolean comma = before.is(",") || next.is(",");
            if (wholeSentence(s, i) && (comma || before.isMarkIn(".!?\u2026"))) {
                return Lead.WHOLE_QUOTATION;
            }
            return comma ? Lead.QUOTATION : null;
        }
        if (t.is(",") && !before.isMarkIn(CLOSING_MARKS)) {
            return Lead.COMMA;
        }
        if (t.isMarkIn(DASHES) && t.start() > before.end() && s.get(i + 1).start() > t.end()) {
            return Lead.DASH;
        }
        return null;
    }

    /**
     * A closing mark is followed by a space, a comma or the end, not by a word ("a “so-called” plan"), unless a stop
     * before it ends the quotation and the space after it was lost ("… tomorrow.”analyzed the coach").
     */
    private static boolean closesQuotation(TaggedSentence s, int i) {
        Token next = s.at(i + 1);
        return next == null || next.start() > s.get(i).end() || next.isMarkIn(",.;:")
                || next.isLowercase() && s.get(i - 1).isMarkIn(".,!?\u2026");
    }

    /**
     * Whether the quotation closed at {@code i} is a sentence: it opened at the start of a sentence or a paragraph,
     * or after a colon, or what it quotes ends with a comma or a stop.
     */
    private static boolean wholeSentence(TaggedSentence s, int i) {
        String text = s.text();
        Token before = s.get(i - 1);
        if (before.isMarkIn(",.!?\u2026")) {
            return true;
        }
        int open = openingMark(text, s.get(i).start(), s.get(i).text().charAt(0));
        if (open < 0) {
            return false;
        }
        int k = open - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?\u2026:".indexOf(text.charAt(k)) >= 0;
    }

    /** Where the quotation closed by {@code mark} at {@code at} opened, or -1. */
    private static int openingMark(String text, int at, char mark) {
        String opening = mark == '\u00bb' ? "\u00ab" : mark == '\u2019' ? "\u2018" : "\u201c\"\u201e";
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (opening.indexOf(c) >= 0 && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
                return k;
            }
            if (c == mark && mark != '"') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A verb form that can head a clause: past, present, or a past participle after "has". A form that is also a
     * noun ("stress", "notes") counts when it is a reporting verb.
     */
    private static boolean finite(Token verb, boolean perfect, Constructions.Verbs verbs) {
        if (perfect) {
            return verb.hasExactTag("VBN");
        }
        return (verb.hasExactTag("VBD") || verb.hasExactTag("VBZ") || verb.hasExactTag("VBP"))
                && (verb.isOnlyVerb() || verb.lower().endsWith("ed") || verb.hasLemmaIn(verbs.reporting())
                || verb.hasLemmaIn(verbs.personObjectReporting()));
    }

    /**
     * The subject after the verb: a name ("Bruno Le Maire", "RIA “Novosti”"), or a determiner and nouns ("the
     * Marseille prosecutor", "one of the judges"). Returns {end, head} or null.
     */
    static int[] subject(TaggedSentence s, int k, Constructions language) {
        Token t = s.at(k);
        if (t == null || !t.isWord()) {
            return null;
        }
        if (t.isCapitalised()) {
            return name(s, k, language);
        }
        int i = k;
        if (t.is("one") && s.at(k + 1) != null && s.get(k + 1).is("of")) {
            i = k + 2;
        }
        Token d = s.at(i);
        if (d == null || !DETERMINERS.contains(d.lower())) {
            return null;
        }
        int head = -1;
        for (i = i + 1; i < s.size(); i++) {
            Token w = s.get(i);
            if (w.isCapitalised() && w.isWord() && !language.isWeekday(w.text()) && !language.isMonth(w.text())
                    || w.isLowercase() && (w.isCommonNoun() || w.isAdjective()) && !w.hasExactTag("IN")
                    && !w.hasExactTag("DT")) {
                head = i;
            } else {
                break;
            }
        }
        if (head < 0 || !(s.get(head).isCommonNoun() || s.get(head).isCapitalised())) {
            return null;
        }
        return new int[] {head + 1, head};
    }

    private static int[] name(TaggedSentence s, int k, Constructions language) {
        Token t = s.get(k);
        if (language.isWeekday(t.text()) || language.isMonth(t.text()) || t.hasExactTag("PRP")
                || t.hasExactTag("DT")) {
            return null;
        }
        int last = k;
        for (int i = k + 1; i < s.size(); i++) {
            Token w = s.get(i);
            boolean quoted = w.isMarkIn("\u201c\u201d\"\u00ab\u00bb") && i + 1 < s.size() && s.get(i + 1).isCapitalised()
                    || w.isMarkIn("\u201d\"\u00bb") && s.get(i - 1).isCapitalised() && w.start() == s.get(i - 1).end();
            if (w.isWord() && w.isCapitalised() && !language.isWeekday(w.text()) && !language.isMonth(w.text())
                    || quoted) {
                last = w.isWord() ? i : last;
                if (!w.isWord() && w.isMarkIn("\u201d\"\u00bb")) {
                    last = i;
                }
            } else if (w.isWord() && NAME_PARTICLES.contains(w.text()) && i + 1 < s.size()
                    && s.get(i + 1).isCapitalised()) {
                continue;
            } else {
                break;
            }
        }
        int head = last;
        while (head > k && !s.get(head).isWord()) {
            head--;
        }
        return new int[] {last + 1, head};
    }

    /** Whether a dash closes the aside a dash opened before the verb ("The reform \u2013 stress the unions \u2013 …"). */
    private static boolean closingDash(TaggedSentence s, int end) {
        for (int i = end; i < Math.min(s.size(), end + 12); i++) {
            if (s.get(i).isMarkIn(DASHES) && s.get(i).start() > s.get(i - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reporting clause can end before token {@code end}: a mark, the sentence's end, a preposition. A
     * dash before the verb with none after it is the Portuguese and Spanish dialogue dash ("… \u2013 explained
     * the coach, when asked why").
     */
    private static boolean clauseEndsAt(TaggedSentence s, int end) {
        Token next = s.at(end);
        if (next == null) {
            return true;
        }
        return next.isMarkIn(".,;:!?)\u201d\u00bb\"\u2013\u2014-\u2026") || AFTER_SPEAKER.contains(next.lower());
    }
}
