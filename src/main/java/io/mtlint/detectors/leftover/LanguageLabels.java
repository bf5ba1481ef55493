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
 * gives the language's code ("| Korean | 한국어 | ko |"). A page lists its translations on purpose.
 */
final class LanguageLabels {
    private LanguageLabels() {
    }

    static boolean is(Document document, ProseBlock block, OtherScripts.Run run) {
        String text = document.text();
        int from = block.toDocument(run.start());
        int to = block.toDocumentEnd(run.end());
        return linksToLanguage(text, from, to, run) || block.kind() == ProseBlock.Kind.TABLE_CELL
                && rowGivesLanguage(text, from, run);
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

    private static boolean writes(String code, OtherScripts.Run run) {
        String base = LanguageCodes.base(code.replace('_', '-'));
        return Languages.isDescribed(base) && Languages.of(base).scripts().containsAll(run.scripts());
    }
}
