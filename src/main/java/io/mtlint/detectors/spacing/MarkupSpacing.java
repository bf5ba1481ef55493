package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.List;

/**
 * The space between a word and the inline code or link beside it, which machine translation loses when it moves
 * the markup ("install the package`npm`", a link right after "Reference", "`config.py`Configure"). Read from the
 * document around the markup, since the prose itself does not show where the markup began.
 */
final class MarkupSpacing {
    static final RuleInfo CHECK = RuleInfo.check(SpacingRule.ID, "around-markup", Category.SPACING, Severity.ERROR,
            "A word glued to inline code or a link",
            "No space between a word and the inline code, link or image after it (\"the package`npm`\", a "
                    + "link's bracket right after \"Reference\"), or between inline code or a link and a capitalised word after it "
                    + "(\"`config.py`Configure\"), and a comma glued to the code on either side (\"`a.md`,`b.md`\"). "
                    + "A lowercase ending after code (\"`Promise`s\") is left alone. "
                    + "Fix (suggested): a space.",
            Example.bad("Install the <marker>package`</marker>npm` first.", "Install the package `npm` first.")
                    .asMarkdown(),
            Example.bad("See the <marker>Reference[</marker>guide](https://example.org).",
                    "See the Reference [guide](https://example.org).").asMarkdown(),
            Example.good("Return a list of `Promise`s from [the guide](https://example.org)'s example.")
                    .asMarkdown());

    private MarkupSpacing() {
    }

    static void check(ProseBlock block, String document, BlockReporter out) {
        List<ProseBlock.Piece> pieces = block.pieces();
        for (int i = 1; i < pieces.size(); i++) {
            ProseBlock.Piece previous = pieces.get(i - 1);
            ProseBlock.Piece piece = pieces.get(i);
            if (piece.verbatim() || piece.docEnd() == piece.docStart() || previous.docEnd() != piece.docStart()) {
                continue;
            }
            int at = piece.docStart();
            char opening = document.charAt(at);
            // A footnote reference ("note[^1]") is written against its word.
            boolean opensMarkup = opening == '`' || opening == '[' && !document.startsWith("[^", at)
                    || opening == '!' && document.startsWith("![", at);
            if (previous.verbatim() && opensMarkup && at > 0 && Character.isLetterOrDigit(document.charAt(at - 1))) {
                int word = at;
                while (word > previous.docStart() && Character.isLetterOrDigit(document.charAt(word - 1))) {
                    word--;
                }
                report(out, word, at + 1, at, "No space before the " + (opening == '`' ? "inline code" : "link"));
            }
            int end = piece.docEnd();
            char closing = document.charAt(end - 1);
            ProseBlock.Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            if ((closing == '`' || closing == ')') && next != null && next.verbatim() && next.docStart() == end
                    && end < document.length() && Character.isUpperCase(document.charAt(end))) {
                int word = end;
                while (word < next.docEnd() && Character.isLetterOrDigit(document.charAt(word))) {
                    word++;
                }
                report(out, end - 1, word, end, "No space after the " + (closing == '`' ? "inline code" : "link"));
            }
            // "`a.md`,`b.md`": a list of code whose commas lost their space, as a full-width comma leaves it.
            if (closing == '`' && end + 1 < document.length() && document.charAt(end) == ','
                    && (document.charAt(end + 1) == '`' || Character.isLetter(document.charAt(end + 1)))) {
                report(out, end - 1, end + 2, end + 1, "No space after the comma");
            }
        }
    }

    private static void report(BlockReporter out, int start, int end, int spaceAt, String message) {
        out.forward(new Finding(CHECK.id(), CHECK.category(), CHECK.severity(), start, end, message,
                List.of(Fix.replace(spaceAt, spaceAt, " ", false, "insert a space"))));
    }
}
