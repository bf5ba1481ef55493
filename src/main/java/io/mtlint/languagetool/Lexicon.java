package io.mtlint.languagetool;

import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.support.Lazy;
import io.mtlint.support.Memo;
import io.mtlint.text.FormMemo;
import io.mtlint.text.WordForm;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.WordTagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a language's LanguageTool data knows about a word form: its part-of-speech tags and whether the speller
 * accepts it. Lookups are cached per form, so the dictionaries are consulted once per distinct word.
 */
public final class Lexicon {
    /**
     * The tagger's readings of one exact word form (empty when the tagger does not know it): its part-of-speech
     * tags and its lemmas, in lowercase.
     */
    public record Entry(Set<String> tags, Set<String> lemmas) {
    }

    private static final int MAX_CACHE = 200_000;

    private final Language language;
    private final LanguageDescriptor profile;
    private final Memo<String, Entry> entries = new Memo<>(MAX_CACHE, this::compute);
    private final Memo<String, Boolean> spelling = new Memo<>(MAX_CACHE, this::askSpeller);
    private final Memo<String, Integer> frequencies = new Memo<>(MAX_CACHE, this::askFrequency);
    private final Lazy<WordSpeller> speller = new Lazy<>(this::createSpeller);
    /** The same answers by interned form: every detector asks them of every word, and an array read beats a hash. */
    private final FormMemo<Entry> entriesByForm = new FormMemo<>(form -> lookup(form.text()));
    private final FormMemo<Boolean> knownByForm = new FormMemo<>(form -> knows(form.text()));
    private final Lazy<java.util.Optional<WordTagger>> dictionary = new Lazy<>(this::findDictionary);
    private final FormMemo<Boolean> listedByForm = new FormMemo<>(this::computeListed);
    private final FormMemo<Boolean> knownAnyCaseByForm = new FormMemo<>(form -> knowsAnyCase(form.text()));
    private final FormMemo<Boolean> properNounOnlyByForm = new FormMemo<>(form -> isProperNounOnly(form.text()));
    private final FormMemo<Boolean> properNounReadingByForm = new FormMemo<>(form -> hasProperNounReading(form.text()));

    /** Answers whether a word is spelt right; one of two implementations, see {@link #speller()}. */
    private interface WordSpeller {
        boolean accepts(String word) throws IOException;

        /** How common the word is, from the dictionary's frequency classes; -1 when it has none. */
        default int frequency(String word) {
            return -1;
        }
    }

    Lexicon(Language language) {
        this.language = language;
        this.profile = Languages.of(language.getShortCode());
    }

    public String languageCode() {
        return language.getShortCode();
    }

    public LanguageDescriptor descriptor() {
        return profile;
    }

    public Entry lookup(String word) {
        return entries.get(word);
    }

    /**
     * {@link #lookup(String)} without remembering the answer: for spellings a check only tries (a name with each
     * letter accented in turn), which would otherwise fill the memo that the text's own words need.
     */
    public Entry peek(String word) {
        Entry known = entries.known(word);
        return known != null ? known : compute(word);
    }

    /** {@link #lookup(String)} of the form's text. */
    public Entry lookup(WordForm form) {
        return entriesByForm.get(form);
    }

    /**
     * True when the form, exactly as written, is a word of this language: the tagger knows it, or else the speller
     * accepts it. The speller is loaded only when an untagged word needs it.
     */
    public boolean knows(String word) {
        return !lookup(word).tags().isEmpty() || spelledCorrectly(word);
    }

    /** {@link #knows(String)} of the form's text. */
    public boolean knows(WordForm form) {
        return knownByForm.get(form);
    }

    /**
     * Whether the language's dictionary lists the form exactly as written. Unlike {@link #lookup(WordForm)} it
     * skips the tagger's analysis of unlisted words (German compounds, whose rules take seconds to prepare), so
     * it suits telling languages apart by their common words.
     */
    public boolean lists(WordForm form) {
        return listedByForm.get(form);
    }

    private java.util.Optional<WordTagger> findDictionary() {
        return DictionaryTagger.of(language);
    }

    private boolean computeListed(WordForm form) {
        return dictionary.get().isPresent() ? listedUnremembered(form.text()) : !lookup(form).tags().isEmpty();
    }

