package io.mtlint.check;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.RuleSelection;

import java.util.List;
import java.util.function.Function;

/**
 * A pack rule written for some source languages, in a run whose source is detected per document: it runs on a
 * document whose source is one of its own, and on a document whose source could not be detected when its pack is
 * shared by several sources (a calque Spanish, Portuguese and Italian share is likely from any of them; a
 * Spanish-only one is not).
 */
final class SourceBoundRule implements Rule {
    private final Rule rule;
    private final List<String> sources;
    private final Function<Document, String> sourceOf;

    SourceBoundRule(Rule rule, List<String> sources, Function<Document, String> sourceOf) {
        this.rule = rule;
        this.sources = List.copyOf(sources);
        this.sourceOf = sourceOf;
    }

    /** Whether the rule runs on a document translated from {@code source} (null when unknown). */
    boolean runsFor(String source) {
        return source == null ? sources.size() > 1 : sources.contains(LanguageCodes.base(source));
    }

    @Override
    public RuleInfo info() {
        return rule.info();
    }

    @Override
    public void check(Document document, FindingSink sink) {
        if (runsFor(sourceOf.apply(document))) {
            rule.check(document, sink);
        }
    }

    @Override
    public List<RuleInfo> checks() {
        return rule.checks();
    }

    @Override
    public boolean mayReport(RuleSelection selection) {
        return rule.mayReport(selection);
    }

    @Override
    public void prepare() {
        rule.prepare();
    }

    @Override
    public boolean restates(Finding mine, Finding other) {
        return rule.restates(mine, other);
    }

    @Override
    public boolean holdsInSourceText(Finding finding) {
        return rule.holdsInSourceText(finding);
    }
}
