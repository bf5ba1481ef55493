package io.mtlint.languagetool.accel;

import io.mtlint.support.Memo;
import io.mtlint.support.Trace;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.WordTagger;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dictionary tagger's word lookups, remembered per word form. LanguageTool's {@link BaseTagger} asks its word
 * tagger (the compiled dictionary combined with the manual additions and removals) for every token of every
 * sentence, and for the lowercase form of each capitalised one; prose repeats its words, and a lookup depends on
 * the word alone. The answers are immutable tag-and-lemma pairs, handed out as a fresh list each time, since
 * callers own the list they get.
 */
final class RememberingWordTagger implements WordTagger {
    /** About 40 MB at most, for text with that many distinct word forms; past it, words are looked up afresh. */
    private static final int MAX_REMEMBERED_WORDS = 200_000;

    /** Stands for a lookup that answered null, which the memo cannot hold. */
    private static final TaggedWord[] NO_ANSWER = {};

    private final Memo<String, TaggedWord[]> readings;

    RememberingWordTagger(WordTagger dictionary) {
        this.readings = new Memo<>(MAX_REMEMBERED_WORDS, word -> {
            List<TaggedWord> answer = dictionary.tag(word);
            return answer == null ? NO_ANSWER : answer.toArray(new TaggedWord[0]);
        });
    }

    @Override
    public List<TaggedWord> tag(String word) {
        TaggedWord[] answer = readings.get(word);
        return answer == NO_ANSWER ? null : new ArrayList<>(Arrays.asList(answer));
    }

    /**
     * Puts a remembering word tagger in {@code tagger}'s place, when it is a {@link BaseTagger}, and says whether
     * it now has one. This reaches into a field of LanguageTool; should it change, lookups are not remembered.
     */
    static boolean install(Tagger tagger) {
        if (!(tagger instanceof BaseTagger)) {
            return false;
        }
        try {
            Field field = BaseTagger.class.getDeclaredField("wordTagger");
            field.setAccessible(true);
            synchronized (RememberingWordTagger.class) {
                Object current = field.get(tagger);
                if (!(current instanceof RememberingWordTagger) && current instanceof WordTagger dictionary) {
                    field.set(tagger, new RememberingWordTagger(dictionary));
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Trace.mark("tagger lookups not remembered: " + e);
            return false;
        }
    }
}
