package io.mtlint.analysis;

import io.mtlint.text.Capitalisation;
import io.mtlint.text.Identifiers;
import io.mtlint.model.BlockKey;
import io.mtlint.text.Addresses;
import io.mtlint.text.Credits;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.text.search.CharSearch;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence terminators followed by a lowercase word. Each is either a stray full stop inside one sentence
 * ("operations. against Ukraine": the next word is a preposition or conjunction, the word before the stop
 * cannot end a sentence, one lowercase word and a stop follow, or the words up to the next sentence end hold no
 * finite verb) or a new sentence that starts in lowercase ("analysts say. think tank.").
 * Abbreviations, ellipses, doubled stops and deliberately lowercase brands ("iPhone") are left alone.
 */
public final class LowercaseAfterStop {
    /**
     * One terminator at {@code stop} followed by the lowercase word {@code [wordStart, wordEnd)};
     * {@code beforeReporting}: a stray stop whose words after it are the reporting clause of what precedes it.
     */
    public record Break(int stop, int wordStart, int wordEnd, boolean strayStop, boolean beforeReporting) {
    }

    private LowercaseAfterStop() {
    }


    /** The breaks of a block, found once per document for the punctuation and sentence-case rules. */
    public static List<Break> of(RuleEnvironment env, Document document, ProseBlock block) {
        return document.derived(new BlockKey(LowercaseAfterStop.class, block, env.target(), null),
                () -> List.copyOf(find(block.text(), env.targetLexicon(), env.vocabulary(),
                        DocumentCode.of(document).any())));
    }

    static List<Break> find(String text, Lexicon target, Vocabulary vocabulary) {
        return find(text, target, vocabulary, false);
    }

    /**
     * With {@code technical} (the document shows code), a word no dictionary knows in any case and a tool the
     * packs accept in lowercase open a sentence as their code spells them ("esbuild handled it", "npm downloads
     * rose", "[picomatch patterns](…)").
     */
    static List<Break> find(String text, Lexicon target, Vocabulary vocabulary, boolean technical) {
        List<Break> result = new ArrayList<>();
        CharSearch stops = new CharSearch(text, TERMINATORS);
        for (int i = stops.next(0); i < text.length(); i = stops.next(i + 1)) {
            char c = text.charAt(i);
            if (isPartOfCluster(text, i)) {
                continue;
            }
            int j = i + 1;
            if (c != '.' && j < text.length() && Sentences.isClosingMark(text.charAt(j))) {
                continue; // "“Really?” he asked" is standard English.
            }
            // A quotation closed after its full stop ends the sentence too ("gesagt.\u201c benutzte"); a mark
            // that stands alone ("\".\"") is no stop.
            if (c == '.' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !quotesOneWord(text, i)) {
                while (j < text.length() && CLOSING_QUOTES.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
            }
            boolean quoted = j > i + 1;
            int spaces = j;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
                j++;
            }
            if (j == spaces) {
                continue;
            }
            boolean parenthesised = false;
            while (j < text.length() && Sentences.isOpeningMark(text.charAt(j)) && text.charAt(j) != '-') {
                parenthesised |= text.charAt(j) == '(' || text.charAt(j) == '[';
                j++;
            }
            Words.Word word = Words.at(text, j, Math.min(text.length(), j + 64));
            if (word == null) {
                continue;
            }
            // An aside in parentheses after a sentence ("(photo courtesy of …)") and a closing signature ("dpa")
            // are no sentences.
            if (!Character.isLowerCase(word.text().codePointAt(0)) || word.hasInnerCapital() || parenthesised
                    || Addresses.isPartOfAddress(text, word.start(), word.end())
                    || Credits.isTrailingCredit(text, word.start(), word.end())
                    || technical && (isCodeName(text, word, target) || vocabulary.isAccepted(word.text()))) {
                continue;
            }
            if (c == '.' && (endsWithAbbreviation(text, i, vocabulary) || isUnitAfterNumber(text, i) || isDayMonth(text, i)
                    || isRomanOrdinal(text, i)
                    || isOrdinal(text, i, target)
                    && !FunctionWords.isDeterminer(target, word.text()) && !FunctionWords.isPronounOnly(target, word.text()))) {
                continue;
            }
            boolean reporting = c == '.' && opensReportingClause(text, word, quoted, target);
            boolean stray = c == '.' && (reporting || isConnective(target, word.text()) || cannotEndSentence(text, i, target)
                    || isStrandedFragment(text, word) || isVerblessTail(text, i, word, target, vocabulary));
            result.add(new Break(i, word.start(), word.end(), stray, reporting));
        }
        return result;
    }

