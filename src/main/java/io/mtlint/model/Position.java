package io.mtlint.model;

/**
 * A place in a file as a user sees it: 1-based line, 1-based column in Unicode code points, and the 0-based
 * code-point offset from the start of the decoded text (after any byte-order mark).
 */
public record Position(int line, int column, int codePointOffset) {
}
