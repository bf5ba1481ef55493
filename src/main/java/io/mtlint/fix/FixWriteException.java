package io.mtlint.fix;

/** A fixed file could not be written; the original is intact. The message names the file and the reason. */
public final class FixWriteException extends Exception {
    public FixWriteException(String message) {
        super(message);
    }
}
