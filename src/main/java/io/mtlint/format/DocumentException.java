package io.mtlint.format;

/** A file that cannot be checked, with a one-line reason fit to show the user. */
public final class DocumentException extends Exception {
    public DocumentException(String path, String reason) {
        super(path + ": " + reason);
    }
}
