package io.mtlint.analysis;

import io.mtlint.languagetool.Lexicon;
import io.mtlint.lang.Vocabulary;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Source-language text that word-by-word runs cannot report whole: a sentence left in the source language whose
 * edge words the target also knows ("The market … the new fund", where "market" is a French word and "fund" a
 * loanword), and a headline in title case, which has no lowercase word to anchor a run ("Nvidia Eliminates
 * Competitor For $20 Billion, Reinforcing …"). Both stay inside one clause: words joined by spaces, commas,
 * hyphens, apostrophes and numbers, never across a stop, a colon, a bracket or a quotation mark.
 */
final class SourceSentences {
    /** A headline is at least this long; titles of works are mostly shorter. */
    private static final int MIN_HEADLINE_WORDS = 6;
    /** A headline this long needs no comma to tell it from a title. */
    private static final int LONG_HEADLINE_WORDS = 8;
    private static final int MIN_HEADLINE_SOURCE_ONLY = 2;
    /** Words a run must already cover before it is taken to be the whole clause. */
    private static final int MIN_SEED_WORDS = 3;
    private static final String HARD_MARKS = ".!?\u2026:;()[]{}\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2014\u2013|/*_`";

    private final Lexicon source;
    private final Lexicon target;
    private final Vocabulary vocabulary;
    private final Function<Words.Word, WordOrigin> origin;

    SourceSentences(Lexicon source, Lexicon target, Vocabulary vocabulary, Function<Words.Word, WordOrigin> origin) {
        this.source = source;
        this.target = target;
        this.vocabulary = vocabulary;
        this.origin = origin;
    }

    /**
     * Replaces the runs that cover at least half of a clause (between commas) by one span, extended over the words
     * around them that the source language knows, up to the clause's edge or a word only the target knows; and
     * adds the title-case headlines of the source language.
     */
    void extend(String text, List<Words.Word> words, List<SourceLanguageSpans.Span> spans) {
        int s = 0;
        while (s < words.size()) {
            int e = s;
            while (e + 1 < words.size() && !hardGap(text, words.get(e).end(), words.get(e + 1).start())) {
                e++;
            }
            for (int c = s; c <= e; ) {
                int d = c;
                while (d < e && text.substring(words.get(d).end(), words.get(d + 1).start()).indexOf(',') < 0) {
                    d++;
                }
                wholeClause(text, words, c, d, spans);
                c = d + 1;
            }
            headline(text, words, s, e, spans);
            s = e + 1;
        }
    }

    private void wholeClause(String text, List<Words.Word> words, int s, int e, List<SourceLanguageSpans.Span> spans) {
        int from = s;
        List<SourceLanguageSpans.Span> inside = new ArrayList<>();
        for (SourceLanguageSpans.Span span : spans) {
            if (!span.bracketed() && span.start() >= words.get(s).start() && span.end() <= words.get(e).end()) {
                inside.add(span);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        int first = -1;
        int last = -1;
        int covered = 0;
        for (int k = s; k <= e; k++) {
            Words.Word w = words.get(k);
            if (inside.stream().anyMatch(span -> span.contains(w.start(), w.end()))) {
                covered++;
                first = first < 0 ? k : first;
                last = k;
            }
        }
        int size = e - s + 1;
        if (covered < MIN_SEED_WORDS || covered * 2 < size) {
            return;
        }
        for (int k = first; k <= last; k++) {
            if (!extendable(words.get(k)) && !coveredBy(inside, words.get(k))) {
                return; // a target word between two runs: two leftovers, not one sentence
            }
        }
        while (first > from && extendable(words.get(first - 1)) && spaced(text, words.get(first - 1), words.get(first))) {
            first--;
        }
        while (last < e && extendable(words.get(last + 1)) && spaced(text, words.get(last), words.get(last + 1))) {
            last++;
        }
        if (inside.size() == 1 && inside.get(0).start() == words.get(first).start()
                && inside.get(0).end() == words.get(last).end()) {
            return;
        }
        spans.removeAll(inside);
        spans.add(new SourceLanguageSpans.Span(words.get(first).start(), words.get(last).end(), false, last - first + 1));
    }

    /**
     * A clause in title case with a word that can only be a verb, and a comma or many words: a headline of the
     * source language left in.
     * A title of a work is short, seldom has a verb, and is mostly quoted; a quoted clause is left alone.
     */
    private void headline(String text, List<Words.Word> words, int s, int e, List<SourceLanguageSpans.Span> spans) {
        int size = e - s + 1;
        if (size < MIN_HEADLINE_WORDS || quoted(text, words.get(s).start(), words.get(e).end())) {
            return;
        }
        int sourceOnly = 0;
        boolean verb = false;
        boolean comma = false;
        for (int k = s; k <= e; k++) {
            Words.Word w = words.get(k);
            if (!w.isCapitalised() && !w.isAllCaps() || !extendable(w)) {
                return;
            }
            WordOrigin o = origin.apply(w);
            if (o == WordOrigin.SOURCE_ONLY) {
                sourceOnly++;
            }
            verb |= k > s && o == WordOrigin.SOURCE_ONLY && isOnlyVerb(w);
            comma |= k > s && text.substring(words.get(k - 1).end(), w.start()).indexOf(',') >= 0;
        }
        int from = words.get(s).start();
        int to = words.get(e).end();
        if (sourceOnly < MIN_HEADLINE_SOURCE_ONLY || !verb || !comma && size < LONG_HEADLINE_WORDS
                || spans.stream().anyMatch(span -> span.start() < to && from < span.end())) {
            return;
        }
        spans.add(new SourceLanguageSpans.Span(from, to, false, size));
    }

    /** Only verb readings: "Eliminates", "Warn"; not "Meet" or "Huddles", which a product list may hold as nouns. */
    private boolean isOnlyVerb(Words.Word w) {
        java.util.Set<String> tags = source.lookup(w.lower()).tags();
        return !tags.isEmpty() && tags.stream().allMatch(source.descriptor()::isVerbTag);
    }

    /**
     * A word a source-language clause may hold: one the source language knows (whether or not the target knows it
     * too, and loanwords the target accepts), an initialism, or a name.
     */
    private boolean extendable(Words.Word w) {
        WordOrigin o = origin.apply(w);
        if (o == WordOrigin.SOURCE_ONLY || o == WordOrigin.BOTH || w.isAllCaps() && w.text().length() > 1) {
            return true;
        }
        if (o == WordOrigin.NEITHER) {
            return !w.isLowercase();
        }
        if (!w.isLowercase() && target.isProperNounOnly(w.form())) {
            return true; // a name is no word of either language
        }
        return vocabulary.isAccepted(w.text()) && !source.lookup(w.lower()).tags().isEmpty();
    }

    /** Words apart by spaces and numbers only: a hyphen or an apostrophe may join a target compound ("a-t-il"). */
    private static boolean spaced(String text, Words.Word a, Words.Word b) {
        return text.substring(a.end(), b.start()).codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%');
    }

    private static boolean coveredBy(List<SourceLanguageSpans.Span> spans, Words.Word w) {
        return spans.stream().anyMatch(span -> span.contains(w.start(), w.end()));
    }

    /** A gap between words that ends a clause: a stop, a colon, a bracket, a quotation mark, a dash, a line break. */
    static boolean hardGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean betweenDigits = (c == '.' || c == ',') && i > from && i + 1 < to
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (c == '\n' || HARD_MARKS.indexOf(c) >= 0 && !betweenDigits) {
                return true;
            }
        }
        return false;
    }

    /** Inside quotation marks or emphasis on both sides, allowing spaces. */
    static boolean quoted(String text, int from, int to) {
        int before = from - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = to;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before >= 0 && after < text.length() && "\"\u201c\u201e\u00ab\u2018'\u2039".indexOf(text.charAt(before)) >= 0
                && "\"\u201d\u201c\u00bb\u2019'\u203a".indexOf(text.charAt(after)) >= 0;
    }
}
