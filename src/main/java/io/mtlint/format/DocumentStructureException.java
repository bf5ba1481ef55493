package io.mtlint.format;

/**
 * A document whose structure cannot be parsed (Markdown nested beyond what the parser handles). Unchecked: it
 * surfaces when the structure is first asked for, inside a check; where a file is checked, it becomes that file's
 * one-line problem with {@link #forFile}.
 */
public final class DocumentStructureException extends RuntimeException {
    public DocumentStructureException(String reason) {
        super(reason);
    }

    /** The problem as a {@link DocumentException} naming the file. */
    public DocumentException forFile(String path) {
        return new DocumentException(path, getMessage());
    }
}
