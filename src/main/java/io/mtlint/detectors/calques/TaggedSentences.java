package io.mtlint.detectors.calques;

import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.WordForm;
import io.mtlint.text.WordFormCursor;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a prose block into sentences of tagged tokens: words (with inner hyphens and apostrophes), numbers (with
 * inner separators and a suffix, "19:00", "26th") and single marks. A sentence ends at a full stop, question or
 * exclamation mark (and the closing marks after it) before a capital, a digit or an opening mark, unless the stop
 * ends an abbreviation or an initial. A word that is not the document's own text (inline code stands in the block
 * as a placeholder) becomes an opaque mark.
 */
final class TaggedSentences {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt",
            "col", "sgt", "capt", "prof", "jr", "sr", "no", "vs", "inc", "corp", "ltd", "co", "mt", "ft", "mme", "mlle",
            "pp", "p", "fig", "vol", "art");

    /** What a word stands as when it is not in the document (the placeholder for inline code). */
    private static final String MARKUP = "\ufffc";

    private TaggedSentences() {
    }

    /** {@code words} are the block's ({@link Words#of(String)} of its text), whose forms its tokens reuse. */
    static List<TaggedSentence> of(ProseBlock block, List<Words.Word> words, Lexicon lexicon, Vocabulary vocabulary) {
        String text = block.text();
        List<Token> tokens = tokens(text, words, lexicon);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !block.isVerbatim(t.start(), t.end())) {
                tokens.set(i, new Token(t.start(), t.end(), MARKUP, Set.of(), Set.of()));
            }
        }
        List<TaggedSentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isMarkIn(".!?\u2026")) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).isMarkIn(".!?\u2026\"\u201d\u00bb\u2019')]")
                    && tokens.get(end).start() == tokens.get(end - 1).end()) {
                end++;
            }
            if (end < tokens.size() && startsSentence(tokens.get(end)) && !abbreviation(tokens, i, vocabulary)) {
                sentences.add(new TaggedSentence(text, List.copyOf(tokens.subList(from, end))));
                from = end;
            }
            i = end - 1;
        }
        if (from < tokens.size()) {
            sentences.add(new TaggedSentence(text, List.copyOf(tokens.subList(from, tokens.size()))));
        }
        return sentences;
    }

    private static boolean startsSentence(Token next) {
        return next.isCapitalised() || next.isNumber() || next.isMarkIn("\"\u201c\u00ab\u2018'([\u2014\u2013-");
    }

    /** Whether the stop at {@code i} ends an abbreviation ("Mr.", "U.S.") or an initial ("J."). */
    private static boolean abbreviation(List<Token> tokens, int i, Vocabulary vocabulary) {
        if (!tokens.get(i).is(".") || i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (before.end() != tokens.get(i).start() || !before.isWord()) {
            return false;
        }
        String word = before.text();
        return word.codePointCount(0, word.length()) == 1 || TITLES.contains(before.lower())
                || vocabulary.isAbbreviation(word) || vocabulary.isAbbreviation(before.lower());
    }

    /** The text's tokens, tagged; {@code words} are {@link Words#of(String)} of the text. */
    static List<Token> tokens(String text, List<Words.Word> words, Lexicon lexicon) {
        WordFormCursor forms = new WordFormCursor(text, words);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00a0' || cp == '\u202f') {
                i += size;
                continue;
            }
            int end;
            if (Character.isLetter(cp)) {
                end = wordEnd(text, i);
                tokens.add(word(text, i, end, forms, lexicon));
            } else if (Character.isDigit(cp)) {
                end = numberEnd(text, i);
                tokens.add(new Token(i, end, text.substring(i, end), Set.of("CD"), Set.of()));
            } else {
                end = i + size;
                tokens.add(new Token(i, end, text.substring(i, end), Set.of(), Set.of()));
            }
            i = end;
        }
        return tokens;
    }

    /** A word token; its readings are the lexicon's for the word with a straight apostrophe. */
    private static Token word(String text, int start, int end, WordFormCursor forms, Lexicon lexicon) {
        if (!hasCurlyApostrophe(text, start, end)) {
            WordForm form = forms.at(start, end);
            Lexicon.Entry entry = lexicon.lookup(form);
            return new Token(start, end, form.text(), form.lower(), entry.tags(), entry.lemmas());
        }
        String word = text.substring(start, end);
        Lexicon.Entry entry = lexicon.lookup(word.replace('\u2019', '\''));
        return new Token(start, end, word, entry.tags(), entry.lemmas());
    }

    private static boolean hasCurlyApostrophe(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\u2019') {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '-' || cp == '\'' || cp == '\u2019' || cp == '\u2010') && i + 1 < text.length()
                    && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isDigit(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '.' || cp == ',' || cp == ':') && i + 1 < text.length()
                    && Character.isDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        while (i < text.length() && Character.isLetter(text.codePointAt(i)) && i - from < 12) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
