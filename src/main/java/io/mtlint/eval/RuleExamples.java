package io.mtlint.eval;

import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.Fix;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleIds;
import io.mtlint.model.RuleInfo;
import io.mtlint.format.DocumentLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every rule's documented examples as tests: a bad example must be flagged by that rule (exactly on its
 * marked span, when it marks one), its message must have every placeholder filled in, and its first fix must
 * give the documented fixed text; a good example must stay clean.
 */
public final class RuleExamples {
    /** One example that did not behave as documented. */
    public record Failure(Rule rule, String id, Example example, String problem) {
        public String describe() {
            return rule.info().origin() + ": " + id + ": " + problem + "\n    example: " + example.text();
        }
    }

    /**
     * What a message template left unexpanded: {@code {match}} or {@code {1}}, a replacement's {@code $1} (which
     * messages do not expand), a token reference {@code \1}.
     */
    private static final Pattern UNEXPANDED =
            Pattern.compile("\\{(?:match|\\d+)}|\\$\\d|\\\\\\d");

    /**
     * The language pairs the shipped packs are written for, source first: every example runs under its own pair,
     * since a pack for French sources is not loaded when the source is Spanish.
     */
    public static final List<List<String>> SHIPPED_PAIRS = List.of(List.of("es", "en-US"), List.of("fr", "en-US"),
            List.of("de", "en-US"), List.of("pt", "en-US"), List.of("it", "en-US"), List.of("ca", "en-US"),
            List.of("ru", "en-US"), List.of("uk", "en-US"), List.of("ja", "en-US"), List.of("hi", "en-US"),
            List.of("es", "fr"), List.of("en", "es"), List.of("en", "fr"),
            List.of("en", "de-DE"), List.of("en", "it"), List.of("en", "pt-PT"), List.of("en", "ca-ES"));

    private RuleExamples() {
    }

    /**
     * Runs the rule's examples written for {@code source}→{@code target}; the others are skipped. A check's
     * examples expect findings of that check; a family's own examples are good texts none of its checks flags.
     */
    public static List<Failure> run(Rule rule, String source, String target) {
        return run(rule, source, target, List.of());
    }

    /**
     * As {@link #run(Rule, String, String)}; a rule that reviews others' findings is shown what the rules of
     * {@code context} that do not find on each example.
     */
    public static List<Failure> run(Rule rule, String source, String target, List<Rule> context) {
        List<Failure> failures = new ArrayList<>();
        List<RuleInfo> owners = new ArrayList<>(rule.info().checks());
        owners.add(rule.info());
        for (RuleInfo owner : owners) {
            for (Example example : owner.examples()) {
                if (!example.appliesTo(source, target)) {
                    continue;
                }
                String problem = check(rule, owner.id(), example, context);
                if (problem != null) {
                    failures.add(new Failure(rule, owner.id(), example, problem));
                }
            }
        }
        return failures;
    }

    /** The examples of the rule and of its checks. */
    public static List<Example> examplesOf(Rule rule) {
        List<Example> all = new ArrayList<>(rule.info().examples());
        rule.info().checks().forEach(c -> all.addAll(c.examples()));
        return all;
    }

    /** A translated page paired with its source page, as a page found beside its source is. */
    private static Document pagePair(String source, String text) {
        Document page = DocumentLoader.fromText("example", text, Format.MARKDOWN);
        io.mtlint.format.PairedSource.attach(page, DocumentLoader.fromText("example-source", source, Format.MARKDOWN));
        return page;
    }

    static String check(Rule rule, String id, Example example, List<Rule> context) {
        String text = example.plainText();
        Document doc = example.segmentSource() == null ? DocumentLoader.fromText("example", text, example.format())
                : example.format() == Format.MARKDOWN ? pagePair(example.segmentSource(), text)
                : DocumentLoader.aligned("example", example.segmentSource(), text);
        List<Finding> findings = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        if (rule.reviewsOthers()) {
            context.stream().filter(r -> r != rule && !r.reviewsOthers()).forEach(r -> r.check(doc, others::add));
        }
        rule.forExamples().check(doc, f -> {
            if (RuleIds.selects(id, f.ruleId()) || id.endsWith("*")) {
                findings.add(f);
            }
        }, others);
        if (!example.bad()) {
            return findings.isEmpty() ? null : "good example flagged: " + describe(text, findings.get(0));
        }
        if (findings.isEmpty()) {
            return "bad example not flagged";
        }
        int[] marked = example.markedSpan();
        Finding finding = findings.get(0);
        if (marked != null) {
            finding = findings.stream().filter(f -> f.start() == marked[0] && f.end() == marked[1]).findFirst()
                    .orElse(null);
            if (finding == null) {
                return "flagged " + describe(text, findings.get(0)) + " instead of \u201c"
                        + text.substring(marked[0], marked[1]) + "\u201d";
            }
        }
        Matcher placeholder = UNEXPANDED.matcher(finding.message());
        if (placeholder.find()) {
            return "message keeps the placeholder \u201c" + placeholder.group() + "\u201d: " + finding.message();
        }
        if (example.fixed() != null) {
            if (finding.fixes().isEmpty()) {
                return "no fix offered; expected \u201c" + example.fixed() + "\u201d";
            }
            Fix fix = finding.fixes().get(0);
            String fixed = fix.applyTo(text);
            if (!fixed.equals(example.fixed())) {
                return "fix gives \u201c" + fixed + "\u201d, expected \u201c" + example.fixed() + "\u201d";
            }
        }
        return null;
    }

    private static String describe(String text, Finding f) {
        return "\u201c" + text.substring(f.start(), f.end()) + "\u201d at column "
                + new io.mtlint.model.LineMap(text).position(f.start()).column() + " (" + f.message() + ")";
    }
}
