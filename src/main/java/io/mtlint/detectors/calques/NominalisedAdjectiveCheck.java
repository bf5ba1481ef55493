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
 * An adjective made a plural noun the source's way: Spanish, Portuguese, Italian, French and Catalan name a party's
 * members or an election by the adjective with a plural article ("los populares", "las municipales", "les
 * législatives"), and machine translation keeps it ("the populars", "the legislatives"). English has such nouns
 * too ("the locals", "the finals"), but they are common words; the plural of an adjective that English hardly
 * ever uses as a noun is the source's. How common a word is comes from the target dictionary's frequency classes.
 * Capitalised, it may be English's own name for a party's members ("the Populars"), so only lowercase counts.
 */
final class NominalisedAdjectiveCheck implements SentenceCheck {
    /** The highest frequency class (0–22 on the dictionary's scale) a plural may have and still be a calque. */
    private static final int RARE = 4;
    /**
     * The lowest the adjective itself may have: the source nominalises everyday adjectives ("popular", "municipal",
     * both 13); a rare one's plural is a noun of some science ("hyperreals", "feldspathoids").
     */
    private static final int COMMON_ADJECTIVE = 10;

    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".nominalised-adjective", Category.CALQUE,
            Severity.WARNING, "An adjective made a plural noun the source's way (\"the populars\")",
            "Romance sources name a party's members or an election by a plural adjective (\"los populares\", \"las "
                    + "municipales\", \"les législatives\"); English does not: \"the People's Party\", \"the local "
                    + "elections\", \"the parliamentary elections\". Flagged when \"the\" comes before the plural "
                    + "of an adjective that the English dictionary rates rare or does not know as a noun; common "
                    + "nouns made from adjectives (\"the locals\", \"the finals\", \"the socialists\") stay clean. "
                    + "From Spanish, Portuguese, Italian, French and Catalan.",
            List.of(Example.bad("Both <marker>the populars</marker> and Vox voted against the decree.").in(null, "en"),
                    Example.bad("Turnout in <marker>the legislatives</marker> fell to 47%.").in(null, "en"),
                    Example.good("The locals cheered the finalists; the specifics matter more than the basics.")
                            .in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Token noun = s.get(i + 1);
            if (!s.get(i).is("the") || !noun.isWord() || !noun.isLowercase()
                    || !noun.lower().endsWith("s") || !adjectivePlural(noun, lexicon)) {
                continue;
            }
            Token next = s.at(i + 2);
            if (next != null && next.isWord() && next.isCommonNoun() && !next.isVerbForm()) {
                continue;
            }
            String phrase = s.text().substring(s.get(i).start(), noun.end());
            out.report(CHECK, s.get(i).start(), noun.end(), "\u201c" + phrase + "\u201d makes an adjective a plural "
                    + "noun as the source does (\u201clos populares\u201d, \u201cles l\u00e9gislatives\u201d); English "
                    + "names the party or the event (\u201cthe People's Party\u201d, \u201cthe parliamentary "
                    + "elections\u201d).");
        }
    }

    /**
     * A plural whose only reading is the noun made of an adjective, and a rare one; or a plural the dictionary does
     * not know of a word it knows as an adjective ("presidentials", "legislatives").
     */
    private static boolean adjectivePlural(Token word, Lexicon lexicon) {
        if (word.lower().indexOf('-') >= 0) {
            return false;
        }
        if (word.tags().isEmpty()) {
            String stem = word.lower().substring(0, word.lower().length() - 1);
            if (stem.length() < 4 || "aiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
                return false; // "quasis", "ayes": no adjective's plural
            }
            Lexicon.Entry entry = lexicon.lookup(stem);
            return entry.tags().contains("JJ") && lexicon.frequency(stem) >= COMMON_ADJECTIVE;
        }
        if (!word.tags().equals(java.util.Set.of("NNS"))) {
            return false;
        }
        for (String lemma : word.lemmas()) {
            if (lexicon.lookup(lemma).tags().contains("JJ") && lexicon.frequency(lemma) >= COMMON_ADJECTIVE) {
                int frequency = lexicon.frequency(word.lower());
                return frequency >= 0 && frequency <= RARE;
            }
        }
        return false;
    }
}
