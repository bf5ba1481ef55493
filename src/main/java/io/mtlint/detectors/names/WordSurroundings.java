package io.mtlint.detectors.names;

import io.mtlint.model.ProseBlock;
import io.mtlint.text.Words;

/**
 * Where a word stands in a paragraph, as the checks of capitals read it: on its own or in a compound, inside a
 * quotation or emphasis, in a line that is a title. A capital is a name's in some of these
 * places and a calque's in others.
 */
final class WordSurroundings {
    private WordSurroundings() {
    }

    /** A word on its own: not the tail of "Schitt's" or of a hyphenated compound. */
    static boolean standsAlone(String text, Words.Word w) {
        return w.start() == 0 || !Character.isLetterOrDigit(text.charAt(w.start() - 1)) && "'\u2019-".indexOf(text.charAt(w.start() - 1)) < 0;
    }

    /** The head of a hyphenated compound ("Social-News"), which names as a whole. */
    static boolean inCompound(String text, Words.Word w) {
        return w.end() + 1 < text.length() && text.charAt(w.end()) == '-' && Character.isLetter(text.charAt(w.end() + 1));
    }

    /**
     * Whether the word lies inside emphasis or a link's text in the document ("**Campos no Opcionales**",
     * "[el menú Principal](…)"): such marks set off a label or a title, which keeps the capitals it has.
     */
    static boolean insideMarkup(ProseBlock block, Words.Word w, String documentText) {
        if (block.isVerbatim(0, block.text().length())) {
            return false;
        }
        // From the start of the block's first line: markup that opens the block lies before its first piece.
        int from = documentText.lastIndexOf('\n', Math.max(0, block.docStart() - 1)) + 1;
        String before = documentText.substring(from, block.toDocument(w.start()));
        int bold = count(before, "**") + count(before, "__");
        long stars = before.replace("**", "").chars().filter(c -> c == '*').count();
        return bold % 2 == 1 || stars % 2 == 1 || count(before, "[") > count(before, "]");
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }

    /** Whether an opening quotation mark before {@code at} in the block is still open: quoted words are cited. */
    static boolean insideQuotation(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '\u00ab' || c == '\u2018' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                depth++;
            } else if ((c == '\u201d' || c == '\u00bb' || c == '\u2019' && (i + 1 >= text.length()
                    || !Character.isLetter(text.charAt(i + 1)))) && depth > 0) {
                depth--;
            } else if (c == '"') {
                depth = depth > 0 ? depth - 1 : depth + 1;
            }
        }
        return depth > 0;
    }

    /** One line of few words with no closing punctuation: a title or a label set as a paragraph of plain text. */
    static boolean isTitleLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.indexOf('\n') < 0 && ".!?…:;,\u201d\u00bb\"".indexOf(t.charAt(t.length() - 1)) < 0
                && Words.of(t).size() <= 25;
    }
}
