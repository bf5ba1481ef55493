package io.mtlint.spark;

/** A problem with what the user asked for, reported as one line with exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
