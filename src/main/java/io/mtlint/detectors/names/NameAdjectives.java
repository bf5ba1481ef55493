package io.mtlint.detectors.names;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.mtlint.detectors.names.WordSurroundings.inCompound;
import static io.mtlint.detectors.names.WordSurroundings.insideMarkup;
import static io.mtlint.detectors.names.WordSurroundings.insideQuotation;
import static io.mtlint.detectors.names.WordSurroundings.isTitleLine;
import static io.mtlint.text.Words.spacedApart;

/**
 * Adjectives capitalised inside a name in a language whose names capitalise their first noun only (French "la
 * Garde civile", "l'Union européenne", "le Sauvetage maritime"), where Spanish and English capitalise every
 * significant word ("Guardia Civil", "Salvamento Marítimo", "Maritime Rescue") and translation keeps the source's
 * capitals. Only a noun that starts the names of bodies (the descriptor's {@code bodyNouns}: "garde", "service")
 * followed by capitalised adjectives counts: titles ("Maître Petit"), nicknames ("Barbe Noire") and brands start
 * with other nouns, a generic noun before a specific name ("la mer Rouge") keeps the name's capital, and a word the
 * dictionary knows as a name or that the language joins with a hyphen is left alone.
 */
final class NameAdjectives {
    private static final int MIN_ADJECTIVE = 3;

    private NameAdjectives() {
    }

    static void check(ProseBlock block, DocumentContext context, Lexicon target, Vocabulary vocabulary, RuleInfo rule,
                      BlockReporter out) {
        LanguageDescriptor language = target.descriptor();
        Set<String> bodyNouns = language.institutions().bodyNouns();
        if (bodyNouns.isEmpty() || block.kind() != ProseBlock.Kind.PARAGRAPH
                || isTitleLine(block.text())) {
            return;
        }
        String text = block.text();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        Set<String> generics = language.institutions().genericNouns();
        for (int k = 1; k < words.size(); k++) {
            Words.Word noun = words.get(k - 1);
            if (!bodyNouns.contains(noun.lower()) || !isCapitalisedCommonNoun(text, noun, target, vocabulary)
                    || generics.contains(noun.lower()) || insideName(text, words, k - 1)) {
                continue;
            }
            List<Words.Word> adjectives = new ArrayList<>();
            for (int j = k; j < words.size() && spacedApart(text, words.get(j - 1), words.get(j))
                    && isCapitalisedAdjective(text, words.get(j), target, vocabulary); j++) {
                adjectives.add(words.get(j));
            }
            if (adjectives.isEmpty() || continuesAsName(text, words, k + adjectives.size())
                    || complementsName(words, k - 1, target)
                    || target.knowsAnyCase(noun.text() + "-" + adjectives.get(0).text())
                    || vocabulary.casing(noun.lower() + " " + adjectives.get(0).lower()) != null
                    || insideQuotation(text, noun.start())
                    || insideMarkup(block, noun, context.document().text())) {
                continue;
            }
            report(text, noun, adjectives, language, rule, out);
            k += adjectives.size();
        }
    }

    private static void report(String text, Words.Word noun, List<Words.Word> adjectives, LanguageDescriptor language,
                               RuleInfo rule, BlockReporter out) {
        Words.Word first = adjectives.get(0);
        Words.Word last = adjectives.get(adjectives.size() - 1);
        List<BlockFix.Edit> edits = new ArrayList<>();
        StringBuilder lowered = new StringBuilder(noun.text());
        for (Words.Word adjective : adjectives) {
            edits.add(new BlockFix.Edit(adjective.start(), adjective.end(), adjective.lower()));
            lowered.append(' ').append(adjective.lower());
        }
        out.report(rule, first.start(), last.end(), "\u201c" + text.substring(noun.start(), last.end()) + "\u201d: "
                        + language.name() + " capitalises a name's first noun only (\u201c" + lowered
                        + "\u201d); the capital on the adjective is the source's",
                new BlockFix(edits, false, "write \u201c" + lowered + "\u201d"));
    }

    /** "Garde", "Service", "Union": a common noun by every capitalised reading, no name, and no compound's part. */
    private static boolean isCapitalisedCommonNoun(String text, Words.Word w, Lexicon target, Vocabulary vocabulary) {
        if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || target.hasProperNounReading(w.form())
                || vocabulary.casing(w.lower()) != null || afterHyphen(text, w)) {
            return false;
        }
        LanguageDescriptor language = target.descriptor();
        return target.lookup(w.lower()).tags().stream().anyMatch(t -> language.isNominalTag(t)
                && !language.isAdjectiveTag(t) && !language.isProperNounTag(t));
    }

    /** "Civile", "Maritime": an adjective of the dictionary, capitalised, that is no name and ends no compound. */
    private static boolean isCapitalisedAdjective(String text, Words.Word w, Lexicon target, Vocabulary vocabulary) {
        if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().length() < MIN_ADJECTIVE
                || target.hasProperNounReading(w.form()) || inCompound(text, w)
                || vocabulary.casing(w.lower()) != null || vocabulary.isAccepted(w.text())) {
            return false;
        }
        LanguageDescriptor language = target.descriptor();
        return target.lookup(w.lower()).tags().stream().anyMatch(language::isAdjectiveTag);
    }

    /** "Lions Club International", "l'École Normale Supérieure": the noun is inside a name that starts before it. */
    private static boolean insideName(String text, List<Words.Word> words, int noun) {
        return noun > 0 && spacedApart(text, words.get(noun - 1), words.get(noun))
                && words.get(noun - 1).isCapitalised() && !Sentences.startsSentence(text, words.get(noun - 1).start());
    }

    /**
     * Whether a capitalised word follows the adjectives ("l'Université Internationale Menéndez Pelayo"): a foreign
     * institution's name carried over whole, which the press quotes as its owner writes it.
     */
    private static boolean continuesAsName(String text, List<Words.Word> words, int next) {
        return next < words.size() && spacedApart(text, words.get(next - 1), words.get(next))
                && !words.get(next).isLowercase();
    }

    /**
     * Whether the noun is a bare complement of a longer name ("l'Incubateur de Services Numériques"), which
     * follows the capitals its owner gives the whole; one with an article names a body of its own ("le Service
     * maritime de la Garde Civile").
     */
    private static boolean complementsName(List<Words.Word> words, int noun, Lexicon target) {
        if (noun < 2) {
            return false;
        }
        Words.Word linking = words.get(noun - 1);
        return linking.isLowercase() && words.get(noun - 2).isCapitalised()
                && target.lookup(linking.text()).tags().stream().anyMatch(target.descriptor()::isConnectiveTag);
    }

    private static boolean afterHyphen(String text, Words.Word w) {
        return w.start() > 0 && text.charAt(w.start() - 1) == '-';
    }
}
