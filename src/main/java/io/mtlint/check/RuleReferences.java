package io.mtlint.check;

import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.model.Category;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleIds;
import io.mtlint.languagetool.LanguageToolRule;
import io.mtlint.packs.PackIds;
import io.mtlint.text.DidYouMean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the rule ids a configuration names (disable, enable, only, severity) against the rules: an id a rule
 * had before it was renamed is rewritten to the rule's id, so the configuration keeps working, and a warning
 * says so; an id no rule has, for any language pair, is an error naming where it was written and the ids closest
 * to it, since it would silently select nothing (a typo such as {@code mt.qoutes}). Ids
 * ending in {@code *} select families: one that selected rules under their former ids also selects them under
 * their new ones. A vocabulary list's name is no rule id: it selects nothing, and a warning says so.
 * LanguageTool's ids ({@code lt.…}) and category ids are left to their own checks.
 */
final class RuleReferences {
    /** All ids of all packs, for any language pair; computed only when an id is not among this run's rules. */
    interface KnownIds {
        PackIds get() throws ConfigException;
    }

    private final Map<String, String> currentByFormer = new LinkedHashMap<>();
    private final Set<String> current = new LinkedHashSet<>();
    private final KnownIds elsewhere;
    private PackIds knownElsewhere;
    private final Set<String> warnings = new LinkedHashSet<>();
    /** The options whose ids are resolved, for where each id was written. */
    private final CheckOptions options;

    private RuleReferences(Collection<Rule> rules, KnownIds elsewhere, CheckOptions options) {
        this.elsewhere = elsewhere;
        this.options = options;
        current.add(Checker.UNUSED_DISABLE);
        for (Rule rule : rules) {
            current.add(rule.id());
            for (io.mtlint.model.RuleInfo check : rule.checks()) {
                current.add(check.id());
                for (String former : check.formerIds()) {
                    currentByFormer.put(former, check.id());
                }
            }
        }
    }

    /** Options whose rule ids name current rules, and the warnings about the ids that did not. */
    record Resolved(CheckOptions options, List<String> warnings) {
    }

    /** Whether {@code options} name rule ids that {@link #resolve} reads, and may warn about. */
    static boolean namesAny(CheckOptions options) {
        return !options.disabledRules().isEmpty() || !options.enabledRules().isEmpty()
                || !options.onlyRules().isEmpty() || !options.severityOverrides().isEmpty();
    }

    /**
     * {@code options} with former ids rewritten to current ones, and the warnings, in the order the ids were met.
     * {@code rules} are all the rules the run could load, enabled or not.
     */
    static Resolved resolve(CheckOptions options, Collection<Rule> rules, KnownIds elsewhere)
            throws ConfigException {
        RuleReferences references = new RuleReferences(rules, elsewhere, options);
        CheckOptions.Builder resolved = options.toBuilder();
        references.rewrite(resolved.disabledRules());
        references.rewrite(resolved.enabledRules());
        references.rewrite(resolved.onlyRules());
        Map<String, io.mtlint.model.Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<String, io.mtlint.model.Severity> e : options.severityOverrides().entrySet()) {
            for (String id : references.resolved(e.getKey())) {
                severities.put(id, e.getValue());
            }
        }
        resolved.severityOverrides().clear();
        resolved.severityOverrides().putAll(severities);
        return new Resolved(resolved.build(), List.copyOf(references.warnings));
    }

    private void rewrite(Set<String> ids) throws ConfigException {
        List<String> resolved = new ArrayList<>();
        for (String id : ids) {
            resolved.addAll(resolved(id));
        }
        ids.clear();
        ids.addAll(resolved);
    }

    /** What {@code id} stands for now: itself, plus or instead of the ids of renamed rules it named. */
    private List<String> resolved(String id) throws ConfigException {
        if (id.startsWith(LanguageToolRule.PREFIX) || isCategory(id)) {
            return List.of(id);
        }
        if (id.endsWith("*")) {
            return family(id);
        }
        if (current.contains(id) || selectsAny(id, current)) {
            return List.of(id);
        }
        String renamed = currentByFormer.get(id);
        if (renamed != null) {
            warnings.add("rule '" + id + "' is now '" + renamed + "'; the old id still works, but use the new one");
            return List.of(renamed);
        }
        Set<String> rules = knownElsewhere().rules();
        if (rules.contains(id) || selectsAny(id, rules)) {
            return List.of(id);
        }
        Set<String> lists = knownElsewhere().vocabularyLists();
        if (lists.contains(id) || selectsAny(id, lists)) {
            warnings.add(options.at(CheckOptions.rule(id), "'" + id + "' names a vocabulary list, not a rule,"
                    + " and selects nothing; remove it"));
            return List.of(id);
        }
        Set<String> known = new TreeSet<>(current);
        known.addAll(rules);
        throw new ConfigException(options.at(CheckOptions.rule(id), "no rule has the id '" + id + "'"
                + DidYouMean.hint(id, known) + "; see 'mtlint rules list'"));
    }

    private List<String> family(String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 1);
        Set<String> moved = new TreeSet<>();
        for (Map.Entry<String, String> e : currentByFormer.entrySet()) {
            if (e.getKey().startsWith(prefix) && !e.getValue().startsWith(prefix)) {
                moved.add(e.getValue());
            }
        }
        if (moved.isEmpty()) {
            return List.of(pattern);
        }
        List<String> named = new ArrayList<>(moved);
        String examples = String.join(", ", named.subList(0, Math.min(3, named.size())))
                + (named.size() > 3 ? ", \u2026" : "");
        warnings.add("'" + pattern + "' also selects " + moved.size() + " rule" + (moved.size() == 1 ? "" : "s")
                + " renamed out of that family (" + examples + "); name them by their new ids");
        List<String> ids = new ArrayList<>();
        ids.add(pattern);
        ids.addAll(moved);
        return ids;
    }

    /** Whether {@code selector} names a family of some of {@code ids} ({@code es-en} for {@code es-en.…}). */
    private static boolean selectsAny(String selector, Set<String> ids) {
        return ids.stream().anyMatch(id -> RuleIds.selects(selector, id));
    }

    private PackIds knownElsewhere() throws ConfigException {
        if (knownElsewhere == null) {
            knownElsewhere = elsewhere.get();
        }
        return knownElsewhere;
    }

    private static boolean isCategory(String id) {
        try {
            Category.fromId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
