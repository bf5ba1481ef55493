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

/**
 * A relational adjective after its noun: Spanish, Catalan, Portuguese, Italian and French put "fiscal",
 * "económica", "monetaria" after the noun ("una reforma fiscal", "la politique monétaire"); English puts them
 * before it, always ("a fiscal reform"). Only relational adjectives count (of a noun: "fiscal", "economic",
 * "judicial"), since English does put some others after a noun ("the people responsible", "something special"),
 * and set phrases ("attorney general", "court martial") and object complements ("called the decision political")
 * stay clean.
 */
final class AdjectiveOrderCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".adjective-order", Category.CALQUE,
            Severity.WARNING, "A relational adjective after its noun (\"a reform fiscal\")",
            "Spanish, Catalan, Portuguese, Italian and French put relational adjectives after the noun (\"una "
                    + "reforma fiscal\", \"la politique monétaire\"); English puts them before it: \"a fiscal "
                    + "reform\", \"monetary policy\". Only adjectives of a noun count (fiscal, economic, monetary, "
                    + "social, judicial, …, in the target's construction data); set phrases (\"attorney general\", "
                    + "\"court martial\"), a noun after the adjectives (\"the past year political and social "
                    + "reforms\"), \"something political\" and object complements (\"called the decision "
                    + "political\") stay clean. From Romance sources. Fix (suggested): swap them.",
            List.of(Example.bad("The parliament passed a <marker>reform fiscal</marker> on Thursday.",
                            "The parliament passed a fiscal reform on Thursday.").in(null, "en"),
                    Example.bad("Both parties defend the <marker>model economic</marker> and social of the region.")
                            .in(null, "en"),
                    Example.good("A fiscal reform, the attorney general, a government economic plan; over the past "
                            + "year political and social reforms stalled; they called the decision political.")
                            .in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        for (int i = 2; i < s.size(); i++) {
            Token adjective = s.get(i);
            Token noun = s.get(i - 1);
            if (!adjective.isLowercase() || !language.relationalAdjectives().contains(adjective.lower())
                    || !noun.isLowercase() || !noun.isCommonNoun()
                    || language.relationalAdjectives().contains(noun.lower())
                    || language.adjectiveAfter().contains(noun.lower())
                    || language.postposedPhrases().contains(noun.lower() + " " + adjective.lower())) {
                continue;
            }
            int start = nounPhraseStart(s, i - 1);
            if (start < 0 || qualifiesNextNoun(s, i, language) || complement(s, start, language)) {
                continue;
            }
            String fix = adjective.text() + " " + noun.text();
            out.report(CHECK, noun.start(), adjective.end(), "\u201c" + noun.text() + " " + adjective.text()
                            + "\u201d keeps the source's order (\u201cuna reforma fiscal\u201d); English puts the "
                            + "adjective first: \u201c" + fix + "\u201d.",
                    BlockFix.replace(noun.start(), adjective.end(), fix, false, "replace with \u201c" + fix + "\u201d"));
        }
    }

    /** The determiner or preposition that opens the noun phrase ending at {@code noun}, or -1. */
    private static int nounPhraseStart(TaggedSentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            Token t = s.get(k);
            if (t.isDeterminer() || t.hasExactTag("IN") || t.hasExactTag("TO")) {
                return k;
            }
            if (!(t.isAdjective() && t.isLowercase())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the adjective at {@code adjective}, alone or with adjectives coordinated after it, comes before a
     * noun of its own ("the team medical staff", "over the past year political and social reforms"). A past verb
     * ends the phrase ("the sector automotive lost jobs"); a word the tagger does not know may be a noun.
     */
    private static boolean qualifiesNextNoun(TaggedSentence s, int adjective, Constructions language) {
        for (int k = adjective + 1; k < s.size(); k++) {
            Token t = s.get(k);
            if (t.isMarkIn(",") || t.is("and") || t.is("or")) {
                continue;
            }
            if (!t.isLowercase()) {
                return t.is("'s");
            }
            if (language.relationalAdjectives().contains(t.lower())) {
                continue;
            }
            if (t.hasExactTag("VBD")) {
                return false;
            }
            if (t.isCommonNoun() || t.tags().isEmpty()) {
                return true;
            }
            if (!t.isAdjective()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the noun phrase at {@code start} is the object of a verb that an adjective may describe it after. */
    private static boolean complement(TaggedSentence s, int start, Constructions language) {
        Token before = s.at(start - 1);
        return before != null && before.isVerbForm() && before.hasLemmaIn(language.verbs().objectComplement());
    }
}
