package io.mtlint.detectors.calques;

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
 * A verb right after a fronted place or time, with no subject before it: Russian and Ukrainian leave the subject
 * out ("В Кремле заявили" → "In the Kremlin stated that"; "В столице покажут" → "In the capital will show"), and
 * Spanish, Portuguese and Italian put it after a passive ("Este martes fue presentado el informe" → "This
 * Tuesday, was presented the report"). English needs a subject before the verb. The locative inversion English has
 * ("In the corner stood a lamp", "Among the dead was a child") uses verbs of being and position, which stay clean.
 */
final class FrontedVerbCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".fronted-verb", Category.CALQUE, Severity.WARNING,
            "A verb with no subject after a fronted place or time (\"In the Kremlin stated that\")",
            "Russian and Ukrainian news leave the subject out after a place (\"В Кремле заявили\" → \"In the "
                    + "Kremlin stated that\", \"In the capital will show\"); Spanish, Portuguese and Italian put "
                    + "it after a passive (\"This Tuesday, was presented the report\"). English needs a subject "
                    + "before the verb: \"The Kremlin stated\", \"The report was presented on Tuesday\". English "
                    + "inversion with verbs of being and position (\"In the corner stood a lamp\", \"Among the dead "
                    + "was a child\") stays clean. From Russian, Ukrainian and Romance sources.",
            List.of(Example.bad("In the regional ministry of health <marker>reported</marker> two new cases.").in(null, "en"),
                    Example.bad("On Friday, <marker>was inaugurated</marker> the new bridge over the river.").in(null, "en"),
                    Example.bad("At the city theatre <marker>will show</marker> a new ballet.").in(null, "en"),
                    Example.good("In the corner stood a lamp. Among the injured was a child. In the end the plan "
                            + "failed; on Friday, the minister reported two new cases.").in(null, "en")),
            "built-in", List.of());

    /** Verbs of being, position and motion, which English inverts after a place ("In the doorway stood a man"). */
    private static final Set<String> INVERTING = Set.of("be", "stand", "sit", "lie", "hang", "come", "go", "follow",
            "remain", "appear", "emerge", "arise", "exist", "live", "rise", "loom", "lurk", "rest", "run", "flow",
            "stretch", "lay", "begin", "start", "end", "seem", "grow", "dwell", "sleep", "wait");
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "at", "on", "during", "from", "within",
            "throughout", "inside", "near", "across");
    private static final Set<String> JOINING = Set.of("of", "in", "at", "on", "for", "from");

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        int start = s.firstWord();
        Token first = s.at(start);
        if (first == null) {
            return;
        }
        boolean preposition = OPENING_PREPOSITIONS.contains(first.lower());
        boolean thisDay = first.is("this") && s.at(start + 1) != null
                && ThisWeekdayCheck.isWeekday(s.get(start + 1), language);
        if (!preposition && !thisDay) {
            return;
        }
        int i = adverbialEnd(s, preposition ? start + 1 : start, language);
        if (i < 0) {
            return;
        }
        boolean comma = s.get(i - 1).is(",");
        Token determiner = s.at(start + 1);
        if (!comma && !(preposition && determiner != null && (determiner.is("the") || determiner.is("this")))) {
            return;
        }
        Token verb = s.at(i);
        if (verb == null || !verb.isLowercase()) {
            return;
        }
        int end = verbGroupEnd(s, i);
        if (end < 0) {
            return;
        }
        Token next = s.at(end);
        if (next == null || !(next.isDeterminer() || next.is("that") || next.hasExactTag("CD")
                || next.isCapitalised() && next.isWord()
                || next.isMarkIn("\u201c\"\u00ab") || next.hasExactTag("IN") || next.hasTag("RB"))) {
            return;
        }
        out.report(CHECK, verb.start(), s.get(end - 1).end(), "\u201c" + s.text().substring(verb.start(),
                s.get(end - 1).end()) + "\u201d has no subject before it: the source leaves it out after a place or "
                + "time (\u201cВ Кремле заявили\u201d, \u201ceste martes fue presentado\u201d); English says who "
                + "did it first (\u201cThe Kremlin stated\u201d, \u201cThe report was presented\u201d).");
    }

    /**
     * Where the fronted adverbial from {@code i} ends: its noun phrase ("the upper house of the Russian
     * Parliament", "Tuesday, November 8,"), joined by prepositions; -1 when a second noun phrase (a subject)
     * follows it without a preposition.
     */
    private static int adverbialEnd(TaggedSentence s, int i, Constructions language) {
        boolean head = false;
        while (i < s.size()) {
            Token t = s.get(i);
            if (head && (t.hasExactTag("MD") || pastForm(t))) {
                return i;
            }
            if (t.isDeterminer() || t.is("this")) {
                if (head) {
                    return -1;
                }
            } else if (t.isNumber()) {
                if (head && !language.isMonth(s.get(i - 1).text())) {
                    return -1;
                }
                head = true;
            } else if (t.isWord() && !t.isOnlyVerb() && (t.isCommonNoun() || t.isAdjective() || t.isCapitalised())
                    && !t.hasExactTag("PRP") && !t.hasTag("RB")) {
                if (head && startsSubject(s.get(i - 1), t, language)) {
                    return -1;
                }
                head = true;
            } else if (head && JOINING.contains(t.lower())) {
                head = false;
            } else if (t.is(",")) {
                Token next = s.at(i + 1);
                if (head && next != null && (language.isMonth(next.text()) || next.isNumber())) {
                    i++;
                    continue;
                }
                return head ? i + 1 : -1;
            } else {
                return head ? i : -1;
            }
            i++;
        }
        return -1;
    }

    /**
     * A name right after a noun that is not a place or a body starts the subject ("At the press conference Zelensky
     * said"); after a place it may stand in apposition ("In the capital Kyiv", "In the city Duma").
     */
    private static boolean startsSubject(Token before, Token t, Constructions language) {
        return t.isCapitalised() && before.isWord() && before.isLowercase() && before.isCommonNoun()
                && !language.placeNouns().contains(before.lower());
    }

    /** A past form also read as an adjective ("reported", "announced"), which after a noun is the verb. */
    private static boolean pastForm(Token t) {
        return t.hasExactTag("VBD") && t.isLowercase() && t.lower().endsWith("ed") && !t.isCommonNoun();
    }

    /**
     * Where a finite verb group from {@code i} ends ("asked", "will show", "was presented"), or -1 when there is
     * none or it is one English inverts.
     */
    private static int verbGroupEnd(TaggedSentence s, int i) {
        Token verb = s.get(i);
        if (verb.hasExactTag("MD")) {
            Token main = s.at(i + 1);
            if (main == null || !main.hasExactTag("VB") || main.hasLemmaIn(INVERTING) || !verb.is("will")) {
                return -1;
            }
            return i + 2;
        }
        if (!(verb.isOnlyVerb() || pastForm(verb))
                || !(verb.hasExactTag("VBD") || verb.hasExactTag("VBZ") || verb.hasExactTag("VBP"))) {
            return -1;
        }
        if (verb.hasExactTag("VB") && s.at(i + 1) != null && !s.get(i + 1).is("that")
                && s.at(i - 1) != null && s.get(i - 1).isMarkIn(",")) {
            // an instruction after its comma: "In your project folder, create a new file"; not "In Kyiv believe
            // that", nor "In the ministry consider the plan premature", where no comma parts place and verb
            return -1;
        }
        if (verb.hasLemmaIn(Set.of("be"))) {
            Token participle = s.at(i + 1);
            boolean passive = participle != null && participle.hasExactTag("VBN") && participle.isLowercase()
                    && (participle.isOnlyVerb() || participle.lower().endsWith("ed"));
            return passive ? i + 2 : -1;
        }
        Token object = s.at(i + 1);
        boolean objectFollows = object != null && (object.isDeterminer() || object.is("that") || object.hasExactTag("CD")
                || object.isCapitalised() && object.isWord() || object.isMarkIn("\u201c\"\u00ab"));
        return verb.hasLemmaIn(INVERTING) || !objectFollows ? -1 : i + 1;
    }
}
