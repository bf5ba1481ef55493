package io.mtlint.check;

import io.mtlint.analysis.SourcePassages;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.OverlapIndex;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleIds;
import io.mtlint.support.RuleTimings;
import io.mtlint.model.Severity;
import io.mtlint.model.Suppression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
    private final java.util.function.Function<Document, String> sourceOf;
    /** The document's source-language text, where target-language conventions do not hold. */
    private final java.util.function.Function<Document, SourcePassages> passagesOf;
    /** Where each rule's time is added up, or null when nobody asked. */
    private final RuleTimings timings;
    /** Problems with the rule ids the configuration names, for the user (a renamed or unknown id). */
    private final List<String> warnings;
    /** The ids each rule had before it was renamed, by its id: inline suppressions may still use them. */
    private final Map<String, List<String>> formerIds;

    /** The share of a check's time the rules that do not review others take, when one does (LanguageTool). */
    private static final double FIRST_PASS_SHARE = 0.05;

    /** The id of the finding that reports a suppression comment that silenced nothing. */
    public static final String UNUSED_DISABLE = UnusedDisableRule.ID;

    Checker(List<Rule> rules, String language, Map<String, Severity> severityOverrides, FindingFilter filter,
            java.util.function.Function<Document, String> sourceOf,
            java.util.function.Function<Document, SourcePassages> passagesOf,
            RuleTimings timings, List<String> warnings) {
        this.passagesOf = passagesOf;
        this.warnings = List.copyOf(warnings);
        Map<String, List<String>> former = new java.util.HashMap<>();
        for (Rule rule : rules) {
            for (io.mtlint.model.RuleInfo check : rule.checks()) {
                if (!check.formerIds().isEmpty()) {
                    former.put(check.id(), check.formerIds());
                }
            }
        }
        this.formerIds = Map.copyOf(former);
        this.timings = timings;
        this.sourceOf = sourceOf;
        this.rules = List.copyOf(rules);
        this.language = language;
        this.severityOverrides = Map.copyOf(severityOverrides);
        this.filter = filter;
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

    /**
     * Starts the slow parts of the rules loading in the background (LanguageTool), so they overlap with reading
     * files and running the fast rules. Optional: {@link #check} loads whatever is missing.
     */
    public void prepare() {
        rules.forEach(Rule::prepare);
    }

    /** A finding and the rule that made it, which decides whether it restates another rule's. */
    private record Produced(Rule rule, Finding finding) {
    }

    public CheckResult check(Document document) {
        return check(document, done -> { });
    }

    /**
     * Checks {@code document}, telling {@code progress} the share done (0 to 1) as it goes: as a reviewing rule
     * (LanguageTool) reports it, else once at the end.
     */
    public CheckResult check(Document document, DoubleConsumer progress) {
        List<Produced> raw = Collections.synchronizedList(new ArrayList<>());
        boolean reviewed = rules.stream().anyMatch(Rule::reviewsOthers);
        try {
            for (Rule rule : rules) {
                if (!rule.reviewsOthers()) {
                    timed(rule, () -> rule.check(document, f -> raw.add(new Produced(rule, f))));
                }
            }
            progress.accept(reviewed ? FIRST_PASS_SHARE : 1.0);
            // Each reviewing rule (LanguageTool, then the unused-suppression check) reads what every rule before it found.
            DoubleConsumer rest = done -> progress.accept(FIRST_PASS_SHARE + (1 - FIRST_PASS_SHARE) * done);
            for (Rule rule : rules) {
                if (rule.reviewsOthers()) {
                    List<Finding> others = List.copyOf(raw).stream().map(Produced::finding).filter(filter::accepts).toList();
                    timed(rule, () -> rule.check(document, f -> raw.add(new Produced(rule, f)), others, rest));
                }
            }
            progress.accept(1.0);
            dropInSourceText(document, raw);
        } finally {
            document.forgetDerived();
        }
        List<Produced> kept = new ArrayList<>();
        for (Produced p : raw) {
            if (filter.accepts(p.finding())) {
                kept.add(new Produced(p.rule(), withOverriddenSeverity(writable(document, p.finding()))));
            }
        }
        return applySuppressions(document, InheritedFromSource.drop(document, dropRedundant(kept)));
    }

    /**
     * Drops the findings that hold the text to a target-language convention inside text left in the source
     * language: the leftover is the finding there, and a fix would write the target's conventions into the source's
     * words. One that is kept but starts right after a word only the source knows ("values are:") keeps its fixes as
     * unsafe ones. The passages are worked out only when some finding could be dropped.
     */
    private void dropInSourceText(Document document, List<Produced> raw) {
        if (raw.stream().allMatch(p -> p.rule().holdsInSourceText(p.finding()))) {
            return;
        }
        SourcePassages passages = passagesOf.apply(document);
        if (!passages.isEmpty()) {
            raw.removeIf(p -> !p.rule().holdsInSourceText(p.finding())
                    && passages.covers(p.finding().start(), p.finding().end()));
        }
        raw.replaceAll(p -> p.rule().holdsInSourceText(p.finding())
                || p.finding().fixes().stream().noneMatch(io.mtlint.model.Fix::safe)
                || !passages.followsSourceWord(p.finding().start()) ? p : new Produced(p.rule(), unsafe(p.finding())));
    }

    private static Finding unsafe(Finding f) {
        return new Finding(f.ruleId(), f.category(), f.severity(), f.start(), f.end(), f.message(),
                f.fixes().stream().map(x -> new io.mtlint.model.Fix(x.edits(), false, x.description())).toList());
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

    /**
     * The finding with its fixes as they must be written into the file: in a bilingual file escaped for the format,
     * and dropped when they would touch anything but the translation.
     */
    private static Finding writable(Document document, Finding f) {
        if (f.fixes().isEmpty() || !document.isBilingual()) {
            return f;
        }
        List<io.mtlint.model.Fix> fixes = new ArrayList<>();
        for (io.mtlint.model.Fix fix : f.fixes()) {
            io.mtlint.model.Fix written = document.writable(fix);
            if (written != null) {
                fixes.add(written);
            }
        }
        return new Finding(f.ruleId(), f.category(), f.severity(), f.start(), f.end(), f.message(), fixes);
    }

    /** The severity configured for the finding's check, else for its family, else for its category. */
    private Finding withOverriddenSeverity(Finding f) {
        for (String id = f.ruleId(); id != null; id = RuleIds.familyOf(id)) {
            Severity s = severityOverrides.get(id);
            if (s != null) {
                return f.withSeverity(s);
            }
        }
        Severity s = severityOverrides.get(f.category().id());
        return s == null ? f : f.withSeverity(s);
    }

    /**
     * Exact duplicates go, as do repeats of a span and category by another rule (a built-in detector and a pack
     * rule flagging the same words for the same reason say it once), and a finding its rule says only restates
     * another rule's.
     */
    private static List<Finding> dropRedundant(List<Produced> produced) {
        Set<Finding> seen = new HashSet<>();
        Map<String, Rule> spanOwners = new HashMap<>();
        List<Produced> unique = new ArrayList<>();
        for (Produced p : produced) {
            Finding f = p.finding();
            String span = f.start() + ":" + f.end() + ":" + f.category();
            Rule owner = spanOwners.putIfAbsent(span, p.rule());
            if (seen.add(f) && (owner == null || owner == p.rule())) {
                unique.add(p);
            }
        }
        Map<Finding, Rule> ruleOf = new HashMap<>();
        unique.forEach(p -> ruleOf.put(p.finding(), p.rule()));
        OverlapIndex index = new OverlapIndex(List.copyOf(ruleOf.keySet()));
        List<Finding> result = new ArrayList<>();
        for (Produced p : unique) {
            boolean restated = index.anyNear(p.finding().start(), p.finding().end(),
                    o -> ruleOf.get(o) != p.rule() && p.rule().restates(p.finding(), o));
            if (!restated) {
                result.add(p.finding());
            }
        }
        Collections.sort(result);
        return result;
    }

    private CheckResult applySuppressions(Document document, List<Finding> findings) {
        if (document.suppressions().isEmpty()) {
            return new CheckResult(document, language, findings, 0, List.of(), sourceOf.apply(document));
        }
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : findings) {
            if (f.ruleId().equals(UNUSED_DISABLE)) {
                kept.add(f);
                continue;
            }
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
        return new CheckResult(document, language, kept, suppressed, unused, sourceOf.apply(document));
    }
}
