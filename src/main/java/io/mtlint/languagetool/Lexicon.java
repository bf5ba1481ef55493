package io.mtlint.languagetool;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tagging.Tagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a language's LanguageTool data knows about a word form: its part-of-speech tags and whether the speller
 * accepts it. Lookups are cached per form, so the dictionaries are consulted once per distinct word.
 */
public final class Lexicon {
    /** The facts about one exact word form. */
    public record Entry(Set<String> tags, boolean spelledCorrectly) {
        public boolean known() {
            return !tags.isEmpty() || spelledCorrectly;
        }
    }

    private static final int MAX_CACHE = 200_000;

    private final Language language;
    private final LanguageProfile profile;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private volatile SpellingCheckRule speller;

    Lexicon(Language language) {
        this.language = language;
        this.profile = LanguageProfile.of(language.getShortCode());
    }

    public String languageCode() {
        return language.getShortCode();
    }

    public LanguageProfile profile() {
        return profile;
    }

    public Entry lookup(String word) {
        Entry e = cache.get(word);
        if (e == null) {
            e = compute(word);
            if (cache.size() < MAX_CACHE) {
                cache.put(word, e);
            }
        }
        return e;
    }

    /** True when the form, exactly as written, is a word of this language. */
    public boolean knows(String word) {
        return lookup(word).known();
    }

    /** True when the form is known as written or, for a capitalised form, in lowercase. */
    public boolean knowsAnyCase(String word) {
        if (knows(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && knows(lower);
    }

    /** True when the form is tagged and every reading is a proper noun. */
    public boolean isProperNounOnly(String word) {
        Set<String> tags = lookup(word).tags();
        return !tags.isEmpty() && tags.stream().allMatch(profile::isProperNounTag);
    }

    public boolean hasProperNounReading(String word) {
        return lookup(word).tags().stream().anyMatch(profile::isProperNounTag);
    }

    private Entry compute(String word) {
        Set<String> tags = new LinkedHashSet<>();
        try {
            Tagger tagger = language.getTagger();
            List<AnalyzedTokenReadings> readings = tagger.tag(List.of(word));
            for (AnalyzedTokenReadings r : readings) {
                if (r.isTagged()) {
                    for (AnalyzedToken t : r) {
                        if (t.getPOSTag() != null && !t.getPOSTag().isEmpty()) {
                            tags.add(t.getPOSTag());
                        }
                    }
                }
            }
            boolean spelled = false;
            SpellingCheckRule s = speller();
            if (s != null) {
                synchronized (s) {
                    spelled = !s.isMisspelled(word);
                }
            }
            return new Entry(Set.copyOf(tags), spelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpellingCheckRule speller() {
        SpellingCheckRule s = speller;
        if (s == null) {
            synchronized (this) {
                s = speller;
                if (s == null) {
                    s = language.getDefaultSpellingRule();
                    speller = s;
                }
            }
        }
        return s;
    }
}
