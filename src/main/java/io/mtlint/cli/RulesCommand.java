package io.mtlint.cli;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Example;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.ConfigException;
import io.mtlint.eval.RuleExamples;
import io.mtlint.report.RuleDocs;
import io.mtlint.text.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtlint rules list|explain|test}: what the rules are and whether their examples hold. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List, explain and test the rules.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Test.class,
                RulesCommand.Docs.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<Rule> rules(CheckOptionsMixin options, CheckOptions base) throws ConfigException {
        return CheckerFactory.availableRules(options.applyTo(base));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: id, category, severity, source, enabled.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CheckOptionsMixin options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                CheckOptions o = options.applyTo(CheckOptions.defaults());
                List<String> enabled = CheckerFactory.create(o).rules().stream().flatMap(r -> r.checks().stream())
                        .map(RuleInfo::id).toList();
                List<Rule> all = rules(options, CheckOptions.defaults());
                out.printf("%-44s %-17s %-8s %-8s %s%n", "ID", "CATEGORY", "SEVERITY", "ENABLED", "SOURCE");
                for (Rule r : all) {
                    for (RuleInfo i : r.checks()) {
                        out.printf("%-44s %-17s %-8s %-8s %s%n", i.id(), i.category().id(), i.severity().id(),
                                enabled.contains(i.id()) ? "yes" : "no", i.origin());
                    }
                }
                return Main.OK;
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("mtlint: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Describe a rule with its examples.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CheckOptionsMixin options;
        @Parameters(paramLabel = "ID", completionCandidates = RuleIdCandidates.class,
                description = "The rule id, e.g. mt.source-leftover.")
        String id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<Rule> all = rules(options, CheckOptions.defaults());
                for (Rule r : all) {
                    List<RuleInfo> candidates = new ArrayList<>(List.of(r.info()));
                    candidates.addAll(r.info().checks());
                    for (RuleInfo i : candidates) {
                        if (i.id().equals(id) || i.id().equals("mt." + id) || i.formerIds().contains(id)) {
                            explain(out, i);
                            return Main.OK;
                        }
                    }
                }
                List<String> ids = new ArrayList<>();
                for (Rule r : all) {
                    ids.add(r.id());
                    for (RuleInfo i : r.info().reportedAs()) {
                        ids.add(i.id());
                        ids.addAll(i.formerIds());
                    }
                }
                spec.commandLine().getErr().println("mtlint: no rule '" + id + "'" + DidYouMean.hint(id, ids)
                        + "; see 'mtlint rules list'");
                return Main.USAGE;
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("mtlint: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every rule's examples (the shipped packs, plus the packs in DIR) and report failures: "
                    + "under every language pair the shipped packs are written for, or only under the pair that "
                    + "--source and --lang give.")
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CheckOptionsMixin options;
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "A rule directory to test besides the shipped packs.")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                CheckOptions.Builder base = CheckOptions.builder().languageTool(false);
                if (dir != null) {
                    base.ruleDirectories().add(dir);
                }
                CheckOptions effective = options.applyTo(base.build());
                List<List<String>> pairs = options.source == null && options.lang == null
                        ? RuleExamples.SHIPPED_PAIRS : List.of(java.util.Arrays.asList(effective.pair().source(), effective.pair().target()));
                // A rule shared by several pairs runs under each; an example and a failure are counted once.
                java.util.Set<String> failures = new java.util.LinkedHashSet<>();
                java.util.Set<String> tested = new java.util.HashSet<>();
                java.util.Set<String> examples = new java.util.HashSet<>();
                for (List<String> pair : pairs) {
                    CheckOptions o = effective.toBuilder().pair(LanguagePair.of(pair.get(1), pair.get(0))).build();
                    List<Rule> available = CheckerFactory.availableRules(o);
                    for (Rule r : available) {
                        tested.add(r.id());
                        List<Example> documented = RuleExamples.examplesOf(r);
                        for (int i = 0; i < documented.size(); i++) {
                            if (documented.get(i).appliesTo(o.pair().source(), o.pair().target())) {
                                examples.add(r.id() + "#" + i);
                            }
                        }
                        for (RuleExamples.Failure f : RuleExamples.run(r, o.pair().source(), o.pair().target(), available)) {
                            failures.add(f.describe());
                        }
                    }
                }
                for (String f : failures) {
                    out.println(f);
                }
                String over = pairs.size() > 1 ? pairs.size() + " language pairs"
                        : java.util.Objects.requireNonNullElse(pairs.get(0).get(0), "no source") + "\u2192" + pairs.get(0).get(1);
                out.println(tested.size() + " rules, " + examples.size() + " examples for " + over + ", "
                        + failures.size() + " failed");
                return failures.isEmpty() ? Main.OK : Main.FINDINGS;
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("mtlint: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    @Command(name = "docs", mixinStandardHelpOptions = true,
            description = "Print the rules' reference in Markdown (docs/rules.md), written from the rules' metadata: "
                    + "every shipped rule for every language pair the packs are written for, and those of --rules DIR.")
    static final class Docs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"--rule-dir", "--rules"}, paramLabel = "DIR",
                description = "Document the rule packs of this directory too (repeatable).")
        List<java.nio.file.Path> ruleDirectories = new ArrayList<>();

        @Override
        public Integer call() {
            try {
                spec.commandLine().getOut().print(RuleDocs.markdown(shippedRules(ruleDirectories)));
                spec.commandLine().getOut().flush();
                return Main.OK;
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("mtlint: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    /** Every shipped rule, for any of the language pairs the packs are written for, once. */
    static List<Rule> shippedRules() throws ConfigException {
        return shippedRules(List.of());
    }

    /** The same, with the rules of the packs in {@code ruleDirectories}. */
    static List<Rule> shippedRules(List<java.nio.file.Path> ruleDirectories) throws ConfigException {
        java.util.Map<String, Rule> all = new java.util.LinkedHashMap<>();
        for (List<String> pair : RuleExamples.SHIPPED_PAIRS) {
            CheckOptions.Builder b = CheckOptions.builder().pair(LanguagePair.of(pair.get(1), pair.get(0)))
                    .languageTool(false).translate(false);
            b.ruleDirectories().addAll(ruleDirectories);
            CheckOptions o = b.build();
            for (Rule r : CheckerFactory.availableRules(o)) {
                all.putIfAbsent(r.id(), r);
            }
        }
        return new ArrayList<>(all.values());
    }

    private static void explain(PrintWriter out, RuleInfo i) {
        out.println(i.id() + " (" + i.category().id() + ", " + i.severity().id() + ", " + i.origin() + ")");
        if (!i.formerIds().isEmpty()) {
            out.println("  formerly " + String.join(", ", i.formerIds()));
        }
        out.println();
        out.println("  " + i.summary());
        if (!i.description().equals(i.summary())) { // a pack rule without a description has its message as both
            out.println();
            for (String line : wrap(i.description(), 76)) {
                out.println("  " + line);
            }
        }
        if (!i.checks().isEmpty()) {
            out.println();
            out.println("Checks (each can be selected, disabled or re-graded by its id; " + i.id() + " names them all):");
            for (RuleInfo c : i.checks()) {
                out.printf("  %-40s %-16s %-8s %s%n", c.id(), c.category().id(), c.severity().id(), c.summary());
            }
        }
        List<String[]> examples = new ArrayList<>();
        for (RuleInfo owner : i.checks().isEmpty() ? List.of(i) : i.checks()) {
            for (Example e : owner.examples()) {
                if (e.segmentSource() != null) {
                    examples.add(new String[] {"source: ", e.segmentSource(), null});
                }
                examples.add(new String[] {e.bad() ? "bad:   " : "good:  ", e.plainText(), e.fixed()});
            }
        }
        if (!i.checks().isEmpty()) {
            i.examples().forEach(e -> examples.add(new String[] {"good:  ", e.plainText(), null}));
        }
        if (!examples.isEmpty()) {
            out.println();
            out.println("Examples:");
            for (String[] e : examples) {
                out.println("  " + e[0] + e[1]);
                if (e[2] != null) {
                    out.println("  fixed: " + e[2]);
                }
            }
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
