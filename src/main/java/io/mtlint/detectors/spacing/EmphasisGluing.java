package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;

/**
 * Emphasis that translation moved against the word before or after it ("Überprüfe**deinen COM-Port**" for
 * "Check **your COM port**"): the markers render, so the page shows the two words run together. Intraword
 * emphasis is real Markdown ("un*frigging*believable"), so only a pair of words the dictionary knows apart and
 * not joined counts.
 */
final class EmphasisGluing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "around-emphasis", Category.SPACING, Severity.ERROR,
            "A word glued to the emphasis beside it",
            "No space between a word and the emphasis marker (\"**\", \"*\", \"__\", \"_\") that opens or closes "
                    + "the next words, where the dictionary knows both words and not the two joined: the page "
                    + "renders the emphasis and shows the words run together (\"Überprüfe**deinen COM-Port**\"). "
                    + "Emphasis inside a word the dictionary knows whole is left alone. Fix (suggested): a space "
                    + "outside the marker.",
            Example.bad("3. <marker>Überprüfe**deinen</marker> COM-Port**, bevor du neu startest.",
                    "3. Überprüfe **deinen COM-Port**, bevor du neu startest.").in(null, "de").asMarkdown(),
            Example.bad("Then <marker>restart**the</marker> server** and wait.",
                    "Then restart **the server** and wait.").in(null, "en").asMarkdown(),
            Example.good("It was un*believ*able: restart **the server** and wait.").in(null, "en").asMarkdown());

    private static final int MAX_MARKER = 3;

    private EmphasisGluing() {
    }

    static void check(ProseBlock block, String document, Lexicon target, BlockReporter out) {
        List<ProseBlock.Piece> pieces = block.pieces();
        for (int i = 1; i + 1 < pieces.size(); i++) {
            ProseBlock.Piece marker = pieces.get(i);
            ProseBlock.Piece before = pieces.get(i - 1);
            ProseBlock.Piece after = pieces.get(i + 1);
            int at = marker.docStart();
            int end = marker.docEnd();
            if (marker.verbatim() || !marker.interpretAs().isEmpty() || end - at < 1 || end - at > MAX_MARKER
                    || !before.verbatim() || !after.verbatim() || before.docEnd() != at || after.docStart() != end
                    || !isMarkerRun(document, at, end)
                    || !Character.isLetter(document.charAt(at - 1)) || !Character.isLetter(document.charAt(end))) {
                continue;
            }
            int wordStart = at;
            while (wordStart > before.docStart() && Character.isLetter(document.charAt(wordStart - 1))) {
                wordStart--;
            }
            int wordEnd = end;
            while (wordEnd < after.docEnd() && Character.isLetter(document.charAt(wordEnd))) {
                wordEnd++;
            }
            String left = document.substring(wordStart, at);
            String right = document.substring(end, wordEnd);
            if (left.length() < 2 || right.length() < 2 || !target.knowsAnyCase(left) || !target.knowsAnyCase(right)
                    || target.knowsAnyCase(left + right)) {
                continue;
            }
            // The space goes outside the emphasis: before an opening marker, after a closing one.
            int spaceAt = opensEmphasis(document, at, end) ? at : end;
            out.forward(new Finding(CHECK.id(), CHECK.category(), CHECK.severity(), wordStart, wordEnd,
                    "No space between \u201c" + left + "\u201d and \u201c" + right + "\u201d around the emphasis",
                    List.of(Fix.replace(spaceAt, spaceAt, " ", false, "insert a space"))));
        }
    }

    private static boolean isMarkerRun(String document, int at, int end) {
        char c = document.charAt(at);
        if (c != '*' && c != '_') {
            return false;
        }
        for (int k = at; k < end; k++) {
            if (document.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    /** An even number of the same markers before it on its line: this one opens the emphasis. */
    private static boolean opensEmphasis(String document, int at, int end) {
        String marker = document.substring(at, end);
        int lineStart = document.lastIndexOf('\n', at - 1) + 1;
        int count = 0;
        for (int k = document.indexOf(marker, lineStart); k >= 0 && k < at; k = document.indexOf(marker, k + marker.length())) {
            if (isWholeRun(document, k, k + marker.length())) {
                count++;
            }
        }
        return count % 2 == 0;
    }

    private static boolean isWholeRun(String document, int from, int to) {
        char c = document.charAt(from);
        return (from == 0 || document.charAt(from - 1) != c) && (to >= document.length() || document.charAt(to) != c);
    }

    /** The word runs across an emphasis marker the view hides: this check's, not the glued-words check's. */
    static boolean spansEmphasisMarker(ProseBlock block, String document, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (block.hidesMarkupBetween(i, i)) {
                int from = block.toDocumentEnd(i);
                int to = block.toDocument(i);
                if (from >= 0 && to > from && to - from <= MAX_MARKER && isMarkerRun(document, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }
}
