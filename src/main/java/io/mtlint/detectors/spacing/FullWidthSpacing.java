package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

/**
 * The space lost where the source wrote a full-width bracket or colon. Chinese and Japanese set "（" and "："
 * with no space around them; translated into a Latin script they become ASCII marks still glued to the words
 * ("the file being written(Hello.txt)", "Description:Confirm the value"). Sources that space their brackets
 * (Spanish, German) leave no such gap, so their translations are not read this way.
 */
final class FullWidthSpacing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "full-width-mark", Category.SPACING,
            Severity.ERROR, "A space lost where the source wrote a full-width bracket or colon",
            "Chinese and Japanese write brackets and colons full-width with no space around them; translated, "
                    + "they leave \"the packages(lodash)\" and \"Description:Confirm the value\". Reported when the "
                    + "source writes full-width marks (Chinese, Japanese: the descriptor says so): a dictionary "
                    + "word glued to an opening bracket, and a word glued to the capitalised word after its colon "
                    + "where the sentence goes on. Function calls (\"fetch(url)\", \"max(a, b)\", \"log()\"), "
                    + "optional endings (\"file(s)\"), trademark signs (\"(R)\"), identifiers, addresses, times and "
                    + "\"key:value\" stay clean. Fix (safe): insert the space; suggested only when the bracket holds one "
                    + "lowercase identifier, which may be a call.",
            Example.bad("Copy the exported <marker>settings(</marker>profile.json) to the new machine.",
                    "Copy the exported settings (profile.json) to the new machine.").in("zh", "en"),
            Example.bad("<marker>Reason:The</marker> archive was created by an older release.",
                    "Reason: The archive was created by an older release.").in("ja", "en"),
            Example.good("Call fetch(url) or max(a, b) once, pick the file(s) you need at 10:30, write key:value "
                    + "pairs and see https://example.org.").in("zh", "en"));

    /** Fewer letters than this before a bracket: "max(", "sum(", "len(" name functions more than words. */
    private static final int MIN_WORD_BEFORE_BRACKET = 4;
    /** Longest optional ending written in brackets ("file(s)", "child(ren)"). */
    private static final int MAX_OPTIONAL_ENDING = 3;
    /** Characters that only code puts inside a call's brackets. */
    private static final String CODE_MARKS = "=;{}[]<>\"'`$\\|*&";

    private FullWidthSpacing() {
    }

    static void check(ProseBlock block, Lexicon target, BlockReporter out) {
        String text = block.text();
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            int word = wordStart(text, at);
            if (word >= 0 && glued(text, block, target, word, at)) {
                out.report(CHECK, word, at + 1, "No space before \u201c(\u201d",
                        BlockFix.replace(at, at, " ", !holdsIdentifier(text, at), "insert a space"));
            }
        }
        for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
            int word = wordStart(text, at);
            int next = labelledWordEnd(text, target, at);
            if (word >= 0 && at - word >= 2 && next > 0 && target.knowsAnyCase(text.substring(word, at))
                    && block.isVerbatim(word, next)) {
                out.report(CHECK, word, next, "No space after \u201c:\u201d",
                        BlockFix.replace(at + 1, at + 1, " ", true, "insert a space"));
            }
        }
    }

    /**
     * The start of the word of letters that ends at {@code end} and stands on its own (after a space or at the
     * start of the block), or -1: a word after a dot, underscore or slash is part of an identifier or path.
     */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1))
                || Character.getType(text.charAt(i - 1)) == Character.NON_SPACING_MARK)) {
            i--;
        }
        if (i == end || i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            return -1;
        }
        String word = text.substring(i, end);
        boolean plainCase = word.codePoints().skip(1).noneMatch(Character::isUpperCase);
        return plainCase && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                ? i : -1;
    }

    /**
     * A word of the dictionary glued to a bracket that holds a word, a name or a path, closed on the same line
     * and followed by a space, a stop or the end: not a call ("render(post)", "log()"), an optional ending
     * ("file(s)") or code ("map(x => x)").
     */
    private static boolean glued(String text, ProseBlock block, Lexicon target, int word, int open) {
        String before = text.substring(word, open);
        if (before.length() < MIN_WORD_BEFORE_BRACKET || !target.knowsAnyCase(before) || isBaseVerb(target, before)) {
            return false;
        }
        int close = -1;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                close = i;
                break;
            }
            if (c == '(' || c == '\n' || CODE_MARKS.indexOf(c) >= 0) {
                return false;
            }
        }
        if (close < 0 || close == open + 1 || !Character.isLetterOrDigit(text.charAt(open + 1))
                || text.substring(open + 1, close).contains(": ")) {
            return false; // "log()", "( see below)", "warn(msg: string)"
        }
        String inside = text.substring(open + 1, close);
        if (inside.length() <= MAX_OPTIONAL_ENDING && inside.chars().allMatch(Character::isLowerCase)
                || TRADEMARK_SIGNS.contains(inside.toUpperCase(java.util.Locale.ROOT))
                || target.knowsAnyCase(before + inside)) {
            return false;
        }
        int after = close + 1;
        boolean endsThere = after == text.length() || Character.isWhitespace(text.charAt(after))
                || ".,;:!?".indexOf(text.charAt(after)) >= 0
                && (after + 1 == text.length() || Character.isWhitespace(text.charAt(after + 1)));
        return endsThere && block.isVerbatim(word, close + 1);
    }

    /** "Windows(R)", "Acme(TM)": signs written in brackets, glued on purpose. */
    static final java.util.Set<String> TRADEMARK_SIGNS = java.util.Set.of("R", "TM", "C", "SM");

    /**
     * A bracket around one lowercase identifier ("sorted(items)") may be a call written in prose: the space is
     * suggested, not inserted by a safe fix.
     */
    private static boolean holdsIdentifier(String text, int open) {
        int close = text.indexOf(')', open);
        if (close < 0) {
            return false;
        }
        String inside = text.substring(open + 1, close);
        return !inside.isEmpty() && inside.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c) || c == '_');
    }

    /**
     * A verb in its dictionary form ("fetch", "render", "update"), its own and only lemma: what functions are
     * named after. A plural, a participle or a noun alone ("packages", "written", "documentation") names none.
     */
    private static boolean isBaseVerb(Lexicon target, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        Lexicon.Entry entry = target.lookup(lower);
        return entry.lemmas().equals(java.util.Set.of(lower)) && entry.tags().stream().anyMatch(target.descriptor()::isVerbTag);
    }

    /**
     * The end of the capitalised dictionary word glued to the colon at {@code colon} when the sentence goes on
     * after it ("Description:Confirm that"), or -1: "key:value", "Type:String)", "http://" and "10:30" stay clean.
     */
    private static int labelledWordEnd(String text, Lexicon target, int colon) {
        int start = colon + 1;
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        int end = start + 1;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        boolean goesOn = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLetter(text.charAt(end + 1));
        return end - start >= 2 && goesOn && target.knowsAnyCase(text.substring(start, end)) ? end : -1;
    }
}
