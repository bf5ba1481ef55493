package io.mtlint.rules;

import io.mtlint.core.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.Locutions;

import java.util.List;

/**
 * Expressions the target language writes as they are, though their words look foreign or like names: LanguageTool's
 * multi-word entries ("de facto", "vice versa"), the packs' accepted phrases ("de jure", "et al"), and two words
 * whose hyphenated form is a target word ("full time"). The leftover and casing detectors leave them alone.
 */
final class TargetExpressions {
    /** Longer expressions than this ("crème de la crème") are not looked for behind a word. */
    private static final int MAX_WORDS = 5;

    private final Locutions expressions;
    private final Vocabulary vocabulary;
    private final Lexicon target;

    TargetExpressions(Locutions expressions, Vocabulary vocabulary, Lexicon target) {
        this.expressions = expressions;
        this.vocabulary = vocabulary;
        this.target = target;
    }

    /** The target language's expressions; cheap, since the lists behind them are loaded once per language. */
    static TargetExpressions of(RuleEnvironment env) {
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
        if (i + 1 >= limit) {
            return -1;
        }
        String first = words.get(i).lower();
        int longest = -1;
        for (List<List<String>> phrases : List.of(expressions.startingWith(first),
                vocabulary.acceptedPhrasesStartingWith(first))) {
            for (List<String> phrase : phrases) {
                if (!withNames && expressions.isName(phrase)) {
                    continue;
                }
                String written = String.join(" ", phrase);
                int last = i + Words.of(written).size() - 1;
                if (last > longest && last < limit && last > i && written.equals(normalised(text, words, i, last))) {
                    longest = last;
                }
            }
        }
        if (longest < 0 && words.get(i + 1).start() == words.get(i).end() + 1
                && Character.isWhitespace(text.charAt(words.get(i).end()))
                && target.knowsAnyCase(words.get(i).text() + "-" + words.get(i + 1).text())) {
            longest = i + 1;
        }
        return longest;
    }

    /** True when word {@code k} lies inside an expression that is not a name: a lowercase word there is right. */
    boolean coversLowercase(String text, List<Words.Word> words, int k) {
        for (int start = Math.max(0, k - MAX_WORDS + 1); start <= k; start++) {
            if (endAt(text, words, start, words.size(), false) >= k) {
                return true;
            }
        }
        return false;
    }

    /** Words {@code from..to} as an expression list writes them: lowercase, single spaces, straight apostrophes. */
    private static String normalised(String text, List<Words.Word> words, int from, int to) {
        return text.substring(words.get(from).start(), words.get(to).end()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}
