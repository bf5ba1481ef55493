package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.core.RuleInfo;
import io.mtlint.rules.BlockFix;
import io.mtlint.rules.BlockReporter;
import io.mtlint.rules.BlockRule;
import io.mtlint.rules.DocumentContext;
import io.mtlint.rules.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack rule that flags words or phrases on word boundaries: calques, banned words, house spellings. Phrases
 * match case-insensitively unless the rule says otherwise, across any run of spaces or line breaks, and with
 * {@code inflect} also in every form LanguageTool's synthesizer gives for their words.
 */
final class PhraseRule extends BlockRule {
    private final RuleInfo info;
    private final Pattern pattern;
    /** Words of which a block must contain one for any phrase to match; null when some phrase has none. */
    private final Set<String> triggers;
    private final boolean sentenceStart;
    private final List<String> suggestions;
    private final boolean safe;
    private final String message;

    PhraseRule(RuleInfo info, List<List<String>> phraseAlternatives, boolean caseSensitive, boolean sentenceStart,
               List<String> suggestions, boolean safe, String message) {
        this.info = info;
        this.pattern = compile(phraseAlternatives, caseSensitive);
        this.triggers = triggers(phraseAlternatives);
        this.sentenceStart = sentenceStart;
        this.suggestions = List.copyOf(suggestions);
        this.safe = safe;
        this.message = message;
    }

    /**
     * Each phrase is a list of word slots, each slot a {@code |}-joined set of forms. Longer phrases first, so
     * "for their part" wins over "for their".
     */
    private static Pattern compile(List<List<String>> phrases, boolean caseSensitive) {
        List<String> alternatives = new ArrayList<>();
        for (List<String> slots : phrases) {
            List<String> parts = new ArrayList<>();
            for (String slot : slots) {
                List<String> forms = new ArrayList<>();
                for (String form : slot.split("\\|")) {
                    forms.add(Pattern.quote(form).replace("'", "\\E['\u2019]\\Q"));
                }
                parts.add("(?:" + String.join("|", forms) + ")");
            }
            alternatives.add(String.join("\\s+", parts));
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        int flags = Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{M}\\p{N}])", flags);
    }

    /**
     * A phrase needs one form of every slot, so any slot can serve as its trigger; the one with the longest
     * words is the rarest ("totality" rather than "the").
     */
    private static Set<String> triggers(List<List<String>> phrases) {
        Set<String> words = new HashSet<>();
        for (List<String> slots : phrases) {
            Set<String> best = null;
            int bestLength = 0;
            for (String slot : slots) {
                Set<String> forms = new HashSet<>();
                int shortest = Integer.MAX_VALUE;
                for (String form : slot.split("\\|")) {
                    String word = BlockWords.leadingWord(form);
                    if (word == null) {
                        forms = null;
                        break;
                    }
                    forms.add(word);
                    shortest = Math.min(shortest, word.length());
                }
                if (forms != null && shortest > bestLength) {
                    best = forms;
                    bestLength = shortest;
                }
            }
            if (best == null) {
                return null;
            }
            words.addAll(best);
        }
        return Set.copyOf(words);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (triggers != null && !BlockWords.containsAny(BlockWords.of(context, block), triggers)) {
            return;
        }
        String text = block.text();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (sentenceStart && !Sentences.startsSentence(text, m.start())) {
                continue;
            }
            List<BlockFix> fixes = new ArrayList<>();
            for (String suggestion : suggestions) {
                fixes.add(suggestion.isEmpty() ? Drops.fix(text, m.start(), m.end(), safe)
                        : BlockFix.replace(m.start(), m.end(), TextCase.follow(m.group(), suggestion), safe,
                                "replace with \u201c" + suggestion + "\u201d"));
            }
            out.report(m.start(), m.end(), info.severity(), message.replace("{match}", m.group()), fixes);
        }
    }
}
