package io.mtlint.rules;

import io.mtlint.core.Example;
import io.mtlint.core.Rule;
import io.mtlint.engine.CheckOptions;
import io.mtlint.engine.CheckerFactory;
import io.mtlint.engine.RuleExamples;
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
    static List<Rule> shippedRules() throws Exception {
        CheckOptions o = new CheckOptions();
        o.languageTool = false;
        o.translate = false;
        return CheckerFactory.availableRules(o);
    }

    @TestFactory
    List<DynamicTest> everyExampleBehavesAsDocumented() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : shippedRules()) {
            int n = 0;
            for (Example example : rule.info().examples()) {
                String name = rule.id() + " #" + (++n) + (example.bad() ? " bad" : " good");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    List<RuleExamples.Failure> failures = RuleExamples.run(rule).stream()
                            .filter(f -> f.example() == example).toList();
                    if (!failures.isEmpty()) {
                        fail(failures.get(0).describe());
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void everyRuleIsDocumentedWithBadAndGoodExamples() throws Exception {
        for (Rule rule : shippedRules()) {
            assertFalse(rule.info().description().isBlank(), rule.id() + " has no description");
            assertTrue(rule.info().examples().stream().anyMatch(Example::bad), rule.id() + " has no bad example");
            assertTrue(rule.info().examples().stream().anyMatch(e -> !e.bad()), rule.id() + " has no good example");
        }
    }

    @Test
    void thereAreAtLeastTwentyCalques() throws Exception {
        long calques = shippedRules().stream().filter(r -> r.info().category().id().equals("calque")).count();
        assertTrue(calques >= 18, "only " + calques + " calque rules");
    }
}
