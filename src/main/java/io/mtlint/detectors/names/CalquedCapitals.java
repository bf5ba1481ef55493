package io.mtlint.detectors.names;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.FunctionWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.mtlint.detectors.names.WordSurroundings.inCompound;
import static io.mtlint.detectors.names.WordSurroundings.insideMarkup;
import static io.mtlint.detectors.names.WordSurroundings.insideQuotation;
import static io.mtlint.detectors.names.WordSurroundings.isTitleLine;
import static io.mtlint.detectors.names.WordSurroundings.standsAlone;
import static io.mtlint.text.Words.spacedApart;

/**
 * Common words that machine translation capitalises in mid-sentence because English capitalised them, in a
 * language that writes them in lowercase (Spanish, French). A capital in running text is right for names, and the
 * press of these languages capitalises institutions ("el Gobierno", "la Cour des comptes") and the significant words
 * of their names, so a capital alone proves nothing. Three places do: a title of nobility after an article or a
 * preposition ("al mismísimo Duque de Westminster"); an adjective capitalised after a lowercase noun, where a name
 * would capitalise the noun as well ("el sector Tecnológico"); and the spelled-out form of an acronym that
 * capitalises its first word only, whose initials are not the acronym's ("Fondos cotizados en bolsa (ETF)"): a
 * name would capitalise its significant words, so this is a common noun carrying the capital of the English
 * expansion.
 */
final class CalquedCapitals {
    /** A spelled-out acronym longer than this is a clause, not a term. */
    private static final int MAX_EXPANSION_WORDS = 8;

    private CalquedCapitals() {
    }

