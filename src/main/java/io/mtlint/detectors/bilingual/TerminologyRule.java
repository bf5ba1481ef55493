package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.lang.Glossary;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terms of the project's glossary translated otherwise: the source has a glossary term and the translation has
 * none of its approved translations. A term matches as whole words, in any case; a translation may inflect it
 * (up to three more letters: "budget", "budgets", "Haushalte").
 */
public final class TerminologyRule extends SegmentRule {
    public static final String ID = "mt.terminology";

    /** The glossary the examples are written against: the rule's examples run with it. */
    static final Glossary EXAMPLE_GLOSSARY = new Glossary(List.of(new Glossary.Concept(Map.of(
            "en", List.of("budget"), "fr", List.of("budget"), "es", List.of("presupuesto")))));

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.TERMINOLOGY, Severity.WARNING,
            "Glossary term translated otherwise",
            "With a glossary (--glossary FILE, or glossary: in .mtlint.yaml; TBX, or a CSV or tab-separated list "
                    + "whose first row names the languages), a source with a glossary term needs one of the term's "
                    + "approved translations. Terms match as whole words in any case, and the translation may "
                    + "inflect them. The examples use the entry budget (en) = presupuesto (es) = budget (fr).",
            Example.badTranslation("The budget was approved.", "<marker>Le financement a été approuvé.</marker>")
                    .in("en", "fr"),
            Example.badTranslation("Los presupuestos fueron aprobados.", "<marker>The funds were approved.</marker>")
                    .in("es", "en"),
            Example.goodTranslation("The budgets were approved.", "Les budgets ont été approuvés.").in("en", "fr"));

    private final Glossary glossary;

    public TerminologyRule(RuleEnvironment env, Glossary glossary) {
        super(INFO, env);
        this.glossary = glossary;
    }

    @Override
    public Rule forExamples() {
        return new TerminologyRule(env, EXAMPLE_GLOSSARY);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (glossary.isEmpty() || segment.target() == null) {
            return;
        }
        String sourceCode = env.sourceFor(document);
        List<Glossary.Entry> entries = env.shared(new Key(glossary, sourceCode),
                () -> glossary.entries(sourceCode, env.target()));
        String source = segment.sourceText().toLowerCase(Locale.ROOT);
        String target = segment.targetText().toLowerCase(Locale.ROOT);
        for (Glossary.Entry e : entries) {
            String term = e.source().stream().filter(t -> contains(source, t)).findFirst().orElse(null);
            if (term != null && e.target().stream().noneMatch(t -> contains(target, t))) {
                out.onSegment("Glossary: \u201c" + term + "\u201d is translated as \u201c"
                        + String.join("\u201d or \u201c", e.target()) + "\u201d, which the translation lacks");
            }
        }
    }

    private record Key(Glossary glossary, String source) {
    }

    /**
     * Whether the lowercase text has the term as whole words, perhaps with a short inflection. A glossary has many
     * terms and a catalogue many segments: the pattern is only built for a text that holds the term's letters.
     */
    static boolean contains(String lowerText, String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        if (!lowerText.contains(lower)) {
            return false;
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "\\p{L}{0,3}(?![\\p{L}\\p{N}])");
        return p.matcher(lowerText).find();
    }
}
