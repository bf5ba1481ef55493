package io.mtlint.analysis;

import io.mtlint.text.Words;
import io.mtlint.support.Memo;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.Locutions;

import java.util.List;

/**
 * Expressions the target language writes as they are, though their words look foreign or like names: LanguageTool's
 * multi-word entries ("de facto", "vice versa"), the packs' accepted phrases ("de jure", "et al"), and two words
 * whose hyphenated form is a target word ("full time"). The leftover and casing detectors leave them alone.
 */
public final class TargetExpressions {
    /** Longer expressions than this ("crème de la crème") are not looked for behind a word. */
    private static final int MAX_WORDS = 5;
    private static final int MAX_REMEMBERED_PAIRS = 50_000;

    private final Locutions expressions;
    private final Vocabulary vocabulary;
    /** Whether "w1-w2" is a target word, remembered: asked for word pairs of every run of source words. */
    private final Memo<String, Boolean> hyphenatedIsWord;

    TargetExpressions(Locutions expressions, Vocabulary vocabulary, Lexicon target) {
        this.expressions = expressions;
        this.vocabulary = vocabulary;
        this.hyphenatedIsWord = new Memo<>(MAX_REMEMBERED_PAIRS, target::knowsAnyCase);
    }

    /** The target language's expressions; cheap, since the lists behind them are loaded once per language. */
    public static TargetExpressions of(RuleEnvironment env) {
        return new TargetExpressions(Locutions.allOf(env.target()), env.vocabulary(), env.targetLexicon());
    }

    /**
     * The last word of the longest expression that starts at word {@code i} and ends before word {@code limit},
     * or -1.
     */
    int endAt(String text, List<Words.Word> words, int i, int limit) {
        return endAt(text, words, i, limit, true);
    }

    /** As {@link #endAt}, leaving out names ("Buenos Aires") unless {@code withNames}. */
    private int endAt(String text, List<Words.Word> words, int i, int limit, boolean withNames) {
        if (i + 1 >= limit || !joined(text, words.get(i), words.get(i + 1))) {
            return -1;
        }
        String first = words.get(i).lower();
        String second = words.get(i + 1).lower();
        int longest = -1;
        for (List<List<String>> phrases : List.of(expressions.startingWithProseWords(first, second),
                vocabulary.acceptedPhrasesStartingWith(first, second))) {
            for (List<String> phrase : phrases) {
                int last = i + phrase.size() - 1;
                if (last > longest && last < limit && (withNames || !expressions.isName(phrase))
                        && matches(text, words, i, phrase)) {
                    longest = last;
                }
            }
        }
        if (longest < 0 && text.charAt(words.get(i).end()) == ' ' && words.get(i + 1).start() == words.get(i).end() + 1
                && hyphenatedIsWord.get(words.get(i).text() + "-" + words.get(i + 1).text())) {
            longest = i + 1;
        }
        return longest;
    }

    /**
     * Words {@code i, i+1 …} are the phrase's words, written with spaces, apostrophes or hyphens between them. The
     * first two were the lookup's key and are already known to match.
     */
    private static boolean matches(String text, List<Words.Word> words, int i, List<String> phrase) {
        for (int k = 2; k < phrase.size(); k++) {
            if (!words.get(i + k).lower().equals(phrase.get(k)) || !joined(text, words.get(i + k - 1), words.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(String text, Words.Word a, Words.Word b) {
        if (b.start() - a.end() > 2 || b.start() == a.end()) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0' && c != '\'' && c != '\u2019' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** True when word {@code k} lies inside an expression that is not a name: a lowercase word there is right. */
    public boolean coversLowercase(String text, List<Words.Word> words, int k) {
        for (int start = Math.max(0, k - MAX_WORDS + 1); start <= k; start++) {
            if (endAt(text, words, start, words.size(), false) >= k) {
                return true;
            }
        }
        return false;
    }
}
