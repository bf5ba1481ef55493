package io.mtlint.languagetool.accel;

import io.mtlint.support.Trace;
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
 * tag, a word or a lemma that no reading of the sentence has. LanguageTool skips rules by the words and lemmas
 * their patterns list, but not by tags nor by open word patterns ({@code .*ing}, {@code \d+}). On the corpus's
 * English articles, a fifth of the pattern rules it runs on a sentence lack a tag there; of the rest, 9% lack a
 * word that LanguageTool's own hints miss, as do 32% of the disambiguation rules' runs the tag filter leaves.
 * (Two thirds of the pattern rules' lack a word the hints know, which LanguageTool finds out itself, at more
 * cost.) A token counts when it must occur (not optional) and is neither a reference to another token nor part
 * of an or-group; its tag pattern counts when it is not negated and an untagged reading cannot satisfy it, its
 * word pattern when it is not negated. Each is tested by LanguageTool's own matcher, read out of the token, so
 * the verdicts are exactly LanguageTool's. With assertions on, as in the tests, every skipped rule is run anyway
 * and must come up empty.
 */
final class RulePrefilter {
    private static final ReadingRequirement[] NONE = {};
    private static final Access ACCESS = Access.find();

    private final Map<Rule, ReadingRequirement[]> requirements;

    private RulePrefilter(Map<Rule, ReadingRequirement[]> requirements) {
        this.requirements = requirements;
    }

    static RulePrefilter of(Collection<? extends Rule> rules) {
        Map<Object, ReadingRequirement> shared = new HashMap<>();
        Map<Rule, ReadingRequirement[]> requirements = new IdentityHashMap<>();
        if (ACCESS != null) {
            for (Rule rule : rules) {
                ReadingRequirement[] needs = requirementsOf(rule, shared);
                if (needs.length > 0) {
                    requirements.put(rule, needs);
                }
            }
        }
        return new RulePrefilter(requirements);
    }

    /** Whether {@code rule} cannot match {@code sentence}; false for a rule that needs nothing this filter knows. */
    boolean excludes(Rule rule, SentenceReadings sentence) {
        ReadingRequirement[] needs = requirements.get(rule);
        if (needs == null) {
            return false;
        }
        for (ReadingRequirement need : needs) {
            if (!need.metBy(sentence)) {
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
                SentenceReadings readings = new SentenceReadings(sentence);
                List<Rule> kept = new ArrayList<>(candidates.size());
                for (Rule rule : candidates) {
                    if (!excludes(rule, readings)) {
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

    private static ReadingRequirement[] requirementsOf(Rule rule, Map<Object, ReadingRequirement> shared) {
        // Exactly LanguageTool's two pattern-matching rule classes: a subclass could match by other means.
        if (rule.getClass() != PatternRule.class && rule.getClass() != DisambiguationPatternRule.class
                || ACCESS.readsTagsBeforeDisambiguation(rule)) {
            return NONE;
        }
        AbstractTokenBasedRule pattern = (AbstractTokenBasedRule) rule;
        List<ReadingRequirement> tags = new ArrayList<>();
        List<ReadingRequirement> words = new ArrayList<>();
        for (PatternToken token : pattern.getPatternTokens()) {
            if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()) {
                continue;
            }
            Object tagTest = token.getPOSNegation() || token.getPOStag() == null ? null : ACCESS.tagTest(token);
            if (tagTest != null) {
                Predicate<String> test = tagTest instanceof StringMatcher m ? m::matches : tagTest::equals;
                add(tags, shared.computeIfAbsent(tagTest, k -> new PosRequirement(test)));
            }
            StringMatcher wordTest = token.getNegation() || token.getString().isEmpty() ? null : ACCESS.wordTest(token);
            if (wordTest != null) {
                boolean lemmas = token.isInflected();
                add(words, shared.computeIfAbsent(List.of(wordTest, lemmas),
                        k -> new WordRequirement(wordTest::matches, lemmas)));
            }
        }
        tags.addAll(words);   // a tag is checked against a few hundred bits, a word against each word of a sentence
        return tags.toArray(NONE);
    }

    private static void add(List<ReadingRequirement> needs, ReadingRequirement need) {
        if (!needs.contains(need)) {
            needs.add(need);
        }
    }

    /**
     * LanguageTool's private parts this filter reads: a pattern token's word test, its tag test (its matcher for a
     * regular expression, else the tag it must equal) and whether that lets untagged readings through, and whether
     * a pattern rule reads tags as they were before disambiguation. Should they change, nothing is skipped.
     */
    private record Access(Field textMatcher, Field posToken, Field posPattern, Field posTag, Field posUnknown,
                          Method preDisambiguation) {
        static Access find() {
            try {
                Class<?> pos = Class.forName(PatternToken.class.getName() + "$PosToken");
                Access access = new Access(open(PatternToken.class.getDeclaredField("textMatcher")),
                        open(PatternToken.class.getDeclaredField("posToken")),
                        open(pos.getDeclaredField("posPattern")), open(pos.getDeclaredField("posTag")),
                        open(pos.getDeclaredField("posUnknown")),
                        PatternRule.class.getDeclaredMethod("isInterpretPosTagsPreDisambiguation"));
                access.preDisambiguation.setAccessible(true);
                return access;
            } catch (ReflectiveOperationException | RuntimeException e) {
                Trace.mark("no rule prefilter: " + e);
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

        /** The matcher the token tests a reading's word (or lemma) with; null if it cannot be read. */
        StringMatcher wordTest(PatternToken token) {
            try {
                return (StringMatcher) textMatcher.get(token);
            } catch (ReflectiveOperationException | ClassCastException e) {
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
