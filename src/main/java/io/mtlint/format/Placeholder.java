package io.mtlint.format;

/** What inline code, bare URLs and placeholders read as in prose: a capitalised noun every dictionary knows. */
public final class Placeholder {
    public static final String WORD = "Code";

    private Placeholder() {
    }
}
