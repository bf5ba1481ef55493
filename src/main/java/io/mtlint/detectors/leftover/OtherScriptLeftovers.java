package io.mtlint.detectors.leftover;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.lang.OtherScripts;
import io.mtlint.translate.Translator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Source text in a script the target language does not write, and CJK punctuation left in text of another
 * script. Unlike words in the target's own script, these need no dictionary: "设置" in English prose is a
 * leftover whatever it means, so a source without LanguageTool data (Chinese, Japanese, Korean) is covered too.
 */
final class OtherScriptLeftovers {
    static final RuleInfo OTHER_SCRIPT = RuleInfo.check(SourceLeftoverRule.ID, "other-script",
            Category.SOURCE_LEFTOVER, Severity.ERROR, "Source text in a script the target does not write",
            "Han, kana, Hangul, Arabic, Hebrew, Thai, Devanagari, Cyrillic or Greek text in a language written in "
                    + "another script: a word or a whole run the translation left in place, Latin acronyms glued "
                    + "inside a Chinese or Japanese run included (\"特定VPS服务商\"). The message names the "
                    + "source when the configured or detected one writes the script, or when one language alone "
                    + "does (kana are Japanese, Hangul Korean); a lone Greek or Cyrillic letter is a symbol. Code, "
                    + "URLs and e-mail addresses are not checked, nor are a language's names for itself in a list "
                    + "of the page's translations: a link to that language's page, a table row giving its code; nor "
                    + "the original form an encyclopedic page gives after a language's name (\"du grec παροικία\") "
                    + "or in brackets after the name it spells (\"Wang Yongmin (王永民)\"). "
                    + "Fix (suggested): the translation, when Apertium or the pack glossary has one.",
            Example.bad("Open the <marker>出处</marker> page to see where the item drops.").in("zh", "en"),
            Example.bad("Das Projekt <marker>правительство</marker> wurde gestoppt.").in("en", "de"),
            Example.good("The α and β parameters control the decay; see https://例子.cn/文档 for details.")
                    .in("zh", "en"),
            Example.good("Protesters held posters with the hashtag #нетвойне and tagged @правительство.")
                    .in("ru", "en"),
            Example.good("The input method was named after its inventor Li Weiming (李伟明; Chinese: 伟明输入法).")
                    .in("zh", "en"),
            Example.bad("Click the Settings (<marker>设置</marker>) button to change it.").in("zh", "en"),
            Example.bad("See [<marker>社区可能已经禁止特定VPS服务商的IP地址</marker>](https://example.org/issues/12).")
                    .in("zh", "en"));
    static final RuleInfo FULL_WIDTH = RuleInfo.check(SourceLeftoverRule.ID, "full-width", Category.SOURCE_LEFTOVER,
            Severity.ERROR, "CJK punctuation in text of another script",
            "Full-width commas, colons and brackets, the ideographic full stop and the ideographic space belong "
                    + "to Chinese, Japanese and Korean text; in a translation into a language written in another "
                    + "script they are left over from the source. Fix (suggested): the target's own mark.",
            Example.bad("Install the plugin<marker>，</marker>then restart the server.",
                    "Install the plugin, then restart the server.").in("zh", "en"),
            Example.good("Install the plugin, then restart the server.").in("zh", "en"));

    /** Marks without an ASCII form under compatibility normalisation, and what the target writes instead. */
    private static final Map<Character, String> CJK_MARKS = Map.of(
            '\u3001', ",", '\u3002', ".", '\u300C', "\u201c", '\u300D', "\u201d", '\u300E', "\u201c",
            '\u300F', "\u201d", '\u3010', "[", '\u3011', "]", '\u3000', " ");

    private OtherScriptLeftovers() {
    }

    /**
     * A hashtag or handle ("#поэтвроссии", "@中国日报"): the name as it stands, which no translation may change. A run
     * that goes on past the tag into words is reported whole.
     */
    private static boolean isTag(String text, OtherScripts.Run run) {
        return run.start() > 0 && (text.charAt(run.start() - 1) == '#' || text.charAt(run.start() - 1) == '@')
                && text.substring(run.start(), run.end()).codePoints().noneMatch(Character::isWhitespace);
    }

