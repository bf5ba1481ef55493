package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** URLs and e-mail addresses of the source changed, dropped or added in the translation. */
public final class UrlMismatchRule extends SegmentRule {
    public static final String ID = "mt.url-mismatch";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.URL_MISMATCH, Severity.WARNING,
            "URL or e-mail address changed in the translation",
            "Every URL and e-mail address of the source must be in the translation as it is: machine translation "
                    + "translates words inside them, changes their case or drops them. A site localised per "
                    + "language (/en/ to /fr/) is reported too, as a warning, to be confirmed.",
            Example.badTranslation("Write to help@example.com for help.",
                    "Écrivez à <marker>aide@example.com</marker> pour obtenir de l'aide.").in("en", "fr"),
            Example.badTranslation("See https://example.com/docs for details.",
                    "<marker>Voir la documentation pour plus de détails.</marker>").in("en", "fr"),
            Example.goodTranslation("See https://example.com/docs for details.",
                    "Voir https://example.com/docs pour plus de détails.").in("en", "fr"));

    public UrlMismatchRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        List<Links.Link> missing = new ArrayList<>();
        List<Links.Link> extra = new ArrayList<>(Links.of(segment.targetText()));
        for (Links.Link s : Links.of(segment.sourceText())) {
            Links.Link match = extra.stream().filter(t -> t.text().equals(s.text())).findFirst().orElse(null);
            if (match != null) {
                extra.remove(match);
            } else {
                missing.add(s);
            }
        }
        int changed = Math.min(missing.size(), extra.size());
        for (int i = 0; i < changed; i++) {
            Links.Link t = extra.get(i);
            out.onTarget(t.start(), t.end(), "\u201c" + missing.get(i).text() + "\u201d of the source became \u201c"
                    + t.text() + "\u201d");
        }
        for (int i = changed; i < missing.size(); i++) {
            out.onSegment("\u201c" + missing.get(i).text() + "\u201d of the source is missing in the translation");
        }
        for (int i = changed; i < extra.size(); i++) {
            Links.Link t = extra.get(i);
            out.onTarget(t.start(), t.end(), "\u201c" + t.text() + "\u201d is not in the source");
        }
    }
}