    static void check(ProseBlock block, DocumentContext context, Lexicon target, Vocabulary vocabulary,
                      RuleInfo titleCheck, RuleInfo adjectiveCheck, RuleInfo expansionCheck, BlockReporter out) {
        LanguageDescriptor language = target.descriptor();
        if (block.kind() != ProseBlock.Kind.PARAGRAPH || language.capitalisesNouns() || isTitleLine(block.text())) {
            return;
        }
        // Without adjective tags the three places cannot be told apart from a name; a royal title before a name can.
        boolean tagged = language.tags().adjective() != null;
        if (!tagged && language.institutions().royalTitles().isEmpty()) {
            return;
        }
        Document document = context.document();
        String text = block.text();
        List<Words.Word> words = BlockWords.of(document, block);
        Set<String> titles = language.institutions().lowercaseTitles();
        Set<String> royals = language.institutions().royalTitles();
        Set<String> generics = language.institutions().genericNouns();
        for (int k = 1; k < words.size(); k++) {
            Words.Word w = words.get(k);
            Words.Word before = words.get(k - 1);
            if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().length() < 3
                    || !before.isLowercase() || !spacedApart(text, before, w) || block.hidesMarkupBetween(before.end(), w.start())
                    || Sentences.startsSentence(text, w.start())
                    || target.hasProperNounReading(w.form()) && !royals.contains(w.lower()) // "Reina" is a surname too
                    || vocabulary.casing(w.text()) != null || vocabulary.isAccepted(w.text())
                    || insideQuotation(text, w.start()) || insideMarkup(block, w, document.text())
                    || namedElsewhere(document, w.text(), target)) {
                continue;
            }
            Words.Word after = k + 1 < words.size() ? words.get(k + 1) : null;
            String lower = w.lower();
            Set<String> readings = target.lookup(lower).tags();
            if (readings.isEmpty()) {
                continue;
            }
            if (royals.contains(lower) && introduced(words, k, target) && beforeGivenName(text, w, after, target)
                    && !namesPlace(words, k, generics)) {
                out.report(titleCheck, w.start(), w.end(), "\u201c" + w.text() + " " + after.text() + "\u201d: "
                                + language.name() + " writes a royal title before a name in lowercase (\u201c" + lower
                                + " " + after.text() + "\u201d), unlike English",
                        BlockFix.replace(w.start(), w.end(), lower, false, "write " + lower));
            } else if (!tagged) {
                continue;
            } else if (titles.contains(lower) && introduced(words, k, target) && !startsName(text, w, after)) {
                out.report(titleCheck, w.start(), w.end(), "\u201c" + w.text() + "\u201d: " + language.name()
                                + " writes titles of nobility in lowercase (\u201c" + lower + "\u201d), unlike English",
                        BlockFix.replace(w.start(), w.end(), lower, false, "write " + lower));
            } else if (readings.stream().allMatch(language::isAdjectiveTag)
                    && target.lookup(w.form()).tags().equals(readings) && isCommonNounOnly(before, target)
                    && standsAlone(text, before) && !inCompound(text, w)
                    && !generics.contains(before.lower()) && !startsName(text, w, after)) {
                out.report(adjectiveCheck, w.start(), w.end(), "\u201c" + before.text() + " " + w.text() + "\u201d: "
                                + "an adjective capitalised after a lowercase noun; " + language.name()
                                + " writes \u201c" + before.text() + " " + lower + "\u201d unless both name something",
                        BlockFix.replace(w.start(), w.end(), lower, false, "write " + lower));
            } else {
                int last = expansionEnd(text, words, k, target);
                if (last > k && FunctionWords.is(target, before.text())) {
                    Words.Word end = words.get(last);
                    out.report(expansionCheck, w.start(), end.end(), "\u201c" + text.substring(w.start(), end.end())
                                    + "\u201d spells out an acronym with the capital of the English expansion; "
                                    + language.name() + " writes a common noun's expansion in lowercase",
                            BlockFix.replace(w.start(), w.end(), lower, false, "write " + lower));
                }
            }
        }
    }

    /**
     * Whether the title at {@code k} follows an article or a preposition, with at most one adjective between
     * ("al mismísimo Duque"): after a noun it is a surname in apposition ("el presidente Duque").
     */
    private static boolean introduced(List<Words.Word> words, int k, Lexicon target) {
        Words.Word before = words.get(k - 1);
        if (isArticleOrPreposition(before, target)) {
            return true;
        }
        LanguageDescriptor language = target.descriptor();
        Set<String> tags = target.lookup(before.text()).tags();
        // An adjective that is no noun: after a noun the title would be a surname in apposition.
        return k >= 2 && words.get(k - 2).isLowercase() && tags.stream().anyMatch(language::isAdjectiveTag)
                && tags.stream().noneMatch(t -> language.isNominalTag(t) && !language.isAdjectiveTag(t))
                && isArticleOrPreposition(words.get(k - 2), target);
    }

    private static boolean isArticleOrPreposition(Words.Word w, Lexicon target) {
        return FunctionWords.is(target, w.text()) || FunctionWords.isDeterminer(target, w.text());
    }

    /**
     * Whether the title opens the name of a place after its generic noun and a preposition ("el condado de Prince
     * George", "la isla del Príncipe Eduardo"), which keeps its capital.
     */
    private static boolean namesPlace(List<Words.Word> words, int k, Set<String> generics) {
        return k >= 2 && generics.contains(words.get(k - 2).lower());
    }

    /**
     * Whether a name the dictionary knows follows, which the title goes with ("la Reina Isabel"): not a common word
     * that makes the two a name of their own ("el Príncipe Azul"), nor an invented name, which fiction capitalises
     * with its title ("la Reina Eirwen").
     */
    private static boolean beforeGivenName(String text, Words.Word w, Words.Word after, Lexicon target) {
        return after != null && spacedApart(text, w, after) && after.isCapitalised() && !after.isAllCaps()
                && target.hasProperNounReading(after.form());
    }

    /**
     * Whether the capitalised word opens a name of several capitalised words ("el Barón Rojo", "le Comte
     * Dracula"): a linking word ("de Westminster") does not count, a capitalised word right after does.
     */
    private static boolean startsName(String text, Words.Word w, Words.Word after) {
        return after != null && spacedApart(text, w, after) && !after.isLowercase();
    }

    /**
     * Whether the word reads as a common noun or a verb only ("sector", "mercado", which is a participle too): an
     * adjective before the capital may begin a name with it, and an adverb that is a noun too ("no", "plus") is
     * none.
     */
    private static boolean isCommonNounOnly(Words.Word w, Lexicon target) {
        LanguageDescriptor language = target.descriptor();
        Set<String> tags = target.lookup(w.text()).tags();
        return tags.stream().anyMatch(t -> language.isNominalTag(t) && !language.isAdjectiveTag(t) && !language.isProperNounTag(t))
                && tags.stream().allMatch(t -> language.isVerbTag(t) || language.isNominalTag(t)
                && !language.isAdjectiveTag(t) && !language.isProperNounTag(t));
    }

    /**
     * The index of the last word of an acronym's expansion starting at {@code k} ("Fondos cotizados en bolsa
     * (ETF)"), or -1: lowercase words the dictionary knows up to a bracketed acronym whose first letter is not the
     * expansion's, with nothing but the expansion's first word capitalised.
     */
    private static int expansionEnd(String text, List<Words.Word> words, int k, Lexicon target) {
        Words.Word first = words.get(k);
        if (target.lookup(first.lower()).tags().stream().noneMatch(t -> target.descriptor().isNominalTag(t)
                && !target.descriptor().isAdjectiveTag(t))) {
            return -1;
        }
        for (int j = k + 1; j < words.size() && j <= k + MAX_EXPANSION_WORDS; j++) {
            Words.Word w = words.get(j);
            if (!spacedApart(text, words.get(j - 1), w)) {
                return -1;
            }
            if (!w.isLowercase() || !target.knows(w.form())) {
                return -1;
            }
            int open = w.end();
            if (open + 1 < text.length() && text.charAt(open) == ' ' && text.charAt(open + 1) == '(') {
                int close = text.indexOf(')', open + 2);
                String acronym = close < 0 ? "" : text.substring(open + 2, close);
                boolean isAcronym = acronym.length() >= 2 && acronym.length() <= 6
                        && acronym.codePoints().allMatch(c -> Character.isUpperCase(c));
                return isAcronym && Character.toUpperCase(first.text().codePointAt(0)) != acronym.codePointAt(0) ? j : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the document writes the word capitalised right after another capitalised word ("Iván Duque", "Banco
     * Central"), other than an article opening a sentence: the word is part of a name there, and likely here too.
     */
    private static boolean namedElsewhere(Document document, String word, Lexicon target) {
        return document.derived(CalquedCapitals.class, () -> {
            Set<String> inNames = new HashSet<>();
            for (ProseBlock b : document.blocks()) {
                String t = b.text();
                List<Words.Word> ws = BlockWords.of(document, b);
                for (int k = 1; k < ws.size(); k++) {
                    Words.Word w = ws.get(k);
                    Words.Word before = ws.get(k - 1);
                    if (w.isCapitalised() && !w.isAllCaps() && !before.isLowercase() && spacedApart(t, before, w)
                            && !(Sentences.startsSentence(t, before.start()) && isArticleOrPreposition(before, target))) {
                        inNames.add(w.text());
                    }
                }
            }
            return new Names(Set.copyOf(inNames));
        }).words().contains(word);
    }

    private record Names(Set<String> words) {
    }
}
