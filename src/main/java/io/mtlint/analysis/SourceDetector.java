package io.mtlint.analysis;

import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.lang.OtherScripts;
import io.mtlint.text.WordForm;
import io.mtlint.text.Words;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the language a document was translated from by its leftovers: the language that writes the text it holds
 * in another script than the target's, or else the candidate whose dictionary knows the most lowercase words the
 * target language does not, if it knows at least two. A document without leftovers has no detected source.
 */
final class SourceDetector {
    private static final int MAX_WORDS = 5000;
    /**
     * Distinct words another dictionary must know for its language to be the source: one word the target's
     * dictionary lacks is as often a typo ("opinion" for "opinión"), a coinage ("robotaxis") or an onomatopoeia
     * ("toc") as a leftover.
     */
    private static final int MIN_EVIDENCE = 2;
    /** Other-script text shorter than this (one character) could be a quoted symbol, not a leftover. */
    private static final int MIN_SCRIPT_LENGTH = 2;
    private static final Object CANDIDATE_SOURCES = new Object();

    private SourceDetector() {
    }

    static String detect(RuleEnvironment env, Document document) {
        String byScript = byScript(env, document);
        return byScript != null ? byScript : byDictionary(env, document);
    }

    /**
     * The one language that writes every other-script leftover of the document (kana: Japanese; Han alone:
     * Chinese; Hangul: Korean), which needs no dictionary; null when no such text is found or several
     * languages write it (Cyrillic), where the dictionaries decide.
     */
    private static String byScript(RuleEnvironment env, Document document) {
        Set<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        int length = 0;
        for (ProseBlock block : document.blocks()) {
            for (OtherScripts.Run run : OtherScripts.find(block.text(), env.targetLanguage(), block::isVerbatim)) {
                scripts.addAll(run.scripts());
                length += run.isPunctuationOnly() ? 0 : run.end() - run.start();
            }
        }
        LanguageDescriptor writer = length < MIN_SCRIPT_LENGTH ? null : OtherScripts.writer(scripts, null);
        return writer == null ? null : writer.code();
    }

    /**
     * The languages a source may be, in the order detection tries them: those with a dictionary, not the target.
     * Worked out once per environment, since every document asks.
     */
    static List<String> candidateSources(RuleEnvironment env) {
        return env.shared(CANDIDATE_SOURCES, () -> Languages.detectableSources().stream().map(LanguageDescriptor::code)
                .filter(code -> !code.equals(env.targetBase()) && LanguageRegistry.isSupported(code)).toList());
    }

    private static String byDictionary(RuleEnvironment env, Document document) {
        Lexicon target = env.targetLexicon();
        Map<String, WordForm> unknown = new HashMap<>();
        int seen = 0;
        for (ProseBlock block : document.blocks()) {
            for (Words.Word w : BlockWords.of(document, block)) {
                if (++seen > MAX_WORDS) {
                    break;
                }
                if (!w.isLowercase()) {
                    continue;
                }
                String lower = w.lower();
                WordForm form = lower.equals(w.text()) ? w.form() : WordForm.of(lower, 0, lower.length());
                if (lower.codePointCount(0, lower.length()) >= 3 && !target.knows(form)
                        && !env.vocabulary().isAccepted(lower)) {
                    unknown.putIfAbsent(lower, form);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (String candidate : candidateSources(env)) {
            Lexicon lexicon = LanguageRegistry.lexicon(candidate);
            int count = 0;
            for (WordForm word : unknown.values()) {
                if (lexicon.lists(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best == null || bestCount < MIN_EVIDENCE ? null : best.toLowerCase(Locale.ROOT);
    }
}