    /**
     * Whether the dictionary lists the spelling, without remembering the answer: for spellings a check only tries
     * (a word with each letter changed in turn), which would otherwise fill the memos that the text's own words
     * need. A language without a dictionary file asks its tagger.
     */
    public boolean listedUnremembered(String spelling) {
        WordTagger words = dictionary.get().orElse(null);
        if (words == null) {
            return !peek(spelling).tags().isEmpty();
        }
        List<TaggedWord> readings = words.tag(spelling);
        return readings != null && readings.stream().anyMatch(r -> r.getPosTag() != null && !r.getPosTag().isEmpty());
    }

    public boolean spelledCorrectly(String word) {
        return spelling.get(word);
    }

    /**
     * How common the word is in the language, on the speller dictionary's scale (0 for rare words, about 22 for
     * "the"); -1 when the word is unknown or the language's dictionary has no frequencies.
     */
    public int frequency(String word) {
        return frequencies.get(word);
    }

    private Integer askFrequency(String word) {
        WordSpeller s = speller();
        synchronized (s) {
            return s.frequency(word);
        }
    }

    private Boolean askSpeller(String word) {
        WordSpeller s = speller();
        try {
            synchronized (s) {
                return s.accepts(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the tagger and the speller now, so that a background thread can pay for them early. */
    public void preload() {
        lookup("the");
        speller();
    }

    /** True when the form is known as written or, for a capitalised form, in lowercase. */
    public boolean knowsAnyCase(String word) {
        if (knows(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && knows(lower);
    }

    /** {@link #knowsAnyCase(String)} of the form's text. */
    public boolean knowsAnyCase(WordForm form) {
        return knownAnyCaseByForm.get(form);
    }

    /** True when the form is tagged and every reading is a proper noun. */
    public boolean isProperNounOnly(String word) {
        Set<String> tags = lookup(word).tags();
        return !tags.isEmpty() && tags.stream().allMatch(profile::isProperNounTag);
    }

    public boolean hasProperNounReading(String word) {
        return lookup(word).tags().stream().anyMatch(profile::isProperNounTag);
    }

    /** {@link #isProperNounOnly(String)} of the form's text. */
    public boolean isProperNounOnly(WordForm form) {
        return properNounOnlyByForm.get(form);
    }

    /** {@link #hasProperNounReading(String)} of the form's text. */
    public boolean hasProperNounReading(WordForm form) {
        return properNounReadingByForm.get(form);
    }

    private Entry compute(String word) {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> lemmas = new LinkedHashSet<>();
        try {
            Tagger tagger = language.getTagger();
            List<AnalyzedTokenReadings> readings = tagger.tag(List.of(word));
            for (AnalyzedTokenReadings r : readings) {
                if (r.isTagged()) {
                    for (AnalyzedToken t : r) {
                        if (t.getPOSTag() != null && !t.getPOSTag().isEmpty()) {
                            tags.add(t.getPOSTag());
                        }
                        if (t.getLemma() != null) {
                            lemmas.add(t.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return new Entry(Set.copyOf(tags), Set.copyOf(lemmas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The language's main spelling dictionary, read directly: LanguageTool's full spelling rule also loads word
     * lists and suggestion data, which costs most of a second before the first answer and adds little here.
     */
    private WordSpeller speller() {
        return speller.get();
    }

    private WordSpeller createSpeller() {
        SpellingCheckRule rule = language.getDefaultSpellingRule();
        if (rule instanceof MorfologikSpellerRule morfologik) {
            try {
                MorfologikSpeller dictionary = new MorfologikSpeller(morfologik.getFileName());
                return new WordSpeller() {
                    @Override
                    public boolean accepts(String word) {
                        return !dictionary.isMisspelled(word);
                    }

                    @Override
                    public int frequency(String word) {
                        return dictionary.isMisspelled(word) ? -1 : dictionary.getFrequency(word);
                    }
                };
            } catch (IOException | RuntimeException e) {
                // Fall back to the full rule below.
            }
        }
        if (rule == null) {
            return word -> false;
        }
        return word -> !rule.isMisspelled(word);
    }
}