    static void report(RuleEnvironment env, Document document, String sourceCode, RuleInfo family, FindingSink sink) {
        LanguageDescriptor target = env.targetLanguage();
        List<ProseBlock> blocks = new ArrayList<>();
        List<OtherScripts.Run> runs = new ArrayList<>();
        for (ProseBlock block : document.blocks()) {
            for (OtherScripts.Run run : OtherScripts.find(block.text(), target, block::isVerbatim)) {
                if (!run.isPunctuationOnly() && (LanguageLabels.is(document, block, run) || isTag(block.text(), run)
                        || OriginalGlosses.is(block.text(), run, target.code(), env.targetLexicon()))) {
                    continue;
                }
                blocks.add(block);
                runs.add(run);
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        List<String> translations = translate(env, sourceCode, blocks, runs);
        for (int i = 0; i < runs.size(); i++) {
            ProseBlock block = blocks.get(i);
            OtherScripts.Run run = runs.get(i);
            BlockReporter out = new BlockReporter(family, block, sink);
            String text = block.text().substring(run.start(), run.end());
            if (run.isPunctuationOnly()) {
                reportPunctuation(block.text(), run, text, target, out);
                continue;
            }
            LanguageDescriptor writer = OtherScripts.writer(run.scripts(), sourceCode);
            String what = writer != null ? writer.name() + " text"
                    : "Text in " + run.scripts().stream().map(OtherScripts::name).collect(Collectors.joining(" and "))
                    + " script";
            String translated = translations.get(i);
            String message = what + " left untranslated: \u201c" + text + "\u201d";
            List<BlockFix> fixes = new ArrayList<>();
            if (translated != null && !translated.isBlank() && !translated.equals(text)) {
                message += " (\u201c" + translated + "\u201d)";
                fixes.add(BlockFix.replace(run.start(), run.end(), translated, false,
                        "translate (" + env.translatorFor(sourceCode).name() + ")"));
            }
            out.report(OTHER_SCRIPT, run.start(), run.end(), message, fixes.toArray(new BlockFix[0]));
        }
    }

    /** Translations of the runs the source language writes; null for the others, and all null without one. */
    private static List<String> translate(RuleEnvironment env, String sourceCode, List<ProseBlock> blocks,
                                          List<OtherScripts.Run> runs) {
        List<String> result = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            result.add(null);
            LanguageDescriptor writer = OtherScripts.writer(runs.get(i).scripts(), sourceCode);
            if (sourceCode != null && writer != null && writer.code().equals(RuleEnvironment.base(sourceCode))) {
                asked.add(i);
                texts.add(blocks.get(i).text().substring(runs.get(i).start(), runs.get(i).end()));
            }
        }
        if (texts.isEmpty()) {
            return result;
        }
        Translator translator = env.translatorFor(sourceCode);
        List<String> translated = translator.translate(texts);
        for (int k = 0; k < asked.size(); k++) {
            result.set(asked.get(k), translated.get(k));
        }
        return result;
    }

    private static void reportPunctuation(String block, OtherScripts.Run run, String marks, LanguageDescriptor target,
                                          BlockReporter out) {
        StringBuilder replacement = new StringBuilder();
        for (int i = 0; i < marks.length(); i++) {
            String mark = marks.substring(i, i + 1);
            String mapped = CJK_MARKS.getOrDefault(mark.charAt(0), Normalizer.normalize(mark, Normalizer.Form.NFKC));
            replacement.append(mapped);
        }
        boolean wordFollows = run.end() < block.length() && Character.isLetterOrDigit(block.codePointAt(run.end()));
        if (wordFollows && ",.:;!?".indexOf(replacement.charAt(replacement.length() - 1)) >= 0) {
            replacement.append(' ');
        }
        String fixed = replacement.toString();
        boolean mappable = fixed.codePoints().noneMatch(OtherScripts::isFullWidth);
        String message = "CJK punctuation \u201c" + marks + "\u201d in " + target.name() + " text";
        if (mappable) {
            out.report(FULL_WIDTH, run.start(), run.end(), message,
                    BlockFix.replace(run.start(), run.end(), fixed, false,
                            fixed.isBlank() ? "write a space" : "write \u201c" + fixed.strip() + "\u201d"));
        } else {
            out.report(FULL_WIDTH, run.start(), run.end(), message);
        }
    }
}
