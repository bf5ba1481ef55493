package io.mtlint.check;

import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Rule;
import io.mtlint.support.RuleTimings;
import io.mtlint.model.Severity;
import io.mtlint.model.Suppression;
import io.mtlint.languagetool.LanguageToolRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Runs the enabled rules over a document, applies severity overrides and inline suppressions, drops duplicates
 * and orders the findings by position. Immutable and thread-safe: one checker serves every file of a run.
 */
public final class Checker {
    private final List<Rule> rules;
    private final String language;
    private final Map<String, Severity> severityOverrides;
    private final FindingFilter filter;
    private final boolean reportUnusedDisables;
    private final String fingerprint;
    private final java.util.function.Function<Document, String> sourceOf;
    /** Where each rule's time is added up, or null when nobody asked. */
    private final RuleTimings timings;
    /** Problems with the rule ids the configuration names, for the user (a renamed or unknown id). */
    private final List<String> warnings;
    /** The ids each rule had before it was renamed, by its id: inline suppressions may still use them. */
    private final Map<String, List<String>> formerIds;

    /** The structural rules' share of a check's time when LanguageTool runs too. */
    private static final double STRUCTURAL_SHARE = 0.05;

    /** The id of the finding that reports a suppression comment that silenced nothing. */
    public static final String UNUSED_DISABLE = "mt.unused-disable";

