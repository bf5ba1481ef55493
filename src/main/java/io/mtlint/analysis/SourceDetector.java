package io.mtlint.analysis;

import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.text.Words;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the language a document was translated from by its leftovers: the candidate whose dictionary knows the
 * most lowercase words the target language does not. A document without leftovers has no detected source.
 */
final class SourceDetector {
    private static final int MAX_WORDS = 5000;

    private SourceDetector() {
    }

    static String detect(RuleEnvironment env, Document document) {
        Lexicon target = env.targetLexicon();
        Set<String> unknown = new HashSet<>();
        int seen = 0;
        for (ProseBlock block : document.blocks()) {
            for (Words.Word w : Words.of(block.text())) {
                if (++seen > MAX_WORDS) {
                    break;
                }
                String lower = w.lower();
                if (w.isLowercase() && lower.codePointCount(0, lower.length()) >= 3 && !env.vocabulary().isAccepted(lower)
                        && !target.knows(lower)) {
                    unknown.add(lower);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (LanguageDescriptor language : Languages.detectableSources()) {
            String candidate = language.code();
            if (candidate.equals(env.targetBase()) || !LanguageRegistry.isSupported(candidate)) {
                continue;
            }
            Lexicon lexicon = LanguageRegistry.lexicon(candidate);
            int count = 0;
            for (String word : unknown) {
                if (!lexicon.lookup(word).tags().isEmpty()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best == null ? null : best.toLowerCase(Locale.ROOT);
    }
}
