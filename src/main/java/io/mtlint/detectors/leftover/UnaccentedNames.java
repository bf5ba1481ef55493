package io.mtlint.detectors.leftover;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place's name without the accent the target writes ("Munich", "Bogota" in Spanish for Múnich, Bogotá; "Zurich"
 * in German for Zürich): the source's spelling, kept by translation. The word must be unknown to the target's
 * dictionary, and exactly one spelling with one more diacritic must be a name it knows and not a person's, so only
 * targets whose tags tell persons apart are checked (an American "Martin" is no Spanish "Martín").
 */
final class UnaccentedNames {
    static final RuleInfo UNACCENTED = RuleInfo.check(SourceLeftoverRule.ID, "unaccented-name",
            Category.SOURCE_LEFTOVER, Severity.WARNING, "A name without the accent the target writes",
            "A place's name spelled as the source spells it, without the diacritic the target writes: \"Munich\", "
                    + "\"Berlin\", \"Bogota\" in Spanish (Múnich, Berlín, Bogotá), \"Zurich\" in German (Zürich). "
                    + "The word must be unknown to the target's dictionary, and exactly "
                    + "one spelling with one letter accented must be a name the dictionary knows and not a person's, "
                    + "since foreign given names keep their spelling (\"Martin\" beside Spanish \"Martín\"): only "
                    + "targets whose descriptor tells persons' names apart (tags.person-name) are checked. "
                    + "Fix (suggested): the target's spelling.",
            Example.bad("La exposición viaja después a <marker>Munich</marker> y a Viena.",
                    "La exposición viaja después a Múnich y a Viena.").in("en", "es"),
            Example.bad("Die Messe zieht im Herbst nach <marker>Zurich</marker> um.",
                    "Die Messe zieht im Herbst nach Zürich um.").in("en", "de"),
            Example.good("La exposición viaja después a Múnich, a Bogotá y a Viena con Martin Parr.").in("en", "es"));

    private static final int MIN_LENGTH = 4;
    /** Each unaccented letter and the accented Latin letters built on it, from Unicode's decompositions. */
    private static final Map<Character, List<Character>> ACCENTED = accentedLetters();

    private UnaccentedNames() {
    }

    static void report(RuleEnvironment env, Document document, RuleInfo family, FindingSink sink) {
        Lexicon lexicon = env.targetLexicon();
        // Without tags for persons' names, "Raphael" and "Romeo" would read as places misspelled.
        if (lexicon.descriptor().script() != Character.UnicodeScript.LATIN
                || lexicon.descriptor().tags().personName() == null) {
            return;
        }
        Map<String, String> spelled = new HashMap<>();
        for (ProseBlock block : document.blocks()) {
            BlockReporter out = null;
            List<Words.Word> words = BlockWords.of(document, block);
            for (int k = 0; k < words.size(); k++) {
                Words.Word w = words.get(k);
                if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().length() < MIN_LENGTH
                        || !block.isVerbatim(w.start(), w.end()) || lexicon.knowsAnyCase(w.form())
                        || env.vocabulary().isAccepted(w.text()) || env.vocabulary().casing(w.lower()) != null
                        || inPersonOrClubName(block.text(), words, k, lexicon)) {
                    continue;
                }
                String name = spelled.computeIfAbsent(w.text(), word -> accented(word, lexicon));
                if (name.isEmpty()) {
                    continue;
                }
                if (out == null) {
                    out = new BlockReporter(family, block, sink);
                }
                out.report(UNACCENTED, w.start(), w.end(), "\u201c" + w.text() + "\u201d: "
                                + env.targetLanguage().name() + " writes \u201c" + name + "\u201d",
                        BlockFix.replace(w.start(), w.end(), name, false, "write " + name));
            }
        }
    }

    /**
     * Whether the word is part of a person's name, before a surname ("Vladimir Putin", beside the Russian city
     * Vladímir) or after a given name ("Isaiah Berlin"), or a club after its article ("el Milan"): no place.
     */
    private static boolean inPersonOrClubName(String text, List<Words.Word> words, int k, Lexicon lexicon) {
        Words.Word w = words.get(k);
        if (k + 1 < words.size() && Words.spacedApart(text, w, words.get(k + 1)) && words.get(k + 1).isCapitalised()) {
            return true;
        }
        if (k == 0 || !Words.spacedApart(text, words.get(k - 1), w)) {
            return false;
        }
        Words.Word before = words.get(k - 1);
        return before.isCapitalised() && !Sentences.startsSentence(text, before.start())
                || before.isLowercase() && holdsArticle(before.text(), lexicon);
    }

    /** An article, or a preposition merged with one (Spanish "al", "del": "ganar al Milan"). */
    private static boolean holdsArticle(String word, Lexicon lexicon) {
        LanguageDescriptor language = lexicon.descriptor();
        for (String tag : lexicon.lookup(word).tags()) {
            for (String part : tag.split(":")) {
                if (language.isDeterminerTag(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one name of no person the dictionary knows with a letter of the word accented, or "". */
    private static String accented(String word, Lexicon lexicon) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            List<Character> variants = ACCENTED.get(word.charAt(i));
            if (variants == null) {
                continue;
            }
            for (char variant : variants) {
                String candidate = word.substring(0, i) + variant + word.substring(i + 1);
                if (isNameOfNoPerson(candidate, lexicon)) {
                    names.add(candidate);
                }
            }
        }
        return names.size() == 1 ? names.iterator().next() : "";
    }

    private static boolean isNameOfNoPerson(String name, Lexicon lexicon) {
        LanguageDescriptor language = lexicon.descriptor();
        Set<String> tags = lexicon.peek(name).tags();
        return tags.stream().anyMatch(language::isProperNounTag) && tags.stream().noneMatch(language::isPersonNameTag);
    }

    private static Map<Character, List<Character>> accentedLetters() {
        Map<Character, List<Character>> result = new HashMap<>();
        for (char c = '\u00c0'; c <= '\u017f'; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (decomposed.length() > 1 && base < 0x80 && Character.isLetter(base)) {
                result.computeIfAbsent(base, b -> new ArrayList<>()).add(c);
            }
        }
        return Map.copyOf(result);
    }
}
