package io.mtlint.packs;

import io.mtlint.text.Capitalisation;
import io.mtlint.packs.prefilter.CheapTokens;
import io.mtlint.packs.prefilter.PrefilteredRule;
import io.mtlint.packs.prefilter.RequiredLiterals;
import io.mtlint.packs.prefilter.TokenFirsts;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack rule over a sequence of tagged tokens, for structure that phrases cannot express, such as verb–subject
 * inversion after a quotation. The finding covers the marked tokens; suggestions refer to matched tokens as
 * {@code \1}, {@code \2} … (1-based over the whole sequence).
 */
final class TokensRule extends PrefilteredRule {
    private static final Pattern TOKEN_REF = Pattern.compile("\\\\(l?)(\\d+)");
    /**
     * Cheap tokens tagged after a candidate start: the rule's tokens and a little right context for the tagger.
     * The same for every rule of up to this length less the slack (five tokens), so rules with the same leading
     * tokens share their tagging. The tagger's tokenizer costs in proportion to the window's length.
     */
    private static final int WINDOW_TOKENS = 9;
    /** Right context beyond a longer rule's own tokens. */
    private static final int WINDOW_SLACK = 4;
    /** Tag conditions before the first text condition that a window may reach back over. */
    private static final int MAX_ANCHOR = 2;

    private final RuleInfo info;
    private final String language;
    private final List<TokenCondition> conditions;
    private final int markFrom;
    private final int markTo;
    private final boolean sentenceStart;
    private final List<String> suggestions;
    private final boolean safe;
    private final String message;
    /** How many leading conditions look only at text, and so can be tested before tagging. */
    private final int lexicalPrefix;
    /**
     * For a rule that starts with conditions on tags ("a past participle, then 'this', then a weekday"): the
     * first condition that looks only at text, from which windows are found and then reach back to the rule's
     * start; 0 when the rule starts with text or has none to anchor on (it is tagged whole).
     */
    private final int anchor;
    /**
     * The anchor's text condition and those right after it ("that" then ":"), all tested on the cheap tokens: a
     * common anchor word alone would make a window of nearly every sentence.
     */
    private final int anchorRun;
    /** Where the first token can start, when its condition accepts a short list of texts; else null. */
    private final TokenFirsts firsts;

    TokensRule(RuleInfo info, String language, List<TokenCondition> conditions, int markFrom, int markTo,
               boolean sentenceStart, List<String> suggestions, boolean safe, String message) {
        super(required(conditions));
        this.info = info;
        this.language = language;
        this.conditions = List.copyOf(conditions);
        this.markFrom = markFrom;
        this.markTo = markTo;
        this.sentenceStart = sentenceStart;
        this.suggestions = List.copyOf(suggestions);
        this.safe = safe;
        this.message = message;
        int prefix = 0;
        while (prefix < this.conditions.size() && this.conditions.get(prefix).isLexical()) {
            prefix++;
        }
        this.lexicalPrefix = prefix;
        int firstLexical = 0;
        while (firstLexical < this.conditions.size() && !this.conditions.get(firstLexical).isLexical()) {
            firstLexical++;
        }
        // With a lexical prefix firstLexical is 0: such a rule is not anchored.
        this.anchor = firstLexical <= MAX_ANCHOR && firstLexical < this.conditions.size() ? firstLexical : 0;
        int run = 0;
        while (anchor + run < this.conditions.size() && this.conditions.get(anchor + run).isLexical()) {
            run++;
        }
        this.anchorRun = run;
        this.firsts = prefix == 0 ? null : this.conditions.get(0).firsts();
    }

    /**
     * One of the texts of each condition that accepts only a list of them: a block without it cannot match, and is
     * skipped before any tokenising or tagging ("has not realized none" needs a "none"); null for no requirement.
     */
    private static RequiredLiterals required(List<TokenCondition> conditions) {
        List<java.util.Set<String>> lists = new ArrayList<>();
        for (TokenCondition c : conditions) {
            java.util.Set<String> listed = !c.texts().isEmpty() ? c.texts() : c.regexStrings();
            if (c.anyOf().isEmpty() && listed != null && !listed.isEmpty()) {
                lists.add(listed);
            }
        }
        return RequiredLiterals.allOf(lists).orElse(null);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (!mayMatch(context, block)) {
            return;
        }
        String text = block.text();
        List<int[]> windows = candidateWindows(context, block);
        List<List<TaggedToken>> matches = matches(context, block, windows);
        assert anchor == 0 || starts(matches).equals(starts(matches(context, block,
                List.<int[]>of(new int[] {0, text.length(), 1})))) : info.id() + " in " + text;
        for (List<TaggedToken> matched : matches) {
            if (!(sentenceStart && !Sentences.startsSentenceOrQuotation(text, matched.get(0).start()))) {
                report(text, matched, out);
            }
        }
    }

    /** The runs of tagged tokens in {@code windows} that meet every condition, in the order of the text. */
    private List<List<TaggedToken>> matches(DocumentContext context, ProseBlock block, List<int[]> windows) {
        List<List<TaggedToken>> found = new ArrayList<>();
        for (int[] window : windows) {
            List<TaggedToken> tokens = context.document().derived(new TagKey(block, language, window[0], window[1]),
                    () -> TokenTagger.tag(LanguageRegistry.language(language), block.text(), window[0], window[1]));
            int last = window[2] == 1 ? tokens.size() - conditions.size() : Math.min(0, tokens.size() - conditions.size());
            for (int i = 0; i <= last; i++) {
                if (matchesAt(block.text(), tokens, i)) {
                    found.add(tokens.subList(i, i + conditions.size()));
                }
            }
        }
        return found;
    }

