package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.support.LastDerived;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source's article before a country: Portuguese, Italian, French and Spanish name many countries with the
 * article ("o Brasil", "l'Italia", "la France", "la Argentina"); English does not ("Brazil", "Argentina"). A
 * country with an article in English ("the Netherlands") is not in the list, and a country that qualifies a noun
 * ("the Spain coach", "the Spain, Italy and France teams") or is itself qualified ("the Spain of the 1980s", "the
 * France we knew") stays clean.
 */
final class CountryArticleCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".country-article", Category.CALQUE,
            Severity.WARNING, "The source's article before a country (\"the Brazil\")",
            "Portuguese, Italian, French and Spanish put the article before many countries (\"o Brasil\", "
                    + "\"l'Italia\", \"la France\"); English names them bare: \"Brazil\", \"Italy\", \"France\". "
                    + "Countries English names with the article (\"the Netherlands\") are not in the list, and a "
                    + "country that qualifies a noun (\"the Spain coach\", \"the Spain and Italy teams\") or is qualified (\"the Spain of the "
                    + "1980s\", \"the France we knew\") stays clean. From Romance sources. Fix (suggested): drop "
                    + "\"the\".",
            List.of(Example.bad("Exports from <marker>the Brazil</marker> rose by 4% last year.",
                            "Exports from Brazil rose by 4% last year.").in(null, "en"),
                    Example.good("The Brazil coach praised the Italy of the 1990s and the France we knew; the "
                            + "Netherlands won.").in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    /** The names by their first word as written, in the list's order: "the" is common, a name after it is not. */
    private static final LastDerived<List<String>, Map<String, List<String>>> BY_FIRST_WORD = new LastDerived<>(
            names -> names.stream().collect(Collectors.groupingBy(name -> name.split(" ")[0], Collectors.toList())));

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        Map<String, List<String>> byFirstWord = BY_FIRST_WORD.get(language.countriesWithoutArticle());
        for (int i = 0; i + 1 < s.size(); i++) {
            Token the = s.get(i);
            if (!the.is("the")) {
                continue;
            }
            for (String country : byFirstWord.getOrDefault(s.get(i + 1).text(), List.of())) {
                int end = s.wordsEnd(i + 1, country);
                if (end < 0) {
                    continue;
                }
                Token after = s.at(end);
                if (after != null && !(after.isMarkIn(".,;:!?)") || after.isLowercase()
                        && (after.hasExactTag("VBD") || after.hasExactTag("VBZ") || after.hasExactTag("MD")))
                        || after != null && after.isMarkIn(",") && listQualifiesNoun(s, end)) {
                    break;
                }
                int to = s.get(end - 1).end();
                String name = s.text().substring(s.get(i + 1).start(), to);
                out.report(CHECK, the.start(), to, "\u201c" + s.text().substring(the.start(), to) + "\u201d keeps the "
                                + "source's article (\u201co Brasil\u201d, \u201cla France\u201d); English says \u201c"
                                + name + "\u201d.",
                        BlockFix.replace(the.start(), to, name, false, "replace with \u201c" + name + "\u201d"));
                break;
            }
        }
    }

    /**
     * Whether the names listed from {@code from} on ("…, Italy and France") end before a noun they qualify ("the
     * Spain, Italy and France teams").
     */
    private static boolean listQualifiesNoun(TaggedSentence s, int from) {
        int k = from;
        while (k < s.size() && (s.get(k).isMarkIn(",") || s.get(k).is("and") || s.get(k).is("or")
                || s.get(k).isCapitalised())) {
            k++;
        }
        Token last = s.at(k - 1);
        Token next = s.at(k);
        return last != null && last.isCapitalised() && next != null && next.isLowercase() && next.isCommonNoun()
                && !next.isOnlyVerb();
    }
}