    private static final char[] TERMINATORS = {'.', '!', '?'};
    /** How many words a reporting clause after a quotation may put before its verb ("the fire brigade said"). */
    private static final int WORDS_BEFORE_REPORTING_VERB = 3;

    /**
     * The lowercase words after the stop report what went before: a reporting verb ("… the work. added the
     * minister"), or after a closed quotation a short subject and one ("….\u201d the firefighters commented").
     * The source's comma became a stop; a new sentence would not start so.
     */
    private static boolean opensReportingClause(String text, Words.Word word, boolean afterQuotation, Lexicon target) {
        if (ReportingVerbs.is(target, word.text())) {
            return true;
        }
        if (!afterQuotation) {
            return false;
        }
        List<Words.Word> next = Words.of(text, word.end(), sentenceEndOrComma(text, word.end()));
        return ReportingVerbs.amongFirst(target, next, WORDS_BEFORE_REPORTING_VERB, true);
    }

    private static int sentenceEndOrComma(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (",;:.!?".indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return text.length();
    }

    /** The stop ends a quoted single word ("the \u201cAtt.\u201d button"): an abbreviation or a label, no sentence. */
    private static boolean quotesOneWord(String text, int stop) {
        int k = stop - 1;
        while (k >= 0 && !Character.isWhitespace(text.charAt(k)) && "\"\u201c\u201e\u00ab\u2018".indexOf(text.charAt(k)) < 0) {
            k--;
        }
        return k >= 0 && !Character.isWhitespace(text.charAt(k));
    }

    /** Marks that close a quotation right after its stop: English, German and French styles, and straight. */
    private static final String CLOSING_QUOTES = "\"\u201d\u201c\u00bb\u2019";

    /** A word no dictionary knows in any case, or the first part of a hyphenated name ("vite-ecosystem-ci"). */
    private static boolean isCodeName(String text, Words.Word word, Lexicon target) {
        return !target.knowsAnyCase(word.form()) && !target.hasProperNounReading(Capitalisation.capitalise(word.text()))
                || Identifiers.joinsThreeOrMoreParts(Identifiers.around(text, word.start(), word.end()));
    }

    /**
     * Digits and a stop where the language writes ordinals so ("vom 13. bis 17. Dezember", "der 3. große"); an
     * article or pronoun after it starts a new sentence, as no ordinal precedes one.
     */
    private static boolean isOrdinal(String text, int stop, Lexicon target) {
        LanguageDescriptor.Numbers numbers = target.descriptor().numbers();
        return numbers != null && numbers.ordinalDot() && stop > 0 && Character.isDigit(text.charAt(stop - 1));
    }

    /**
     * A date written day.month. as German writes it ("le 18.01. informé", "am 3.10. geöffnet"): its last stop is
     * part of the date, not a sentence end.
     */
    private static boolean isDayMonth(String text, int stop) {
        int i = stop - 1;
        int month = 0;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
            month++;
        }
        if (month == 0 || month > 2 || i < 1 || text.charAt(i) != '.') {
            return false;
        }
        int day = 0;
        i--;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
            day++;
        }
        if (day < 1 || day > 2 || i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            return false;
        }
        // "3.5." and "12.4." may be decimals ending a sentence; "18.01." and "16.3." are dates.
        int dayValue = Integer.parseInt(text.substring(i + 1, i + 1 + day));
        int monthValue = Integer.parseInt(text.substring(stop - month, stop));
        return dayValue >= 1 && dayValue <= 31 && monthValue >= 1 && monthValue <= 12 && (day == 2 || month == 2);
    }

    /**
     * A unit symbol after a number ("15 km. de Spire", "3 kg. por saco"): two or three lowercase letters and no
     * vowel, so no word ("5 men. they" ends a sentence). The stop abbreviates the unit, as Russian writes it, and
     * the sentence goes on; single letters are initials already.
     */
    private static boolean isUnitAfterNumber(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
            start--;
        }
        int letters = stop - start;
        if (letters < 2 || letters > 3 || start < 2 || text.charAt(start - 1) != ' '
                || !Character.isDigit(text.charAt(start - 2))) {
            return false;
        }
        String bare = java.text.Normalizer.normalize(text.substring(start, stop), java.text.Normalizer.Form.NFD);
        return bare.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /**
     * A Roman numeral with the stop that makes it an ordinal in German, Hungarian, Czech or Polish ("in the V. and
     * VII. districts", "Ludwig XIV. war"): translation keeps the source's ordinal, and no sentence ends there.
     */
    private static boolean isRomanOrdinal(String text, int stop) {
        int start = stop;
        while (start > 0 && "IVXL".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return stop - start >= 2 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    /** Ellipses and doubled stops ("...", ". .", "?.") are another rule's business. */
    private static boolean isPartOfCluster(String text, int i) {
        int prev = i - 1;
        while (prev >= 0 && text.charAt(prev) == ' ') {
            prev--;
        }
        int next = i + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return prev >= 0 && isTerminator(text.charAt(prev)) || next < text.length() && isTerminator(text.charAt(next));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** "etc.", "e.g.", "U.S.", "approx.", single initials. */
    public static boolean endsWithAbbreviation(String text, int stop, Vocabulary vocabulary) {
        int start = stop;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String token = text.substring(start, stop);
        if (token.isEmpty()) {
            return false;
        }
        if (token.length() == 1 || token.contains(".")) {
            return true;
        }
        return vocabulary.isAbbreviation(token);
    }

    private static boolean isConnective(Lexicon target, String word) {
        Set<String> tags = target.lookup(word).tags();
        if (tags.isEmpty()) {
            return false;
        }
        for (String t : tags) {
            if (!target.descriptor().isConnectiveTag(t) && !target.descriptor().isRelativeTag(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One lowercase word and a full stop: no sentence, but the tail of the previous one cut off by a stray stop
     * ("spotted with a weapon. white.", "an announcement to the boys. made. Then").
     */
    private static boolean isStrandedFragment(String text, Words.Word word) {
        int end = word.end();
        return end < text.length() && text.charAt(end) == '.'
                && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    /**
     * The words after the stop run to the next sentence end without a finite verb, while a clause of two words
     * or more stands before it: no new sentence, but the rest of the previous one cut off ("une hausse de 6 %. le
     * jour même, selon le site"). Only for languages whose tags tell finite verbs apart, and only where the tagger
     * knows three words in four: a sentence in another language hides its verbs.
     */
    private static boolean isVerblessTail(String text, int stop, Words.Word word, Lexicon target, Vocabulary vocabulary) {
        if (!target.descriptor().tellsFiniteVerbs() || Words.of(text, sentenceStart(text, stop, vocabulary), stop).size() < 2) {
            return false;
        }
        int lowercase = 0;
        int untagged = 0;
        Set<String> contractions = target.descriptor().typography().verbContractions();
        for (Words.Word w : Words.of(text, word.start(), sentenceEnd(text, word.end(), vocabulary))) {
            Set<String> tags = target.lookup(w.text()).tags();
            if (tags.stream().anyMatch(target.descriptor()::isFiniteVerbTag)
                    || contractions.contains(w.text().toLowerCase(java.util.Locale.ROOT)) && w.start() > 0
                    && "'\u2019".indexOf(text.charAt(w.start() - 1)) >= 0) {
                return false;
            }
            if (w.isLowercase()) {
                lowercase++;
                untagged += tags.isEmpty() ? 1 : 0;
            }
        }
        // Words the target's tagger mostly does not know are another language's sentence, whose verbs it cannot see.
        return untagged * 4 <= lowercase;
    }

    /** Where the sentence holding {@code stop} begins: after the previous terminator that is no abbreviation. */
    private static int sentenceStart(String text, int stop, Vocabulary vocabulary) {
        for (int k = stop - 1; k >= 0; k--) {
            if (endsSentenceAt(text, k, vocabulary)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The next terminator from {@code from} that is no abbreviation, or the end of the text. */
    private static int sentenceEnd(String text, int from, Vocabulary vocabulary) {
        for (int k = from; k < text.length(); k++) {
            if (endsSentenceAt(text, k, vocabulary)) {
                return k;
            }
        }
        return text.length();
    }

    /**
     * A terminator not followed by a letter or digit, nor closing an abbreviation ("U.S."): no decimal point, no
     * stop inside a domain name.
     */
    private static boolean endsSentenceAt(String text, int k, Vocabulary vocabulary) {
        return isTerminator(text.charAt(k)) && (k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))
                && (text.charAt(k) != '.' || !endsWithAbbreviation(text, k, vocabulary));
    }

    /** A sentence does not end on an article, a preposition or a conjunction ("the. government"). */
    private static boolean cannotEndSentence(String text, int stop, Lexicon target) {
        List<Words.Word> before = Words.of(text, Math.max(0, stop - 40), stop);
        if (before.isEmpty() || before.get(before.size() - 1).end() != stop) {
            return false;
        }
        Set<String> tags = target.lookup(before.get(before.size() - 1).text()).tags();
        return !tags.isEmpty() && tags.stream().allMatch(t -> target.descriptor().isConnectiveTag(t)
                || target.descriptor().isDeterminerTag(t));
    }
}
