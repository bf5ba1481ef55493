package io.mtlint.lang;

import io.mtlint.text.PhraseWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word data that rule packs contribute and built-in detectors read: canonical spellings of names, words that are
 * never leftovers, abbreviations, and bilingual glossaries. Filled while packs load, read-only afterwards.
 */
public final class Vocabulary {
    /** A name's canonical spelling; {@code midSentenceOnly} means a lowercase form is only wrong mid-sentence. */
    public record CasingEntry(String canonical, boolean midSentenceOnly, String origin) {
    }

    private final Map<String, CasingEntry> casing = new HashMap<>();
    private final Set<String> multiWordNameStarts = new HashSet<>();
    private final Set<String> accepted = new HashSet<>();
    private final Set<String> acceptedSpellings = new LinkedHashSet<>();
    /** Accepted phrases ("de jure", "a cappella") as lowercase {@link PhraseWords}, by their first two. */
    private final Map<String, List<List<String>>> acceptedPhrases = new HashMap<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Map<String, String> products = new HashMap<>();
    private final Map<String, Map<String, String>> glossaries = new HashMap<>();

    public void addCasing(String canonical, boolean midSentenceOnly, String origin) {
        String lower = canonical.toLowerCase(Locale.ROOT);
        casing.put(lower, new CasingEntry(canonical, midSentenceOnly, origin));
        int space = lower.indexOf(' ');
        if (space > 0) {
            multiWordNameStarts.add(lower.substring(0, space));
        }
    }

    /** Whether a name of several words starts with this word (lowercase): "chasiv" of "Chasiv Yar". */
    public boolean startsMultiWordName(String lowercase) {
        return !multiWordNameStarts.isEmpty() && multiWordNameStarts.contains(lowercase);
    }

    /**
     * A word, or a phrase of several words, that is never a leftover or a misspelling; with its English plural,
     * since the loanword lists name the singular ("bear market", so "bear markets" too).
     */
    public void addAccepted(String wordOrPhrase) {
        String written = wordOrPhrase.strip();
        String lower = written.toLowerCase(Locale.ROOT);
        addAcceptedForm(lower);
        String plural = englishPlural(lower);
        if (plural != null) {
            addAcceptedForm(plural);
        }
        if (!written.isEmpty() && !written.contains(" ")) {
            acceptedSpellings.add(written);
            if (plural != null && written.equals(lower)) {
                acceptedSpellings.add(plural);
            }
        }
    }

    /**
     * The accepted single words as the lists write them, with the plurals added for lowercase ones: what a speller
     * that knows nothing of the lists is told to ignore ("tokens", "workflow", "API").
     */
    public Set<String> acceptedSpellings() {
        return Collections.unmodifiableSet(acceptedSpellings);
    }

    /** The English plural of a phrase ending in a plain ASCII word that is not already plural, or null. */
    static String englishPlural(String phrase) {
        int start = phrase.lastIndexOf(' ') + 1;
        String last = phrase.substring(start);
        if (last.length() < 3 || !last.chars().allMatch(c -> c >= 'a' && c <= 'z') || last.endsWith("s")) {
            return null;
        }
        if (last.endsWith("x") || last.endsWith("z") || last.endsWith("ch") || last.endsWith("sh")) {
            return phrase + "es";
        }
        if (last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase + "s";
    }

    private void addAcceptedForm(String lower) {
        List<String> words = PhraseWords.of(lower);
        if (!lower.contains(" ") || words.size() < 2) {
            accepted.add(lower);
        } else {
            acceptedPhrases.computeIfAbsent(words.get(0) + " " + words.get(1), k -> new ArrayList<>()).add(words);
        }
    }

    /** A product its makers write with capitals inside the name ("PyTorch", "macOS"). */
    public void addProduct(String name) {
        products.put(name.toLowerCase(Locale.ROOT), name);
    }

    /** The makers' spelling of the product written {@code lowercase} in lowercase, or null. */
    public String product(String lowercase) {
        return products.get(lowercase);
    }

    public void addAbbreviation(String abbreviation) {
        abbreviations.add(abbreviation.toLowerCase(Locale.ROOT));
    }

    public void addGlossaryEntry(String sourceLanguage, String sourceWord, String targetWord) {
        glossaries.computeIfAbsent(sourceLanguage, k -> new HashMap<>())
                .put(sourceWord.toLowerCase(Locale.ROOT), targetWord);
    }

    /** The canonical form of a name from its lowercase spelling, or null. */
    public CasingEntry casing(String lowercase) {
        return casing.get(lowercase.toLowerCase(Locale.ROOT));
    }

    public Map<String, CasingEntry> casingEntries() {
        return Collections.unmodifiableMap(casing);
    }

    /** An accepted word, or an accepted phrase of several ("Cabo Verde"), in any case. */
    public boolean isAccepted(String wordOrPhrase) {
        String lower = wordOrPhrase.toLowerCase(Locale.ROOT);
        if (accepted.contains(lower)) {
            return true;
        }
        if (lower.indexOf(' ') < 0) {
            return false; // a phrase is stored only when it holds a space (addAcceptedForm)
        }
        List<String> words = PhraseWords.of(lower);
        return words.size() > 1 && acceptedPhrasesStartingWith(words.get(0), words.get(1)).contains(words);
    }

    /** The accepted phrases, each as its lowercase {@link PhraseWords}, that start with these two such words. */
    public List<List<String>> acceptedPhrasesStartingWith(String first, String second) {
        return acceptedPhrases.isEmpty() ? List.of() : acceptedPhrases.getOrDefault(first + " " + second, List.of());
    }

    /** True for an abbreviation written without its final stop ("etc", "e.g", "U.S"). */
    public boolean isAbbreviation(String withoutFinalStop) {
        return abbreviations.contains(withoutFinalStop.toLowerCase(Locale.ROOT));
    }

    public Map<String, String> glossary(String sourceLanguage) {
        return Collections.unmodifiableMap(glossaries.getOrDefault(sourceLanguage, Map.of()));
    }
}
