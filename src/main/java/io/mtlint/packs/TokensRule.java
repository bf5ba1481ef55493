package io.mtlint.packs;

import io.mtlint.core.ProseBlock;
import io.mtlint.core.RuleInfo;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.rules.BlockFix;
import io.mtlint.rules.BlockReporter;
import io.mtlint.rules.BlockRule;
import io.mtlint.rules.DocumentContext;
import io.mtlint.rules.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack rule over a sequence of tagged tokens, for structure that phrases cannot express, such as verb–subject
 * inversion after a quotation. The finding covers the marked tokens; suggestions refer to matched tokens as
 * {@code \1}, {@code \2} … (1-based over the whole sequence).
 */
final class TokensRule extends BlockRule {
    private static final Pattern TOKEN_REF = Pattern.compile("\\\\(\\d+)");

    private final RuleInfo info;
    private final String language;
    private final List<TokenCondition> conditions;
    private final int markFrom;
    private final int markTo;
    private final boolean sentenceStart;
    private final List<String> suggestions;
    private final boolean safe;
    private final String message;

    TokensRule(RuleInfo info, String language, List<TokenCondition> conditions, int markFrom, int markTo,
               boolean sentenceStart, List<String> suggestions, boolean safe, String message) {
        this.info = info;
        this.language = language;
        this.conditions = List.copyOf(conditions);
        this.markFrom = markFrom;
        this.markTo = markTo;
        this.sentenceStart = sentenceStart;
        this.suggestions = List.copyOf(suggestions);
        this.safe = safe;
        this.message = message;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        Map<ProseBlock, List<TaggedToken>> cache = context.memo(TokensRule.class + language,
                java.util.IdentityHashMap::new);
        List<TaggedToken> tokens = cache.computeIfAbsent(block,
                b -> TokenTagger.tag(LanguageRegistry.language(language), b.text()));
        for (int i = 0; i + conditions.size() <= tokens.size(); i++) {
            if (!matchesAt(tokens, i) || sentenceStart && !Sentences.startsSentence(text, tokens.get(i).start())) {
                continue;
            }
            int start = tokens.get(i + markFrom).start();
            int end = tokens.get(i + markTo).end();
            List<TaggedToken> matched = tokens.subList(i, i + conditions.size());
            List<BlockFix> fixes = new ArrayList<>();
            for (String s : suggestions) {
                String replacement = TextCase.follow(text.substring(start, end), substitute(s, matched));
                fixes.add(BlockFix.replace(start, end, replacement, safe, "replace with \u201c" + replacement + "\u201d"));
            }
            out.report(start, end, info.severity(), substitute(message.replace("{match}", text.substring(start, end)),
                    matched), fixes);
        }
    }

    private boolean matchesAt(List<TaggedToken> tokens, int i) {
        for (int k = 0; k < conditions.size(); k++) {
            if (!conditions.get(k).matches(tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static String substitute(String template, List<TaggedToken> matched) {
        Matcher m = TOKEN_REF.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1)) - 1;
            String value = index >= 0 && index < matched.size() ? matched.get(index).text() : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
