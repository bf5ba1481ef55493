package io.mtlint.check;

import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.model.Suppression;

import java.util.List;
import java.util.Map;

/**
 * A suppression comment that silences nothing: the artefact it was written for is gone, or it names a rule that
 * never fires there. Off unless asked for ({@code --report-unused-disables}, or {@code enable:} in the
 * configuration). It runs after every other rule, reading what they found.
 */
public final class UnusedDisableRule implements io.mtlint.model.Rule {
    public static final String ID = "mt.unused-disable";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.STYLE, Severity.WARNING,
            "Suppression comment that silences nothing",
            "An inline <!-- mtlint-disable … --> region or <!-- mtlint-disable-next-line … --> comment under which "
                    + "no finding of the rules it names remains. Remove it, so that it cannot hide a future artefact.",
            Example.bad("<marker><!-- mtlint-disable-next-line mt.quotes --></marker>\nThe talks ended on Friday.\n")
                    .asMarkdown().in(null, "en"),
            Example.good("<!-- mtlint-disable-next-line mt.proper-noun-case -->\nThe talks in kyiv ended.\n")
                    .asMarkdown().in(null, "en"));

    /** A suppression comment is no text of either language. */
    @Override
    public boolean holdsInSourceText(io.mtlint.model.Finding finding) {
        return true;
    }

    /** The ids each rule had before it was renamed, by its id: a suppression may still use them. */
    private final Map<String, List<String>> formerIds;

    public UnusedDisableRule(Map<String, List<String>> formerIds) {
        this.formerIds = Map.copyOf(formerIds);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document document, FindingSink sink) {
        check(document, sink, List.of());
    }

    @Override
    public boolean reviewsOthers() {
        return true;
    }

    @Override
    public void check(Document document, FindingSink sink, List<Finding> others) {
        for (Suppression s : document.suppressions()) {
            if (others.stream().noneMatch(f -> s.covers(f, formerIds.getOrDefault(f.ruleId(), List.of())))) {
                sink.accept(new Finding(ID, INFO.category(), INFO.severity(), s.directiveStart(), s.directiveEnd(),
                        "Suppression comment silences nothing; remove it", List.of()));
            }
        }
    }
}
