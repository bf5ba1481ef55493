package io.mtlint.packs;

import io.mtlint.support.Memo;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.en.EnglishTagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokenises prose with LanguageTool's word tokenizer and tags it with the language's tagger. English tagging looks
 * at each word alone (the same readings in any context, checked over a megabyte of news), so its readings are
 * remembered per word form; taggers that use the sentence (German's) are always asked with the window.
 */
final class TokenTagger {
    private static final int MAX_REMEMBERED_WORDS = 100_000;
    private static final Map<Language, Memo<String, Readings>> REMEMBERED = new ConcurrentHashMap<>();

    /** A token's lemmas (lowercase) and part-of-speech tags. */
    record Readings(Set<String> lemmas, Set<String> tags) {
    }

    private TokenTagger() {
    }

    /** Tokens of {@code text[from, to)}, with offsets into the whole text. */
    static List<TaggedToken> tag(Language language, String text, int from, int to) {
        List<String> raw = language.getWordTokenizer().tokenize(text.substring(from, to));
        List<String> words = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        int offset = from;
        for (String token : raw) {
            if (!token.isBlank()) {
                words.add(token);
                offsets.add(new int[] {offset, offset + token.length()});
            }
            offset += token.length();
        }
        List<Readings> readings = readings(language, words);
        List<TaggedToken> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            result.add(new TaggedToken(offsets.get(i)[0], offsets.get(i)[1], words.get(i), readings.get(i).lemmas(),
                    readings.get(i).tags()));
        }
        return result;
    }

    private static List<Readings> readings(Language language, List<String> words) {
        Tagger tagger = language.getTagger();
        if (!(tagger instanceof EnglishTagger)) {
            return tagged(tagger, words);
        }
        Memo<String, Readings> remembered = REMEMBERED.computeIfAbsent(language,
                l -> new Memo<>(MAX_REMEMBERED_WORDS, word -> tagged(l.getTagger(), List.of(word)).get(0)));
        List<Readings> out = new ArrayList<>(words.size());
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            Readings r = remembered.known(word);
            out.add(r);
            if (r == null) {
                unknown.add(word);
            }
        }
        if (unknown.isEmpty()) {
            return out;
        }
        List<Readings> fresh = tagged(tagger, unknown);
        for (int i = 0, k = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                Readings r = fresh.get(k++);
                out.set(i, r);
                remembered.remember(words.get(i), r);
            }
        }
        return out;
    }

    /** The readings {@code tagger} gives {@code words} as one sequence, nothing remembered. */
    static List<Readings> tagged(Tagger tagger, List<String> words) {
        List<AnalyzedTokenReadings> readings;
        try {
            readings = tagger.tag(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Readings> out = new ArrayList<>(words.size());
        for (AnalyzedTokenReadings token : readings) {
            Set<String> lemmas = new HashSet<>();
            Set<String> tags = new HashSet<>();
            for (AnalyzedToken t : token) {
                if (t.getLemma() != null) {
                    lemmas.add(t.getLemma().toLowerCase(Locale.ROOT));
                }
                if (t.getPOSTag() != null) {
                    tags.add(t.getPOSTag());
                }
            }
            out.add(new Readings(Set.copyOf(lemmas), Set.copyOf(tags)));
        }
        return out;
    }
}
