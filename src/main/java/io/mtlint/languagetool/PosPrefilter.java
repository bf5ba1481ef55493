package io.mtlint.languagetool;

import io.mtlint.core.Trace;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.rules.patterns.StringMatcher;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Skips the pattern rules that cannot match a sentence because a token of their pattern needs a part-of-speech
 * tag no reading of the sentence has. LanguageTool skips rules by the words and lemmas they need, but not by their
 * tags, and a fifth of the rules it still runs on a sentence fail for want of a tag (English, the benchmark's
 * articles). A token counts when it must occur (not optional), has a tag pattern that is not negated and that an
 * untagged reading cannot satisfy, and is neither a reference to another token nor part of an or-group; the
 * token's pattern is tested by LanguageTool's own matcher, read out of the token, so the verdicts are exactly
 * LanguageTool's. With assertions on, as in the tests, every skipped rule is run anyway and must come up empty.
 */
final class PosPrefilter {
    private static final PosRequirement[] NONE = {};
    private static final Access ACCESS = Access.find();

    private final Map<Rule, PosRequirement[]> requirements;

    private PosPrefilter(Map<Rule, PosRequirement[]> requirements) {
        this.requirements = requirements;
    }

    static PosPrefilter of(Collection<? extends Rule> rules) {
        Map<Object, PosRequirement> shared = new HashMap<>();
        Map<Rule, PosRequirement[]> requirements = new IdentityHashMap<>();
        if (ACCESS != null) {
            for (Rule rule : rules) {
                PosRequirement[] needs = requirementsOf(rule, shared);
                if (needs.length > 0) {
                    requirements.put(rule, needs);
                }
            }
        }
        return new PosPrefilter(requirements);
    }

    /** Whether {@code rule} needs tags at all; a rule that does not is never skipped. */
    boolean filters(Rule rule) {
        return requirements.containsKey(rule);
    }

    /** Whether {@code rule} cannot match a sentence with {@code tags} (from {@link PosTags#of}; null: unknown). */
    boolean excludes(Rule rule, long[] tags) {
        PosRequirement[] needs = requirements.get(rule);
        if (needs == null || tags == null) {
            return false;
        }
        for (PosRequirement need : needs) {
            if (!need.metBy(tags)) {
                return true;
            }
        }
        return false;
    }

    /** {@code rules}, giving for each sentence only the rules this filter does not exclude. */
    RuleSet over(RuleSet rules) {
        return new RuleSet() {
            @Override
            public List<Rule> allRules() {
                return rules.allRules();
            }

            @Override
            public List<Rule> rulesForSentence(AnalyzedSentence sentence) {
                List<Rule> candidates = rules.rulesForSentence(sentence);
                long[] tags = PosTags.of(sentence);
                if (tags == null) {
                    return candidates;
                }
                List<Rule> kept = new ArrayList<>(candidates.size());
                for (Rule rule : candidates) {
                    if (!excludes(rule, tags)) {
                        kept.add(rule);
                    } else {
                        assert findsNothing(rule, sentence) : rule.getId() + " skipped but matches " + sentence;
                    }
                }
                return kept;
            }
        };
    }

    private static boolean findsNothing(Rule rule, AnalyzedSentence sentence) {
        try {
            return rule.match(sentence).length == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PosRequirement[] requirementsOf(Rule rule, Map<Object, PosRequirement> shared) {
        // Exactly LanguageTool's two pattern-matching rule classes: a subclass could match by other means.
        if (rule.getClass() != PatternRule.class && rule.getClass() != DisambiguationPatternRule.class
                || ACCESS.readsTagsBeforeDisambiguation(rule)) {
            return NONE;
        }
        AbstractTokenBasedRule pattern = (AbstractTokenBasedRule) rule;
        List<PosRequirement> needs = new ArrayList<>();
        for (PatternToken token : pattern.getPatternTokens()) {
            if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()
                    || token.getPOSNegation() || token.getPOStag() == null) {
                continue;
            }
            Object key = ACCESS.tagTest(token);
            if (key == null) {
                continue;
            }
            Predicate<String> test = key instanceof StringMatcher matcher ? matcher::matches : key::equals;
            PosRequirement need = shared.computeIfAbsent(key, k -> new PosRequirement(test));
            if (!needs.contains(need)) {
                needs.add(need);
            }
        }
        return needs.toArray(NONE);
    }

    /**
     * LanguageTool's private parts this filter reads: a pattern token's tag test (its matcher for a regular
     * expression, else the tag it must equal) and whether it lets untagged readings through, and whether a
     * pattern rule reads tags as they were before disambiguation. Should they change, nothing is skipped.
     */
    private record Access(Field posToken, Field posPattern, Field posTag, Field posUnknown, Method preDisambiguation) {
        static Access find() {
            try {
                Class<?> pos = Class.forName(PatternToken.class.getName() + "$PosToken");
                Access access = new Access(open(PatternToken.class.getDeclaredField("posToken")),
                        open(pos.getDeclaredField("posPattern")), open(pos.getDeclaredField("posTag")),
                        open(pos.getDeclaredField("posUnknown")),
                        PatternRule.class.getDeclaredMethod("isInterpretPosTagsPreDisambiguation"));
                access.preDisambiguation.setAccessible(true);
                return access;
            } catch (ReflectiveOperationException | RuntimeException e) {
                Trace.mark("no part-of-speech prefilter: " + e);
                return null;
            }
        }

        private static Field open(Field field) {
            field.setAccessible(true);
            return field;
        }

        /** The token's tag matcher or the tag it must equal; null when an untagged reading would do. */
        Object tagTest(PatternToken token) {
            try {
                Object pos = Objects.requireNonNull(posToken.get(token));
                if (posUnknown.getBoolean(pos)) {
                    return null;
                }
                Object matcher = posPattern.get(pos);
                return matcher != null ? matcher : posTag.get(pos);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }

        boolean readsTagsBeforeDisambiguation(Rule rule) {
            try {
                return rule instanceof PatternRule && (Boolean) preDisambiguation.invoke(rule);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }
}
