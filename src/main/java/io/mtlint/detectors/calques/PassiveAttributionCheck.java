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
 * "This was stated by the senator": Russian and Ukrainian news close a report with the speaker last ("Об этом
 * заявил сенатор", "Такое мнение высказал экономист"), which machine translation turns into a passive with a
 * demonstrative subject. English names the speaker first: "the senator said".
 */
final class PassiveAttributionCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".passive-attribution", Category.CALQUE,
            Severity.WARNING, "The speaker last in a passive (\"This was stated by the senator\")",
            "Russian and Ukrainian news attribute a report with the speaker last (\"Об этом заявил сенатор\", "
                    + "\"Такое мнение высказал экономист\"); machine translation makes it a passive with \"this\" "
                    + "as subject: \"This was stated by the senator\", \"This opinion was expressed by the "
                    + "economist\". English names the speaker first: \"the senator said\", \"the economist "
                    + "believes\". Flagged at the start of a sentence. From Russian and Ukrainian.",
            List.of(Example.bad("<marker>This was announced by</marker> the regional governor on Monday.").in(null, "en"),
                    Example.bad("<marker>Such a forecast was voiced by</marker> the head of the central bank.").in(null, "en"),
                    Example.good("This was a surprise to many. The decision was announced by the governor, who "
                            + "said so on Monday.").in(null, "en")),
            "built-in", List.of());

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        int i = s.firstWord();
        Token first = s.at(i);
        if (first == null || !(first.is("this") || first.is("that") || first.is("such"))) {
            return;
        }
        int k = i + 1;
        if (first.is("such") && s.at(k) != null && s.get(k).is("a")) {
            k++;
        }
        if (s.at(k) != null && language.reportedThings().contains(s.get(k).lower())) {
            k++;
        } else if (first.is("such")) {
            return;
        }
        if (s.at(k) != null && s.get(k).is("has") && s.at(k + 1) != null && s.get(k + 1).is("been")) {
            k++;
        }
        Token be = s.at(k);
        Token verb = s.at(k + 1);
        Token by = s.at(k + 2);
        if (be == null || verb == null || by == null || !(be.is("was") || be.is("been") || be.is("is"))
                || !verb.hasExactTag("VBN") || !verb.hasLemmaIn(language.verbs().passiveReporting()) || !by.is("by")) {
            return;
        }
        out.report(CHECK, first.start(), by.end(), "\u201c" + s.text().substring(first.start(), by.end())
                + "\u201d puts the speaker last, as Russian \u201cОб этом заявил\u201d / \u201cТакое мнение "
                + "высказал\u201d does; English names the speaker first (\u201cthe senator said\u201d).");
    }
}
