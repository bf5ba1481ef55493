package io.mtlint.detectors;

import io.mtlint.lang.LanguagePair;
import io.mtlint.model.Example;
import io.mtlint.model.Rule;
import io.mtlint.config.CheckOptions;
import io.mtlint.check.CheckerFactory;
import io.mtlint.eval.RuleExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every built-in and shipped pack rule documents itself with examples; each example is a test. */
class RuleExamplesTest {
    /** The language pairs the shipped packs are written for; each example runs under its own pair. */
    static final List<String[]> PAIRS = RuleExamples.SHIPPED_PAIRS.stream()
            .map(pair -> pair.toArray(new String[0])).toList();

    static List<Rule> shippedRules(String source, String target) throws Exception {
        CheckOptions o = CheckOptions.builder().pair(LanguagePair.of(target, source)).languageTool(false)
                .translate(false).build();
        return CheckerFactory.availableRules(o);
    }

    static List<Rule> shippedRules() throws Exception {
        java.util.Map<String, Rule> all = new java.util.LinkedHashMap<>();
        for (String[] pair : PAIRS) {
            for (Rule r : shippedRules(pair[0], pair[1])) {
                all.putIfAbsent(r.id(), r);
            }
        }
        return new ArrayList<>(all.values());
    }

    @TestFactory
    List<DynamicTest> everyExampleBehavesAsDocumented() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] pair : PAIRS) {
            List<Rule> rules = shippedRules(pair[0], pair[1]);
            for (Rule rule : rules) {
                int n = 0;
                for (Example example : RuleExamples.examplesOf(rule)) {
                    n++;
                    String name = rule.id() + " #" + n + (example.bad() ? " bad" : " good");
                    if (!example.appliesTo(pair[0], pair[1]) || !seen.add(name)) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(name + " (" + pair[0] + "\u2192" + pair[1] + ")", () -> {
                        List<RuleExamples.Failure> failures = RuleExamples.run(rule, pair[0], pair[1], rules).stream()
                                .filter(f -> f.example() == example).toList();
                        if (!failures.isEmpty()) {
                            fail(failures.get(0).describe());
                        }
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void everyRuleIsDocumentedWithBadAndGoodExamples() throws Exception {
        for (Rule rule : shippedRules()) {
            assertFalse(rule.info().description().isBlank(), rule.id() + " has no description");
            assertTrue(RuleExamples.examplesOf(rule).stream().anyMatch(Example::bad), rule.id() + " has no bad example");
            assertTrue(RuleExamples.examplesOf(rule).stream().anyMatch(e -> !e.bad()), rule.id() + " has no good example");
            for (io.mtlint.model.RuleInfo check : rule.info().checks()) {
                assertFalse(check.description().isBlank(), check.id() + " has no description");
                assertTrue(check.examples().stream().anyMatch(Example::bad), check.id() + " has no bad example");
            }
        }
    }

    @Test
    void thereAreAtLeastTwentyCalques() throws Exception {
        long calques = shippedRules().stream().filter(r -> r.info().category().id().equals("calque")).count();
        assertTrue(calques >= 18, "only " + calques + " calque rules");
    }
}
