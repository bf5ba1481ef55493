package io.mtlint.detectors.leftover;

import io.mtlint.analysis.SourceLanguageSpans;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

import java.util.List;

/**
 * Source-language words a writer keeps on purpose, which a run of running text cannot tell from a leftover by
 * its words alone: a short quotation of the words themselves ("write “fix bypass”, not “fixed”"), an
 * identifier or file name ("automation-kit-main-install.json", "force-push"), a word of a title in title case
 * ("Security, Compliance, and Identity Fundamentals") or of a quoted name in title case ("„Welt am Sonntag“"),
 * a short label set in emphasis ("**Use this template**"), and words glossed in parentheses ("les Riesen
 * (géants)").
 */
final class KeptOnPurpose {
    private static final int MAX_QUOTED_WORDS = 3;
    private static final int MAX_LABEL = 60;
    private static final int MAX_LABEL_WORDS = 6;
    /** The longest lowercase word of a title in title case: articles, conjunctions, short prepositions. */
    private static final int MAX_TITLE_SMALL_WORD = 4;
    /** The most words a title line holds, with its original beside it. */
    private static final int MAX_TITLE_LINE_WORDS = 16;
    private static final String OPENING_QUOTES = "\"\u201c\u201e\u00ab\u2018'";
    private static final String CLOSING_QUOTES = "\"\u201d\u201c\u00bb\u2019'";

    private KeptOnPurpose() {
    }

    static boolean is(String documentText, ProseBlock block, SourceLanguageSpans.Span span) {
        if (span.bracketed()) {
            return false;
        }
        String text = block.text();
        return quotedAlone(text, span) || quotedTitle(text, span) || insideIdentifier(text, span)
                || insideTitle(text, span) || labelAlone(documentText, block, span);
    }

    /** A short quotation holds the span: the words are shown, not used ("write “fix bypass”, not “fixed”"). */
    private static boolean quotedAlone(String text, SourceLanguageSpans.Span span) {
        int[] marks = quotation(text, span);
        if (marks == null) {
            return false;
        }
        // The whole quotation is the span: a translated quotation with a word left in ("“bravata and lie”") is not.
        List<Words.Word> quoted = Words.of(text, marks[0] + 1, marks[1]);
        return !quoted.isEmpty() && quoted.size() <= MAX_QUOTED_WORDS && quoted.get(0).start() >= span.start()
                && quoted.get(quoted.size() - 1).end() <= span.end();
    }

    /**
     * The opening and closing quotation marks nearest the span on either side, within 40 characters, or null when
     * either is missing.
     */
    private static int[] quotation(String text, SourceLanguageSpans.Span span) {
        int open = span.start() - 1;
        while (open >= 0 && span.start() - open <= 40 && OPENING_QUOTES.indexOf(text.charAt(open)) < 0
                && CLOSING_QUOTES.indexOf(text.charAt(open)) < 0) {
            open--;
        }
        int close = span.end();
        while (close < text.length() && close - span.end() <= 40 && CLOSING_QUOTES.indexOf(text.charAt(close)) < 0
                && OPENING_QUOTES.indexOf(text.charAt(close)) < 0) {
            close++;
        }
        if (open < 0 || close >= text.length() || OPENING_QUOTES.indexOf(text.charAt(open)) < 0
                || CLOSING_QUOTES.indexOf(text.charAt(close)) < 0) {
            return null;
        }
        return new int[] {open, close};
    }

    /** Part of a token joined by hyphens, dots, slashes or underscores: a compound term or a name in code. */
    private static boolean insideIdentifier(String text, SourceLanguageSpans.Span span) {
        int from = span.start();
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && "*`[(\"".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && "*`])\",;:!?".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String token = text.substring(from, to).replaceAll("[.]+$", "");
        return token.length() > span.end() - span.start() && token.matches(".*\\p{L}[-_./]\\p{L}.*");
    }

    /**
     * Lowercase words between capitalised ones, in a run of title-case words ("Compliance, and Identity",
     * "In/Out of the Money", "Potter and the Prisoner of Azkaban"), or opening a quoted title ("« Out of the
     * Money »").
     */
    private static boolean insideTitle(String text, SourceLanguageSpans.Span span) {
        List<Words.Word> inside = Words.of(text, span.start(), span.end());
        boolean lowercase = inside.stream().allMatch(Words.Word::isLowercase);
        // A longer span of a title holds its capitalised words and only short lowercase ones ("and the Prisoner of").
        boolean titleCase = inside.stream().allMatch(w -> !w.isLowercase() || w.text().length() <= MAX_TITLE_SMALL_WORD);
        if (lowercase ? span.words() > MAX_QUOTED_WORDS : !titleCase || span.words() > MAX_LABEL_WORDS) {
            return false;
        }
        List<Words.Word> before = new java.util.ArrayList<>(Words.of(text, Math.max(0, span.start() - 40), span.start()));
        // Short lowercase words may run on into the span ("Swimming in the Swimming Pool").
        for (int n = 0; n < 2 && !before.isEmpty() && before.get(before.size() - 1).isLowercase()
                && before.get(before.size() - 1).text().length() <= 3; n++) {
            before.remove(before.size() - 1);
        }
        List<Words.Word> after = Words.of(text, span.end(), Math.min(text.length(), span.end() + 40));
        if (before.isEmpty() || after.isEmpty() || !after.get(0).isCapitalised()
                || !before.get(before.size() - 1).isCapitalised()) {
            return false;
        }
        Words.Word first = before.get(before.size() - 1);
        return before.size() >= 2 && before.get(before.size() - 2).isCapitalised() || opensQuotation(text, first.start());
    }

