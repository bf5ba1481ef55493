package io.mtlint.packs;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tokenises prose with LanguageTool's word tokenizer and tags it with the language's tagger. */
final class TokenTagger {
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
        List<AnalyzedTokenReadings> readings;
        try {
            readings = language.getTagger().tag(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TaggedToken> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> lemmas = new HashSet<>();
            Set<String> tags = new HashSet<>();
            for (AnalyzedToken t : readings.get(i)) {
                if (t.getLemma() != null) {
                    lemmas.add(t.getLemma().toLowerCase(Locale.ROOT));
                }
                if (t.getPOSTag() != null) {
                    tags.add(t.getPOSTag());
                }
            }
            result.add(new TaggedToken(offsets.get(i)[0], offsets.get(i)[1], words.get(i), lemmas, tags));
        }
        return result;
    }
}
