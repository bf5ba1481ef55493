package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

/**
 * Spaces between the words of a Chinese or Japanese phrase quoted in a Latin-script text ("五笔 字型 输入 法"):
 * those languages write no space between words, and machine translation inserts one where its tokeniser split
 * them. Korean, which spaces its words, is not read this way.
 */
final class IdeographSpacing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "between-ideographs", Category.SPACING,
            Severity.ERROR, "A space between the words of a Chinese or Japanese phrase",
            "Chinese and Japanese write no space between words; a name or term quoted in them with spaces "
                    + "(\"五笔 字型 输入 法\" for 五笔字型输入法) shows the words a translation engine split apart. "
                    + "Reported between two Han, Hiragana or Katakana characters in prose; Korean Hangul, which "
                    + "spaces its words, code and Markdown stay clean. Fix (safe): remove the space.",
            Example.bad("El método Wubi (chino simplificado: <marker>五笔 字型</marker>) se usa en China.",
                    "El método Wubi (chino simplificado: 五笔字型) se usa en China."),
            Example.good("El método Wubi (五笔字型, 王码) y el coreano 한국 사람 se enseñan juntos."));

    private IdeographSpacing() {
    }

    static void check(ProseBlock block, BlockReporter out) {
        String text = block.text();
        int at = text.indexOf(' ');
        while (at > 0) {
            int after = spaceBetween(text, at);
            if (after < 0) {
                at = text.indexOf(' ', at + 1);
                continue;
            }
            int start = wordStart(text, at);
            int end = wordEnd(text, after);
            // One finding for the phrase: "五笔 字型 输入 法" is one name split three times.
            for (int more; end < text.length() && (more = spaceBetween(text, end)) > 0; ) {
                end = wordEnd(text, more);
            }
            if (block.isVerbatim(start, end)) {
                String phrase = text.substring(start, end);
                String joined = phrase.replace(" ", "");
                out.report(CHECK, start, end, "\u201c" + phrase + "\u201d: Chinese and Japanese write no space "
                                + "between words (\u201c" + joined + "\u201d)",
                        BlockFix.replace(start, end, joined, true, "remove the spaces"));
            }
            at = text.indexOf(' ', end);
        }
    }

    /** Where the ideograph after the spaces at {@code at} starts, when ideographs stand either side; else -1. */
    private static int spaceBetween(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return at > 0 && end < text.length() && joinsWordless(text.codePointBefore(at))
                && joinsWordless(text.codePointAt(end)) ? end : -1;
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && joinsWordless(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && joinsWordless(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Han, Hiragana and Katakana: scripts written without spaces between words. */
    private static boolean joinsWordless(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
