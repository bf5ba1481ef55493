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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack rule that flags a regular expression over the prose. Replacements may refer to capture groups as
 * {@code $1}; the message may use {@code {match}} and {@code {1}}.
 */
final class PatternRule extends PrefilteredRule {
    private final RuleInfo info;
    private final Pattern pattern;
    /** The characters every match starts with, when few: the expression is tried only where they are. */
    private final char[] firsts;
    private final boolean sentenceStart;
    /** What the document must also hold for the rule to apply: the house style a match departs from, or null. */
    private final Pattern documentAlso;
    private final List<String> replacements;
    private final boolean safe;
    private final String message;

    PatternRule(RuleInfo info, Pattern pattern, boolean sentenceStart, Pattern documentAlso, List<String> replacements,
                boolean safe, String message) {
        super(RequiredLiterals.of(pattern).orElse(null));
        this.info = info;
        this.pattern = pattern;
        this.firsts = RegexFirsts.of(pattern);
        this.sentenceStart = sentenceStart;
        this.documentAlso = documentAlso;
        this.replacements = List.copyOf(replacements);
        this.safe = safe;
        this.message = message;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (!mayMatch(context, block) || !FirstCharMatches.mayStart(firsts, block.chars())
                || documentAlso != null && !context.document().derived(List.of(PatternRule.class, documentAlso.pattern()),
                        () -> documentAlso.matcher(context.document().text()).find())) {
            return;
        }
        String text = block.text();
        Matcher m = pattern.matcher(text);
        FirstCharMatches matches = FirstCharMatches.of(m, text, firsts, block.chars());
        assert firsts == null || FirstCharMatches.sameAsFind(pattern, text, firsts);
        while (matches.next()) {
            if (m.end() == m.start() || sentenceStart && !Sentences.startsSentenceOrQuotation(text, m.start())) {
                continue;
            }
            List<BlockFix> fixes = new ArrayList<>();
            for (String template : replacements) {
                String replacement = expand(m, template);
                if (replacement.isEmpty()) {
                    fixes.add(Drops.fix(text, m.start(), m.end(), safe));
                    continue;
                }
                boolean setsCase = template.contains("$l") || template.contains("$u") || template.contains("$c");
                fixes.add(BlockFix.replace(m.start(), m.end(), setsCase ? replacement : Capitalisation.followCase(m.group(), replacement), safe,
                        "replace with \u201c" + replacement + "\u201d"));
            }
            String msg = message.replace("{match}", m.group());
            for (int g = 1; g <= m.groupCount(); g++) {
                msg = msg.replace("{" + g + "}", m.group(g) == null ? "" : m.group(g));
            }
            out.report(m.start(), m.end(), info.severity(), msg, fixes);
        }
    }

    /**
     * {@code template} with {@code $n} replaced by capture group n, {@code $ln}, {@code $un} and {@code $cn} by
     * the group in lower case, upper case or capitalised, {@code ${n:-text}} by group n or, when it matched
     * nothing, {@code text} ("${2:-00}" for the minutes of "14h"); {@code $$} is a dollar sign.
     */
    static String expand(Matcher m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                if (next == '$') {
                    sb.append('$');
                    i++;
                    continue;
                }
                int close = template.indexOf('}', i);
                if (next == '{' && close > i + 4 && Character.isDigit(template.charAt(i + 2))
                        && template.startsWith(":-", i + 3)) {
                    int group = template.charAt(i + 2) - '0';
                    String value = group <= m.groupCount() ? m.group(group) : null;
                    sb.append(value == null || value.isEmpty() ? template.substring(i + 5, close) : value);
                    i = close;
                    continue;
                }
                if (Character.isDigit(next)) {
                    int group = next - '0';
                    String value = group <= m.groupCount() ? m.group(group) : null;
                    sb.append(value == null ? "" : value);
                    i++;
                    continue;
                }
                if ((next == 'l' || next == 'u' || next == 'c') && i + 2 < template.length()
                        && Character.isDigit(template.charAt(i + 2))) {
                    int group = template.charAt(i + 2) - '0';
                    String value = group <= m.groupCount() && m.group(group) != null ? m.group(group) : "";
                    sb.append(switch (next) {
                        case 'l' -> value.toLowerCase(java.util.Locale.ROOT);
                        case 'u' -> value.toUpperCase(java.util.Locale.ROOT);
                        default -> value.isEmpty() ? value
                                : value.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + value.substring(1);
                    });
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