    /**
     * Followed by a gloss in parentheses ("les Riesen (géants)", "« Für Frauen ist das kein Problem (pour les
     * femmes…) »"): the writer kept the words on purpose and translated them. {@code glossIsLeftover} tells
     * whether the parenthesis is itself a leftover, which makes it an insertion, not a gloss.
     */
    static boolean glossed(String text, SourceLanguageSpans.Span span, java.util.function.IntPredicate glossIsLeftover) {
        if (span.bracketed()) {
            return false;
        }
        int i = span.end();
        while (i < text.length() && i - span.end() < 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0'
                || CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i == span.end() || i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        int close = text.indexOf(')', i);
        return close > i && !Words.of(text, i + 1, close).isEmpty() && !glossIsLeftover.test(i);
    }

    /**
     * The end of a title line after a dash ("Estación de Derby - Derby railway station", "Osterei (Medien) -Easter
     * egg (media)"): the original title, given beside its translation. A title line is a heading or the
     * document's first block, and short.
     */
    static boolean originalTitle(io.mtlint.model.Document document, ProseBlock block, SourceLanguageSpans.Span span) {
        String text = block.text();
        boolean titleLine = block.kind() == ProseBlock.Kind.HEADING
                || !document.blocks().isEmpty() && document.blocks().get(0) == block;
        if (!titleLine || Words.of(text).size() > MAX_TITLE_LINE_WORDS) {
            return false;
        }
        int dash = -1;
        for (int i = 1; i < span.start(); i++) {
            if (text.charAt(i - 1) == ' ' && "-\u2013\u2014".indexOf(text.charAt(i)) >= 0) {
                dash = i;
            }
        }
        if (dash < 0 || Words.of(text, 0, dash).isEmpty()) {
            return false;
        }
        String rest = text.substring(span.end()).strip();
        return rest.isEmpty() || rest.matches("\\([^()]*\\)");
    }

    /** An opening quotation mark, and any space after it, right before {@code start}. */
    private static boolean opensQuotation(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f')) {
            i--;
        }
        return i >= 0 && OPENING_QUOTES.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A short quotation in title case holds the span: the name of a newspaper, a book or a programme ("the „Welt
     * am Sonntag“"), quoted as it is called.
     */
    private static boolean quotedTitle(String text, SourceLanguageSpans.Span span) {
        int[] marks = quotation(text, span);
        if (marks == null) {
            return false;
        }
        List<Words.Word> quoted = Words.of(text, marks[0] + 1, marks[1]);
        long capitalised = quoted.stream().filter(Words.Word::isCapitalised).count();
        return quoted.size() >= 2 && quoted.size() <= MAX_LABEL_WORDS && quoted.get(0).isCapitalised()
                && quoted.get(quoted.size() - 1).isCapitalised() && capitalised * 2 >= quoted.size();
    }

    /** A short span of emphasis holds the span: a button, menu or section name. */
    private static boolean labelAlone(String documentText, ProseBlock block, SourceLanguageSpans.Span span) {
        int from = block.toDocument(span.start());
        int to = block.toDocumentEnd(span.end());
        if (from <= 0 || to >= documentText.length() || to <= from) {
            return false;
        }
        int open = from - 1;
        while (open >= 0 && from - open <= MAX_LABEL && "*_\n".indexOf(documentText.charAt(open)) < 0) {
            open--;
        }
        int close = to;
        while (close < documentText.length() && close - to <= MAX_LABEL
                && "*_\n".indexOf(documentText.charAt(close)) < 0) {
            close++;
        }
        if (open < 0 || close >= documentText.length() || "*_".indexOf(documentText.charAt(open)) < 0
                || "*_".indexOf(documentText.charAt(close)) < 0) {
            return false;
        }
        // A list bullet ("* text") or a spaced asterisk opens nothing; a term defined ("**Menu label:**") is prose.
        String label = documentText.substring(open + 1, close).strip();
        return documentText.charAt(close) == documentText.charAt(open) && !label.endsWith(":")
                && !Character.isWhitespace(documentText.charAt(open + 1))
                && !Character.isWhitespace(documentText.charAt(close - 1))
                && Words.of(documentText, open + 1, close).size() <= MAX_LABEL_WORDS;
    }
}
