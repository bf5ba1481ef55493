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
 * The conditional of hearsay: French, Italian, Spanish and Portuguese news report unconfirmed facts in the
 * conditional ("selon une source, les faits auraient été filmés"; "sarebbe stato arrestato"; "habría huido"). Word
 * for word, "according to a source, the facts would have been filmed" reads in English as a condition that was not
 * met. English says "were reportedly filmed". Flagged when the sentence attributes what it says ("according to",
 * "sources") and nothing in it makes a condition ("if", "unless", "otherwise").
 */
final class HearsayConditionalCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".hearsay-conditional", Category.CALQUE,
            Severity.WARNING, "The source's conditional of hearsay (\"according to police, he would have fled\")",
            "French, Italian, Spanish and Portuguese report unconfirmed facts in the conditional (\"selon la "
                    + "police, il aurait fui\", \"sarebbe stato arrestato\", \"habría huido\"); word for word, "
                    + "\"according to police, he would have fled\" reads in English as a condition that was not "
                    + "met. English says \"he reportedly fled\" or \"police say he fled\". Flagged in a sentence that "
                    + "attributes what it says and has no condition (\"if\", \"unless\", \"otherwise\"). From "
                    + "Romance sources.",
            List.of(Example.bad("According to the police, the driver <marker>would have fled</marker> towards the "
                            + "border.").in(null, "en"),
                    Example.bad("The suspect <marker>would have been seen</marker> in Lyon, according to several "
                            + "sources.").in(null, "en"),
                    Example.good("According to the police, the driver would have fled if the road had been open; "
                            + "without the barrier he would have escaped.").in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        int would = -1;
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.get(i).is("would") && s.get(i + 1).is("have")) {
                would = i;
                break;
            }
        }
        if (would < 0 || s.find(language.hearsayMarkers(), 0, s.size()) < 0
                || s.find(language.conditionMarkers(), 0, s.size()) >= 0) {
            return;
        }
        int k = would + 2;
        if (s.get(k).is("been") && s.at(k + 1) != null && s.get(k + 1).hasExactTag("VBN")) {
            k++;
        } else if (!s.get(k).hasExactTag("VBN") || s.get(k).is("been")) {
            return;
        }
        Token first = s.get(would);
        Token last = s.get(k);
        out.report(CHECK, first.start(), last.end(), "\u201c" + s.text().substring(first.start(), last.end())
                + "\u201d is the source's conditional of hearsay (\u201cauraient \u00e9t\u00e9 film\u00e9s\u201d, "
                + "\u201csarebbe stato\u201d); in English it reads as a condition. Say \u201creportedly\u201d or "
                + "name the source: \u201cwere reportedly filmed\u201d.");
    }
}
