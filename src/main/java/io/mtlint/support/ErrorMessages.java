package io.mtlint.support;

/** How an unexpected error is told to a user: one line, never a stack trace. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** The error's message on one line, or its class name when it has none. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