    Checker(List<Rule> rules, String language, Map<String, Severity> severityOverrides, FindingFilter filter,
            boolean reportUnusedDisables, String fingerprint, java.util.function.Function<Document, String> sourceOf,
            RuleTimings timings, List<String> warnings) {
        this.fingerprint = fingerprint;
        this.warnings = List.copyOf(warnings);
        Map<String, List<String>> former = new java.util.HashMap<>();
        for (Rule rule : rules) {
            if (!rule.info().formerIds().isEmpty()) {
                former.put(rule.id(), rule.info().formerIds());
            }
        }
        this.formerIds = Map.copyOf(former);
        this.timings = timings;
        this.sourceOf = sourceOf;
        this.rules = List.copyOf(rules);
        this.language = language;
        this.severityOverrides = Map.copyOf(severityOverrides);
        this.filter = filter;
        this.reportUnusedDisables = reportUnusedDisables;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** What is wrong with the rule ids the configuration names: renamed rules and ids no rule has. */
    public List<String> warnings() {
        return warnings;
    }

    /** The ids the rule {@code ruleId} had before it was renamed; empty for most. */
    public List<String> formerIds(String ruleId) {
        return formerIds.getOrDefault(ruleId, List.of());
    }

    /** The rules the run is restricted to ("only"), former ids rewritten to current ones; empty for all. */
    public Set<String> onlyRules() {
        return filter.onlyRules();
    }

    public String language() {
        return language;
    }

    /** Changes whenever the configuration or the rule packs change: part of result-cache keys. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Starts the slow parts of the rules loading in the background (LanguageTool), so they overlap with reading
     * files and running the fast rules. Optional: {@link #check} loads whatever is missing.
     */
    public void prepare() {
        for (Rule rule : rules) {
            if (rule instanceof LanguageToolRule lt) {
                lt.prepare();
            }
        }
    }

    public CheckResult check(Document document) {
        return check(document, done -> { });
    }

    /**
     * Checks {@code document}, telling {@code progress} the share done (0 to 1) as it goes: LanguageTool's
     * chunks when it runs (the structural rules count as a twentieth), else once at the end.
     */
    public CheckResult check(Document document, DoubleConsumer progress) {
        List<Finding> raw = Collections.synchronizedList(new ArrayList<>());
        boolean languageTool = rules.stream().anyMatch(r -> r instanceof LanguageToolRule);
        try {
            for (Rule rule : rules) {
                if (!(rule instanceof LanguageToolRule)) {
                    timed(rule, () -> rule.check(document, raw::add));
                }
            }
            progress.accept(languageTool ? STRUCTURAL_SHARE : 1.0);
            // LanguageTool runs last, told which spelling alarms dropRedundant would discard, so that it does not
            // compute suggestions for them.
            List<Finding> own = raw.stream().filter(filter::accepts).toList();
            for (Rule rule : rules) {
                if (rule instanceof LanguageToolRule lt) {
                    timed(rule, () -> lt.check(document, raw::add, explainedBy(own),
                            done -> progress.accept(STRUCTURAL_SHARE + (1 - STRUCTURAL_SHARE) * done)));
                }
            }
        } finally {
            document.forgetDerived();
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : raw) {
            if (filter.accepts(f)) {
                findings.add(withOverriddenSeverity(f));
            }
        }
        findings = dropRedundant(findings);
        return applySuppressions(document, findings);
    }

    private void timed(Rule rule, Runnable check) {
        if (timings == null) {
            check.run();
            return;
        }
        long start = System.nanoTime();
        try {
            check.run();
        } finally {
            timings.add(rule.info().id(), System.nanoTime() - start);
        }
    }

    private Finding withOverriddenSeverity(Finding f) {
        Severity s = severityOverrides.get(f.ruleId());
        if (s == null) {
            s = severityOverrides.get(f.category().id());
        }
        return s == null ? f : f.withSeverity(s);
    }

    /**
     * Exact duplicates go, as do repeats of a span and category by another rule, a source-language reading of a
     * word also reported as a lowercase name, and a LanguageTool finding that restates one of mtlint's own on the same words
     * ("misiles" is a misspelling to LanguageTool, a Spanish leftover to mtlint, which explains and fixes it).
     */
    static List<Finding> dropRedundant(List<Finding> findings) {
        Set<Finding> unique = new LinkedHashSet<>();
        Set<String> spans = new HashSet<>();
        for (Finding f : findings) {
            // Two rules flagging the same words for the same reason (a built-in detector and a pack rule) say it once.
            if (isLanguageTool(f) || spans.add(f.start() + ":" + f.end() + ":" + f.category())) {
                unique.add(f);
            }
        }
        List<Finding> own = unique.stream().filter(f -> !isLanguageTool(f)).toList();
        OverlapIndex ownIndex = new OverlapIndex(own);
        Set<String> names = new HashSet<>();
        for (Finding f : own) {
            if (f.category() == Category.PROPER_NOUN_CASE) {
                names.add(f.start() + ":" + f.end());
            }
        }
        List<Finding> result = new ArrayList<>();
        for (Finding f : unique) {
            if (isLanguageTool(f) && ownIndex.anyNear(f.start(), f.end(), o -> restates(f, o))) {
                continue;
            }
            // A lone word that is both a lowercase name and a word of the source language ("rui costa", where
            // "rui" is Portuguese for "collapses") is the name: the source-language reading is a coincidence.
            if (f.category() == Category.SOURCE_LEFTOVER && names.contains(f.start() + ":" + f.end())) {
                continue;
            }
            result.add(f);
        }
        Collections.sort(result);
        return result;
    }

    /** The spelling alarms {@link #dropRedundant} would discard as restating one of {@code own}. */
    private static LanguageToolRule.Explained explainedBy(List<Finding> own) {
        OverlapIndex index = new OverlapIndex(own);
        return (start, end) -> {
            if (start < 0 || end < start) {
                return false;
            }
            Finding alarm = new Finding(LanguageToolRule.PREFIX, Category.SPELLING, Severity.WARNING, start, end, "",
                    List.of());
            return index.anyNear(start, end, o -> restates(alarm, o));
        };
    }

    private static boolean restates(Finding lt, Finding own) {
        if (!lt.overlaps(own.start(), own.end())) {
            return false;
        }
        boolean nested = lt.start() >= own.start() && lt.end() <= own.end()
                || own.start() >= lt.start() && own.end() <= lt.end();
        return nested || lt.category() == Category.SPELLING;
    }

    private static boolean isLanguageTool(Finding f) {
        return f.ruleId().startsWith(LanguageToolRule.PREFIX);
    }

    private CheckResult applySuppressions(Document document, List<Finding> findings) {
        if (document.suppressions().isEmpty()) {
            return new CheckResult(document, language, findings, 0, List.of(), sourceOf.apply(document));
        }
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : findings) {
            Suppression by = null;
            for (Suppression s : document.suppressions()) {
                if (s.covers(f, formerIds(f.ruleId()))) {
                    by = s;
                    break;
                }
            }
            if (by == null) {
                kept.add(f);
            } else {
                used.add(by);
                suppressed++;
            }
        }
        List<Suppression> unused = document.suppressions().stream().filter(s -> !used.contains(s)).toList();
        if (reportUnusedDisables && !unused.isEmpty()) {
            for (Suppression s : unused) {
                kept.add(new Finding(UNUSED_DISABLE, Category.STYLE, Severity.WARNING, s.directiveStart(),
                        s.directiveEnd(), "Suppression comment silences nothing; remove it", List.of()));
            }
            Collections.sort(kept);
        }
        return new CheckResult(document, language, kept, suppressed, unused, sourceOf.apply(document));
    }
}
