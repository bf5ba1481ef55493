package io.mtlint.detectors.leftover;

import io.mtlint.format.PathLanguage;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.Languages;
import io.mtlint.lang.OtherScripts;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;

import java.util.List;

/**
 * Text in another script that names a language in its own script, where the page's structure says so: the text
 * of a link to that language's version of the page ("[简体中文](README.zh-CN.md)"), or a table cell in a row that
 * gives the language's code ("| Korean | 한국어 | ko |"), or a short name after a country's flag ("🇹🇭 ภาษาไทย" in a
 * line of supported languages). A page lists its translations on purpose.
 */
final class LanguageLabels {
    private LanguageLabels() {
    }

    static boolean is(Document document, ProseBlock block, OtherScripts.Run run) {
        String text = document.text();
        int from = block.toDocument(run.start());
        int to = block.toDocumentEnd(run.end());
        return linksToLanguage(text, from, to, run) || block.kind() == ProseBlock.Kind.TABLE_CELL
                && rowGivesLanguage(text, from, run) || followsFlag(block.text(), run);
    }

    /** Longest language name after a flag, in code points: "Bahasa Indonesia", "ภาษาไทย", "繁體中文 (台灣)". */
    private static final int FLAG_LABEL_LENGTH = 24;

    /**
     * The run is a few words right after a flag (two regional indicator symbols), written in a script some
     * described language uses: a language's name as lists of translations give it. A sentence after a flag is not.
     */
    private static boolean followsFlag(String blockText, OtherScripts.Run run) {
        String label = blockText.substring(run.start(), run.end());
        if (label.codePointCount(0, label.length()) > FLAG_LABEL_LENGTH
                || label.chars().anyMatch(c -> ".!?,;:".indexOf(c) >= 0)) {
            return false;
        }
        int i = run.start();
        while (i > 0 && Character.isWhitespace(blockText.charAt(i - 1))) {
            i--;
        }
        if (i < 4) {
            return false;
        }
        int last = blockText.codePointBefore(i);
        int first = blockText.codePointBefore(i - Character.charCount(last));
        return isRegionalIndicator(last) && isRegionalIndicator(first) && scriptsOfSomeLanguage(run);
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean scriptsOfSomeLanguage(OtherScripts.Run run) {
        return Languages.all().anyMatch(l -> l.scripts().containsAll(run.scripts()));
    }

    /** The run is a link's whole text, and the destination's path names a language that writes the run's scripts. */
    private static boolean linksToLanguage(String text, int from, int to, OtherScripts.Run run) {
        if (from == 0 || text.charAt(from - 1) != '[' || !text.startsWith("](", to)) {
            return false;
        }
        int end = to + 2;
        while (end < text.length() && ") \t\n#?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        PathLanguage.Found found = PathLanguage.of(text.substring(to + 2, end), List.of());
        return found != null && writes(found.code(), run);
    }

    /** A cell of the run's table row is a language code whose language writes the run's scripts. */
    private static boolean rowGivesLanguage(String text, int from, OtherScripts.Run run) {
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', from);
        String row = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        for (String cell : row.split("\\|")) {
            String code = cell.strip();
            if (code.length() >= 2 && code.length() <= 8 && LanguageCodes.isKnown(code) && writes(code, run)) {
                return true;
            }
        }
        return false;
    }

    /** The most words a line that points readers to another version of the page has ("For the English version, see …"). */
    private static final int VERSION_NOTE_WORDS = 14;
    /** Its longest line, links included: a longer line is prose, and is not read again for every span in it. */
    private static final int VERSION_NOTE_CHARS = 2_000;
    private static final java.util.regex.Pattern LINK_DESTINATION = java.util.regex.Pattern.compile("\\]\\(([^)\\s#?]+)");

    /**
     * Text {@code from..to} of the document stands on a short line that names a language as it names itself and
     * links to another version of this page (README.md or README.fr.md from README.de.md, ../guide.md from
     * docs/de/guide.md): a note for readers of another language ("[English version](README.md)", "For the English
     * version, see README.md"), written in that language on purpose.
     */
    static boolean inVersionNote(Document document, int from, int to) {
        String text = document.text();
        int lineStart = from;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            if (from - --lineStart > VERSION_NOTE_CHARS) {
                return false;
            }
        }
        int lineEnd = to;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            if (++lineEnd - lineStart > VERSION_NOTE_CHARS) {
                return false;
            }
        }
        String line = text.substring(lineStart, lineEnd);
        List<io.mtlint.text.Words.Word> words = io.mtlint.text.Words.of(line);
        if (line.indexOf("](") < 0 || words.size() > VERSION_NOTE_WORDS
                || words.stream().noneMatch(w -> io.mtlint.text.LanguageNames.isAutonymAsWritten(w.text()))) {
            return false;
        }
        String page = stem(document.path());
        java.util.regex.Matcher m = LINK_DESTINATION.matcher(line);
        while (m.find()) {
            if (!m.group(1).contains("://") && stem(m.group(1)).equalsIgnoreCase(page)) {
                return true;
            }
        }
        return false;
    }

    /** A page's file name without its extension and language part: "README" for README.md and README_de.md. */
    private static String stem(String path) {
        String name = PathLanguage.fileNameWithoutLanguage(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean writes(String code, OtherScripts.Run run) {
        String base = LanguageCodes.base(code.replace('_', '-'));
        return Languages.isDescribed(base) && Languages.of(base).scripts().containsAll(run.scripts());
    }
}
