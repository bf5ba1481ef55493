package io.mtlint.format;

/**
 * Whether Markdown may hold code at all: CommonMark opens a code span only with a backtick, a fenced block only
 * with backticks or tildes, and an indented block only after four columns of spaces or a tab (a list item's or
 * block quote's content included, whose marker a space or more separates from it). Most articles have none of
 * these, and are then not parsed again for their code.
 */
final class CodeMarkers {
    private static final int INDENTED_CODE_COLUMNS = 4;

    private CodeMarkers() {
    }

    static boolean mayHoldCode(String markdown) {
        int spaces = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '`' || c == '~' || c == '\t') {
                return true;
            }
            spaces = c == ' ' ? spaces + 1 : 0;
            if (spaces == INDENTED_CODE_COLUMNS) {
                return true;
            }
        }
        return false;
    }
}