    /** For assertions: where each match starts. */
    private static List<Integer> starts(List<List<TaggedToken>> matches) {
        return matches.stream().map(m -> m.get(0).start()).toList();
    }

    private void report(String text, List<TaggedToken> matched, BlockReporter out) {
        int start = matched.get(markFrom).start();
        int end = matched.get(markTo).end();
        List<BlockFix> fixes = new ArrayList<>();
        for (String s : suggestions) {
            // A suggestion that lowercases a token ("\\l2") says the case itself is wrong: do not follow it.
            String replacement = s.contains("\\l") ? substitute(s, matched)
                    : Capitalisation.followCase(text.substring(start, end), substitute(s, matched));
            fixes.add(BlockFix.replace(start, end, replacement, safe, "replace with \u201c" + replacement + "\u201d"));
        }
        out.report(start, end, info.severity(), substitute(message.replace("{match}", text.substring(start, end)),
                matched), fixes);
    }

    /**
     * Where to tag: the whole block when the rule starts with a condition on tags; otherwise a short window at each
     * place where the leading text conditions match a cheap tokenisation (tagging is the expensive part). Each
     * window is {start, end, scanAll}: scanAll means the match may start at any token of the window.
     */
    private List<int[]> candidateWindows(DocumentContext context, ProseBlock block) {
        if (anchor > 0) {
            return windowsBeforeAnchor(block.text(), CheapTokens.of(context, block));
        }
        if (lexicalPrefix == 0) {
            List<int[]> whole = new ArrayList<>();
            whole.add(new int[] {0, block.text().length(), 1});
            return whole;
        }
        if (firsts == null) {
            return windowsInTokens(block.text(), CheapTokens.of(context, block));
        }
        List<int[]> windows = windowsAtFirsts(block.text(), block.chars());
        assert java.util.Arrays.deepEquals(windows.toArray(),
                windowsInTokens(block.text(), CheapTokens.of(block.text())).toArray());
        return windows;
    }

    /** Tokens from a window's first to its last: the rule's own and some right context for the tagger. */
    private int windowTokens() {
        return Math.max(WINDOW_TOKENS, conditions.size() + WINDOW_SLACK) + 1;
    }

    private List<int[]> windowsInTokens(String text, List<CheapTokens.Token> cheap) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i + lexicalPrefix <= cheap.size(); i++) {
            if (textConditionsMatch(text, cheap.subList(i, i + lexicalPrefix), 0)) {
                int end = cheap.get(Math.min(cheap.size(), i + windowTokens()) - 1).end();
                windows.add(new int[] {cheap.get(i).start(), end, 0});
            }
        }
        return windows;
    }

    /**
     * The same windows, found by tokenising only from the characters the first token can start with: a rule
     * starting with a comma or a closing quotation mark need not tokenise the whole paragraph into strings.
     */
    private List<int[]> windowsAtFirsts(String text, io.mtlint.text.search.CharPresence present) {
        List<int[]> windows = new ArrayList<>();
        java.util.function.IntUnaryOperator search = firsts.searchIn(text, present);
        for (int i = search.applyAsInt(0); i < text.length(); i = search.applyAsInt(i + 1)) {
            if (!CheapTokens.startsToken(text, i)) {
                continue;
            }
            List<CheapTokens.Token> prefix = CheapTokens.from(text, i, lexicalPrefix);
            if (prefix.size() == lexicalPrefix && textConditionsMatch(text, prefix, 0)) {
                int last = prefix.get(lexicalPrefix - 1).end();
                windows.add(new int[] {i, CheapTokens.endOf(text, last, windowTokens() - lexicalPrefix), 0});
            }
        }
        return windows;
    }

    /**
     * Windows that start {@link #anchor} cheap tokens before each place where the anchor's condition matches. The
     * English tagger reads each word alone, so a window gives the tags the whole paragraph would; where the cheap
     * tokens before the anchor split differently from the tagger's, the rule finds nothing there, never more.
     */
    private List<int[]> windowsBeforeAnchor(String text, List<CheapTokens.Token> cheap) {
        List<int[]> windows = new ArrayList<>();
        for (int i = anchor; i < cheap.size(); i++) {
            if (i + anchorRun <= cheap.size() && textConditionsMatch(text, cheap.subList(i, i + anchorRun), anchor)) {
                int first = i - anchor;
                int end = cheap.get(Math.min(cheap.size(), first + windowTokens()) - 1).end();
                windows.add(new int[] {cheap.get(first).start(), end, 0});
            }
        }
        return windows;
    }

    /** Whether {@code tokens} meet the conditions from {@code first} on, one each, without tags. */
    private boolean textConditionsMatch(String text, List<CheapTokens.Token> tokens, int first) {
        for (int k = 0; k < tokens.size(); k++) {
            CheapTokens.Token token = tokens.get(k);
            if (!conditions.get(first + k).matchesUntagged(text, token.start(), token.text())) {
                return false;
            }
        }
        return true;
    }

    /** Identifies a window's tagged tokens among a document's derived values. */
    private record TagKey(ProseBlock block, String language, int start, int end) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TagKey k && k.block == block && k.language.equals(language) && k.start == start
                    && k.end == end;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(block) * 31 + start) * 31 + end;
        }
    }

    private boolean matchesAt(String text, List<TaggedToken> tokens, int i) {
        for (int k = 0; k < conditions.size(); k++) {
            if (!conditions.get(k).matches(text, tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static String substitute(String template, List<TaggedToken> matched) {
        Matcher m = TOKEN_REF.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(2)) - 1;
            String value = index >= 0 && index < matched.size() ? matched.get(index).text() : "";
            if (!m.group(1).isEmpty()) {
                value = value.toLowerCase(java.util.Locale.ROOT);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
