package io.mtlint.languagetool.accel;

import org.languagetool.AnalyzedSentence;
import org.languagetool.CheckResults;
import org.languagetool.Language;
import org.languagetool.MultiThreadedJLanguageTool;
import org.languagetool.RuleMatchListener;
import org.languagetool.ToneTag;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleSet;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * LanguageTool's multi-threaded checker, which analyses the sentences of one text and runs its rules on all
 * cores, with one worker pool shared by every instance: a single article is checked on every core, and many
 * files checked at once do not start a pool each.
 */
public final class SharedPoolLanguageTool extends MultiThreadedJLanguageTool {
    private static final ForkJoinPool WORKERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private static final Predicate<RuleMatch> NONE = match -> false;

    /** Set for one check at a time: an instance is only ever used by one caller at once. */
    private volatile Predicate<RuleMatch> unwanted = NONE;
    /** The rule set of the last check, and the same without the rules {@link RulePrefilter} skips per sentence. */
    private volatile Filtered filtered = new Filtered(null, null);

    private record Filtered(RuleSet source, RuleSet rules) {
    }

    public SharedPoolLanguageTool(Language language) {
        super(language);
    }

    /**
     * Checks {@code text}, dropping the matches {@code unwanted} rejects as soon as the rules have run: before
     * LanguageTool's match filters, which compute every remaining match's suggestions (for a spelling alarm, a
     * search of the whole dictionary).
     */
    public List<RuleMatch> check(AnnotatedText text, Predicate<RuleMatch> unwanted, RuleMatchListener listener)
            throws IOException {
        return check(text, unwanted, listener, Level.DEFAULT);
    }

    /** As {@link #check(AnnotatedText, Predicate, RuleMatchListener)}, running the rules of {@code level}. */
    public List<RuleMatch> check(AnnotatedText text, Predicate<RuleMatch> unwanted, RuleMatchListener listener,
            Level level) throws IOException {
        this.unwanted = unwanted;
        try {
            return check(text, true, ParagraphHandling.NORMAL, listener, level);
        } finally {
            this.unwanted = NONE;
        }
    }

    @Override
    protected CheckResults performCheck(List<AnalyzedSentence> analyzedSentences, List<String> sentenceTexts,
            RuleSet ruleSet, ParagraphHandling paraMode, AnnotatedText annotatedText, RuleMatchListener listener,
            Mode mode, Level level, boolean checkRemoteRules, Set<ToneTag> toneTags) {
        Filtered rules = filtered;
        if (rules.source != ruleSet) {
            filtered = rules = new Filtered(ruleSet, RulePrefilter.of(ruleSet.allRules()).over(ruleSet));
        }
        CheckResults results = super.performCheck(analyzedSentences, sentenceTexts, rules.rules, paraMode,
                annotatedText, listener, mode, level, checkRemoteRules, toneTags);
        results.getRuleMatches().removeIf(unwanted);
        return results;
    }

    @Override
    protected ExecutorService getExecutorService() {
        return WORKERS;
    }

    @Override
    public void shutdown() {
        // The pool is shared and its workers are daemon threads: nothing to stop per instance.
    }
}
