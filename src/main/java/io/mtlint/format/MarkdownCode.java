package io.mtlint.format;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The code a Markdown page shows: inline code, fenced and indented code blocks, as written. Read the way the
 * prose is ({@link DocsSiteMarkup}), so the indented body of an admonition or a tab is prose, not code.
 */
public final class MarkdownCode {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownCode() {
    }

    /** The literal text of every code span and code block, in document order. */
    public static List<String> of(String text) {
        List<String> code = new ArrayList<>();
        PARSER.parse(DocsSiteMarkup.prepare(text).text()).accept(new AbstractVisitor() {
            @Override
            public void visit(Code node) {
                code.add(node.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock node) {
                code.add(node.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                code.add(node.getLiteral());
            }
        });
        return code;
    }
}
