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
 * A verb built with the source's complement. Romance verbs of saying take a that-clause where their English
 * counterparts cannot: "informó que" and "a assuré que" need the person told in English ("informed reporters
 * that"), "denunció que", "agradeció que" and "valorou que" take no that-clause at all ("denounced the fact
 * that"). Which verb takes what is language data ({@link Constructions.Verbs}). A passive ("was informed that"),
 * an adjective ("rest assured that") and "that" as a determiner ("denounced that decision") stay clean.
 */
final class VerbComplementCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".verb-complement", Category.CALQUE,
            Severity.WARNING, "A verb with the source's complement (\"informed that\", \"denounced that\")",
            "Spanish, Catalan, Portuguese, Italian and French verbs of saying take a that-clause (\"informó que\", "
                    + "\"a assuré que\", \"denunció que\", \"agradeció que\"). In English \"inform\", \"assure\", "
                    + "\"notify\", \"remind\" and \"tell\" need the person told before it (\"informed reporters that\"), "
                    + "and \"denounce\", \"thank\", \"value\", \"criticise\", \"celebrate\" or \"praise\" take a noun, "
                    + "never a that-clause; nor do \"speak\", \"talk\" and \"advance\" (\"spoke that\" is Portuguese "
                    + "\"falou que\", \"advanced that\" Spanish \"avanzó que\"). Passives (\"was informed that\"), \"rest assured that\" and \"that\" as a "
                    + "determiner (\"denounced that decision\") stay clean. \"Thank\" takes the person thanked, not "
                    + "the act (\"thanked the support\" is \"agradeció el apoyo\"), and \"told about\" needs the "
                    + "person told (Russian \"рассказал о\"). From Romance sources, Russian and Ukrainian.",
            List.of(Example.bad("The airline <marker>notified that</marker> all flights would leave late.").in(null, "en"),
                    Example.bad("The union <marker>criticised that</marker> the talks were held in secret.").in(null, "en"),
                    Example.good("The airline notified passengers that flights would leave late; they were "
                            + "reminded that the union criticised that decision.").in(null, "en"),
                    Example.bad("After the hearing the lawyer <marker>spoke that</marker> an appeal was likely.").in(null, "en"),
                    Example.bad("The coach <marker>thanked the warm support</marker> of the home crowd.").in(null, "en"),
                    Example.bad("The governor <marker>told about</marker> the new bridge on his channel.").in(null, "en"),
                    Example.good("Rest assured that the mayor, who was told that the bridge was unsafe, acted.").in(null, "en"),
                    Example.good("The coach thanked the crowd for its support and the support staff for their work.").in(null, "en")),
            "built-in", List.of("en.assured-that"));

    /** Determiners of plural nouns: after one, "NOUN values" is a noun phrase, not a subject and its verb. */
    private static final Set<String> PLURAL_DETERMINERS = Set.of("these", "those", "many", "several", "few", "both",
            "various", "numerous");

    private static final String CLOSING_QUOTES = "\u201d\u00bb\u201c\"";
    /** The fewest words of a quoted clause: a subject, its verb and what follows. */
    private static final int MIN_QUOTED_CLAUSE = 3;

    private static final Set<String> LINKING = Set.of("be", "get", "feel", "rest", "remain", "seem", "become", "keep",
            "stay");
    /** Modals proper; "need" and "dare" are also full verbs ("we need values that"). */
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must");
    /** Verbs whose "can ... that" means telling apart, not telling someone: "you can tell that". */
    private static final Set<String> DISCERNING = Set.of("tell");

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        Constructions.Verbs verbs = language.verbs();
        for (int i = 0; i + 1 < s.size(); i++) {
            Token verb = s.get(i);
            if (verb.isLowercase() && verb.hasTag("VB") && verb.hasLemmaIn(verbs.personObject())) {
                actAsObject(s, i, verbs, out);
            }
        }
        for (int i = 1; i + 2 < s.size(); i++) {
            Token that = s.get(i);
            if (that.is("about")) {
                aboutWithoutObject(s, i, verbs, out);
            }
            if (!that.is("that")) {
                continue;
            }
            int verbAt = verbBefore(s, i, language);
            Token verb = s.get(verbAt);
            if (!verb.isLowercase() || !verb.hasTag("VB") || !startsClause(s, i + 1) || passiveOrAdjective(s, verbAt)) {
                continue;
            }
            boolean needsObject = verb.hasLemmaIn(verbs.objectBeforeThat());
            boolean takesNoClause = verb.hasLemmaIn(verbs.noThatClause());
            if ((needsObject || takesNoClause) && (verb.isCommonNoun() && !verb.hasExactTag("VBD") && !afterSubject(s, verb, verbAt)
                    || afterCanOrCould(s, verb, verbAt))) {
                continue;
            }
            if (!needsObject && !takesNoClause) {
                Token next = s.get(i + 1);
                boolean subjectAfter = verb.isOnlyVerb() || next.isDeterminer() || next.hasExactTag("PRP")
                        || next.isCapitalised() || next.isNumber();
                if (verb.hasLemmaIn(verbs.speechWithoutClause()) && subjectBefore(s, verbAt) && subjectAfter) {
                    out.report(CHECK, verb.start(), that.end(), "\u201c" + verb.text() + "\u201d takes no "
                            + "that-clause in English (it calques \u201cfalou que\u201d / \u201cavanz\u00f3 "
                            + "que\u201d / \u201ca avanc\u00e9 que\u201d); write \u201csaid that\u201d or "
                            + "\u201cannounced that\u201d.");
                }
                continue;
            }
            String message = needsObject
                    ? "\u201c" + verb.text() + " that\u201d leaves out the person told, as the source's \u201cinformó "
                    + "que\u201d / \u201ca assuré que\u201d does; English says \u201c" + verb.text() + " reporters that\u201d, or "
                    + "\u201cannounced that\u201d, \u201cstated that\u201d."
                    : "\u201c" + verb.text() + "\u201d takes no that-clause in English (it calques \u201cdenunció que\u201d / "
                    + "\u201ca dénoncé que\u201d); write \u201c" + verb.text() + " the fact that\u201d or use another verb "
                    + "(\u201ccomplained that\u201d, \u201cwelcomed the news that\u201d).";
            out.report(CHECK, verb.start(), that.end(), message);
        }
    }

    /**
     * Whether a word that is also a noun ("values", "details") follows a subject, and so is the verb: a pronoun, a
     * name ("Iberdrola values that"), a singular noun after its determiner ("the minister values that", "the
     * Government values that") or a modal ("will value that"); not "a value that", "implementation details that",
     * "for values that", "we need values that", "the data value that", "these feminine values that", where a plural
     * determiner cannot open a singular subject.
     */
    private static boolean afterSubject(TaggedSentence s, Token verb, int at) {
        Token before = s.at(at - 1);
        if (before == null) {
            return false;
        }
        Token determiner = s.at(at - 2);
        return before.hasExactTag("PRP") || before.isWord() && before.isCapitalised() && !before.isDeterminer()
                && (before.hasTag("NNP") || before.tags().isEmpty()) && (determiner == null || !determiner.isMark())
                || before.hasExactTag("NN") && verb.hasExactTag("VBZ") && determiner != null && determiner.isDeterminer()
                        && PLURAL_DETERMINERS.stream().noneMatch(determiner::is)
                || before.hasExactTag("MD") && before.hasLemmaIn(MODALS);
    }

    /** "you can tell that", "we could tell that"; not "we can assure that", which leaves out the person assured. */
    private static boolean afterCanOrCould(TaggedSentence s, Token verb, int at) {
        Token before = s.at(at - 1);
        return verb.hasLemmaIn(DISCERNING) && before != null && before.hasExactTag("MD")
                && (before.is("can") || before.is("could"));
    }

    /**
     * The verb a "that" at {@code that} depends on: the word before it, or before a time between them ("assured on
     * Tuesday that", "informed yesterday that").
     */
    private static int verbBefore(TaggedSentence s, int that, Constructions language) {
        int k = that - 1;
        Token t = s.get(k);
        if (k >= 1 && t.isLowercase() && t.isPlainAdverb() && !t.hasExactTag("CC")) {
            return k - 1;
        }
        if (k >= 1 && (ThisWeekdayCheck.isWeekday(s.get(k), language) || language.dayWords().contains(s.get(k).lower()))) {
            k--;
            if (k >= 1 && s.get(k).is("on")) {
                k--;
            }
        }
        return k;
    }

    /**
     * Whether the verb at {@code verbAt} follows its subject (a pronoun, a name, "has", a noun before a past form),
     * so that a word that is also a noun ("advances", "talk") is the verb: "the advances that banks offer" stays
     * clean.
     */
    private static boolean subjectBefore(TaggedSentence s, int verbAt) {
        Token verb = s.get(verbAt);
        Token before = s.at(verbAt - 1);
        if (before == null || verb.hasExactTag("VBG")) {
            return false;
        }
        return before.hasExactTag("PRP") || before.hasLemmaIn(Set.of("have")) && verb.hasExactTag("VBN")
                || before.isLowercase() && before.isCommonNoun() && verb.hasExactTag("VBD")
                || before.isWord() && before.isCapitalised() && !before.isDeterminer()
                && (before.hasTag("NNP") || before.tags().isEmpty());
    }

    /** "told about the meeting": Russian "рассказал о", "сообщил о", with nobody told. */
    private static void aboutWithoutObject(TaggedSentence s, int at, Constructions.Verbs verbs, BlockReporter out) {
        Token verb = s.get(at - 1);
        Token next = s.get(at + 1);
        if (!verb.isLowercase() || !verb.hasTag("VB") || !verb.hasLemmaIn(verbs.objectBeforeThat())
                || next.isNumber() || !next.isWord() || passiveOrAdjective(s, at - 1)) {
            return;
        }
        out.report(CHECK, verb.start(), s.get(at).end(), "\u201c" + verb.text() + " about\u201d leaves out the "
                + "person told, as Russian \u201c\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u0430\u043b "
                + "\u043e\u201d does; English says \u201c" + verb.text() + " reporters about\u201d, \u201cspoke "
                + "about\u201d or \u201cwrote about\u201d.");
    }

    /** "thanked the support": the act the person is thanked for, as the verb's object. */
    private static void actAsObject(TaggedSentence s, int verbAt, Constructions.Verbs verbs, BlockReporter out) {
        int k = verbAt + 1;
        Token d = s.at(k);
        if (d == null || !d.isDeterminer() || d.is("that") && s.at(k + 1) != null && !s.get(k + 1).isWord()) {
            return;
        }
        k++;
        while (s.at(k) != null && s.get(k).isLowercase() && s.get(k).isAdjective() && !verbs.acts().contains(s.get(k).lower())) {
            k++;
        }
        Token noun = s.at(k);
        Token after = s.at(k + 1);
        if (noun == null || !verbs.acts().contains(noun.lower())
                || after != null && after.isCommonNoun() && after.isLowercase()) {
            return;
        }
        Token verb = s.get(verbAt);
        out.report(CHECK, verb.start(), noun.end(), "\u201c" + s.text().substring(verb.start(), noun.end())
                + "\u201d makes the " + noun.lower() + " the one thanked, as the source's \u201cagradeci\u00f3 el "
                + "apoyo\u201d / \u201ca remerci\u00e9 le soutien\u201d does; English thanks a person for it "
                + "(\u201c" + verb.text() + " them for the " + noun.lower() + "\u201d).");
    }

    /** Whether the words from {@code i} can open a that-clause: a subject, not a noun "that" determines. */
    private static boolean startsClause(TaggedSentence s, int i) {
        Token t = s.get(i);
        // "defended that “the change of government is…”": a quoted clause, not a scare-quoted noun after the
        // determiner ("denounced that “reform”", "that “temporary” measure"), which holds a word or two.
        if (t.isMarkIn(Token.OPENING_QUOTES)) {
            return i + 1 < s.size() && startsClause(s, i + 1) && quotedWords(s, i + 1) >= MIN_QUOTED_CLAUSE;
        }
        if (!t.isWord() && !t.isNumber()) {
            return false;
        }
        if (t.isNumber() || t.isCapitalised() || t.isDeterminer() || t.hasExactTag("PRP") || t.hasExactTag("EX")
                || t.hasExactTag("NNS") || t.hasTag("RB") || t.isAdjective() && !t.isCommonNoun()) {
            return !t.hasExactTag("IN") || t.isDeterminer();
        }
        return false;
    }

    /** The words from {@code from} up to the next closing quotation mark or the sentence's end. */
    private static int quotedWords(TaggedSentence s, int from) {
        int words = 0;
        for (int k = from; k < s.size() && !s.get(k).isMarkIn(CLOSING_QUOTES); k++) {
            if (s.get(k).isWord() || s.get(k).isNumber()) {
                words++;
            }
        }
        return words;
    }

    /** "was informed that", "rest assured that", "well informed that". */
    private static boolean passiveOrAdjective(TaggedSentence s, int verbAt) {
        Token verb = s.get(verbAt);
        if (!(verb.hasExactTag("VBN") || verb.hasExactTag("JJ"))) {
            return false;
        }
        int k = verbAt - 1;
        // adverbs between auxiliary and participle, including those that are also verbs ("not even told about")
        while (k >= 0 && s.get(k).hasTag("RB") && !s.get(k).hasLemmaIn(LINKING)) {
            k--;
        }
        return k >= 0 && (s.get(k).hasLemmaIn(LINKING) || s.get(k).is("being") || s.get(k).is("been"));
    }
}
