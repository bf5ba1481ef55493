package io.mtlint.format;

import io.mtlint.model.ProseBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one HTML block as a reader sees it, mapped to the file: character references read as their
 * characters, a run of white space as one space (none at the block's ends or after another space), inline code
 * as a placeholder word and a line break as a new line. Everything between the pieces (tags, comments) is hidden.
 */
final class HtmlText {
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");

    private record Piece(int start, int end, String reads, boolean verbatim) {
        boolean isSpace() {
            return reads.equals(" ") || reads.equals("\n");
        }
    }

    private final String text;
    private final ProseBlock.Kind kind;
    private final List<Piece> pieces = new ArrayList<>();

    HtmlText(String text, ProseBlock.Kind kind) {
        this.text = text;
        this.kind = kind;
    }

    /**
     * Raw text of the file from {@code start} to {@code end}: characters, references, white space and the tags of
     * a template language, which read as a word (an expression) or as nothing.
     */
    void text(int start, int end) {
        Matcher tag = TemplateTags.ANY.matcher(text).region(start, end);
        int at = start;
        while (tag.find()) {
            characters(at, tag.start());
            add(new Piece(tag.start(), tag.end(), tag.group(1) != null ? Placeholder.WORD : "", false));
            at = tag.end();
        }
        characters(at, end);
    }

    private void characters(int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isHtmlSpace(c)) {
                int run = i;
                while (run < end && isHtmlSpace(text.charAt(run))) {
                    run++;
                }
                space(i, run, " ");
                i = run;
            } else if (c == '&') {
                Matcher m = REFERENCE.matcher(text).region(i, end);
                String written = m.lookingAt() ? m.group() : null;
                String reads = written == null ? "&" : Parser.unescapeEntities(written, false);
                if (written == null || reads.equals(written)) {
                    add(new Piece(i, i + 1, "&", true));
                    i++;
                } else {
                    add(new Piece(i, m.end(), reads, false));
                    i = m.end();
                }
            } else {
                int run = i;
                while (run < end && text.charAt(run) != '&' && !isHtmlSpace(text.charAt(run))) {
                    run++;
                }
                add(new Piece(i, run, text.substring(i, run), true));
                i = run;
            }
        }
    }

    /** Inline code or kept text: one word in the sentence. */
    void placeholder(Element element) {
        Range start = element.sourceRange();
        Range end = element.endSourceRange();
        if (start.isTracked() && end.isTracked() && !end.isImplicit()) {
            add(new Piece(start.startPos(), end.endPos(), Placeholder.WORD, false));
        }
    }

    void lineBreak(Element element) {
        Range r = element.sourceRange();
        if (r.isTracked()) {
            space(r.startPos(), r.endPos(), "\n");
        }
    }

    private void space(int start, int end, String reads) {
        int k = pieces.size() - 1;
        while (k >= 0 && pieces.get(k).reads().isEmpty()) {
            k--;
        }
        Piece last = k < 0 ? null : pieces.get(k);
        if (last == null || last.isSpace()) {
            if (last != null && reads.equals("\n") && last.reads().equals(" ")) {
                pieces.set(k, new Piece(last.start(), last.end(), "", false));
                add(new Piece(start, end, reads, false));
            }
            return; // leading, or collapsed into the space before
        }
        boolean verbatim = end - start == 1 && text.charAt(start) == ' ' && reads.equals(" ");
        add(new Piece(start, end, reads, verbatim));
    }

    /**
     * Pieces go in file order; text the parser moved back before markup already read (misnested tables and
     * formatting tags are rebuilt by the HTML algorithm, not where they were written) is left out.
     */
    private void add(Piece piece) {
        if (!pieces.isEmpty() && piece.start() < pieces.get(pieces.size() - 1).end()) {
            return;
        }
        pieces.add(piece);
    }

    Optional<ProseBlock> build() {
        int last = pieces.size() - 1;
        while (last >= 0 && (pieces.get(last).isSpace() || pieces.get(last).reads().isEmpty())) {
            last--;
        }
        if (last < 0) {
            return Optional.empty();
        }
        ProseBlock.Builder block = ProseBlock.builder(kind, text);
        for (int i = 0; i <= last; i++) {
            Piece p = pieces.get(i);
            if (p.verbatim()) {
                block.text(p.start(), p.end());
            } else {
                block.markup(p.start(), p.end(), p.reads());
            }
        }
        return Optional.of(block.build());
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
