package io.mtlint.packs;

import io.mtlint.text.Capitalisation;
import io.mtlint.packs.prefilter.FirstCharMatches;
import io.mtlint.packs.prefilter.PrefilteredRule;
import io.mtlint.packs.prefilter.RegexFirsts;
import io.mtlint.packs.prefilter.RequiredLiterals;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.text.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack rule that flags words or phrases on word boundaries: calques, banned words, house spellings. Phrases
 * match case-insensitively unless the rule says otherwise, across any run of spaces or line breaks, and with
 * {@code inflect} also in every form LanguageTool's synthesizer gives for their words.
 */
final class PhraseRule extends PrefilteredRule {
    /** Past this many spellings a phrase is looked for by its rarest word alone. */
    private static final int SPELLINGS_PER_PHRASE = 16;
    private final RuleInfo info;
    private final Pattern pattern;
    /** The characters every match starts with, when few: the expression is tried only where they are. */
    private final char[] firsts;
    private final boolean sentenceStart;
    private final List<String> suggestions;
    private final boolean safe;
    private final String message;

    PhraseRule(RuleInfo info, List<List<String>> phraseAlternatives, boolean caseSensitive, boolean sentenceStart,
               List<String> suggestions, boolean safe, String message) {
        super(prefilter(phraseAlternatives));
        this.info = info;
        this.pattern = compile(phraseAlternatives, caseSensitive);
        this.firsts = RegexFirsts.of(pattern);
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
     * Every spelling of every phrase, when there are few enough to look for; otherwise, per phrase, the forms of
     * its slot with the longest words, the rarest ("totality" rather than "the").
     */
    private static RequiredLiterals prefilter(List<List<String>> phrases) {
        Set<String> spellings = new LinkedHashSet<>();
        for (List<String> slots : phrases) {
            Set<String> whole = Set.of("");
            Set<String> rarest = null;
            int rarestLength = 0;
            for (String slot : slots) {
                Set<String> forms = new LinkedHashSet<>(List.of(slot.split("\\|")));
                int shortest = forms.stream().mapToInt(String::length).min().orElse(0);
                if (shortest > rarestLength) {
                    rarest = forms;
                    rarestLength = shortest;
                }
                whole = whole == null || (long) whole.size() * forms.size() > SPELLINGS_PER_PHRASE ? null
                        : joined(whole, forms);
            }
            spellings.addAll(whole != null ? whole : rarest == null ? Set.of("") : rarest);
        }
        return RequiredLiterals.anyOf(spellings).orElse(null);
    }

    private static Set<String> joined(Set<String> prefixes, Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String word : words) {
                out.add(prefix.isEmpty() ? word : prefix + " " + word);
            }
        }
        return out;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (!mayMatch(context, block) || !FirstCharMatches.mayStart(firsts, block.chars())) {
            return;
        }
        String text = block.text();
        Matcher m = pattern.matcher(text);
        FirstCharMatches matches = FirstCharMatches.of(m, text, firsts, block.chars());
        assert firsts == null || FirstCharMatches.sameAsFind(pattern, text, firsts);
        while (matches.next()) {
            if (sentenceStart && !Sentences.startsSentenceOrQuotation(text, m.start())) {
                continue;
            }
            List<BlockFix> fixes = new ArrayList<>();
            for (String suggestion : suggestions) {
                fixes.add(suggestion.isEmpty() ? Drops.fix(text, m.start(), m.end(), safe)
                        : BlockFix.replace(m.start(), m.end(), Capitalisation.followCase(m.group(), suggestion), safe,
                                "replace with \u201c" + suggestion + "\u201d"));
            }
            out.report(m.start(), m.end(), info.severity(), message.replace("{match}", m.group()), fixes);
        }
    }
}
