package io.mtlint.languagetool;

import io.mtlint.support.Trace;
import org.languagetool.Language;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.WordTagger;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A language's compiled dictionary with its manual additions, as LanguageTool's {@link BaseTagger} consults it
 * for each word before its own analysis of what the dictionary lacks. LanguageTool keeps it behind a protected
 * accessor; should that change, callers fall back to the whole tagger.
 */
final class DictionaryTagger {
    private DictionaryTagger() {
    }

    static Optional<WordTagger> of(Language language) {
        Tagger tagger = language.getTagger();
        if (!(tagger instanceof BaseTagger)) {
            return Optional.empty();
        }
        try {
            Method accessor = BaseTagger.class.getDeclaredMethod("getWordTagger");
            accessor.setAccessible(true);
            return Optional.ofNullable((WordTagger) accessor.invoke(tagger));
        } catch (ReflectiveOperationException | RuntimeException e) {
            Trace.mark("dictionary of " + language.getShortCode() + " not reachable: " + e);
            return Optional.empty();
        }
    }
}
