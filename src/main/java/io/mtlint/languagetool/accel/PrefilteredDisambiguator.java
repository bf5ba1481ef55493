package io.mtlint.languagetool.accel;

import io.mtlint.support.Trace;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;
import org.languagetool.tagging.disambiguation.rules.XmlRuleDisambiguator;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * LanguageTool's rule-based disambiguation, run rule by rule exactly as {@link XmlRuleDisambiguator} runs it,
 * except that a rule {@link RulePrefilter} shows cannot match the sentence as it stands is not run. The readings'
 * tags and lemmas are taken afresh after every rule that changes the sentence (a rule returns a new sentence
 * exactly when it changed one), since a rule can add, replace or remove readings for the next.
 */
final class PrefilteredDisambiguator implements Disambiguator {
    private final XmlRuleDisambiguator original;
    private final RuleSet rules;
    private final RulePrefilter prefilter;

    private PrefilteredDisambiguator(XmlRuleDisambiguator original, RuleSet rules) {
        this.original = original;
        this.rules = rules;
        this.prefilter = RulePrefilter.of(rules.allRules());
    }

    @Override
    public AnalyzedSentence preDisambiguate(AnalyzedSentence input) {
        return original.preDisambiguate(input);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input) throws IOException {
        return disambiguate(input, null);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input, JLanguageTool.CheckCancelledCallback checkCanceled)
            throws IOException {
        AnalyzedSentence sentence = input;
        SentenceReadings readings = new SentenceReadings(sentence);
        for (Rule rule : rules.rulesForSentence(sentence)) {
            if (checkCanceled != null && checkCanceled.checkCancelled()) {
                break;
            }
            if (prefilter.excludes(rule, readings)) {
                assert leavesAlone((DisambiguationPatternRule) rule, sentence) : rule.getId() + " skipped";
                continue;
            }
            AnalyzedSentence changed = ((DisambiguationPatternRule) rule).replace(sentence);
            if (changed != sentence) {
                sentence = changed;
                readings = new SentenceReadings(sentence);
            }
        }
        return sentence;
    }

    private static boolean leavesAlone(DisambiguationPatternRule rule, AnalyzedSentence sentence) {
        try {
            return rule.replace(sentence) == sentence;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Puts the filtered disambiguation in place of each {@link XmlRuleDisambiguator} in {@code language}'s
     * disambiguator: the language's own, or those its language-specific disambiguator holds (see {@link #filter}).
     * Returns how many were replaced.
     */
    static int install(Language language) {
        try {
            Disambiguator disambiguator = language.getDisambiguator();
            if (disambiguator instanceof XmlRuleDisambiguator xml) {
                language.setDisambiguator(wrap(xml));
                return 1;
            }
            return filter(disambiguator);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Trace.mark("disambiguation runs unfiltered: " + e);
            return 0;
        }
    }

    /**
     * Replaces each {@link XmlRuleDisambiguator} that {@code holder} keeps in a field by the filtered one (English,
     * German, Spanish and French keep theirs there, run after their multi-word steps), and returns how many. This
     * reaches into private fields of LanguageTool; should they change, disambiguation runs unfiltered.
     */
    static int filter(Disambiguator holder) throws ReflectiveOperationException {
        int replaced = 0;
        for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || !field.getType().isAssignableFrom(PrefilteredDisambiguator.class)) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(holder) instanceof XmlRuleDisambiguator xml) {
                    field.set(holder, wrap(xml));
                    replaced++;
                }
            }
        }
        return replaced;
    }

    private static PrefilteredDisambiguator wrap(XmlRuleDisambiguator xml) throws ReflectiveOperationException {
        Field rules = XmlRuleDisambiguator.class.getDeclaredField("disambiguationRules");
        rules.setAccessible(true);
        return new PrefilteredDisambiguator(xml, (RuleSet) rules.get(xml));
    }
}
