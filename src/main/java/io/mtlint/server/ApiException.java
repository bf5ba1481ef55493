package io.mtlint.server;

/** A request the server refuses, with the HTTP status and a one-line reason for the client. */
final class ApiException extends Exception {
    static final int BAD_REQUEST = 400;
    static final int TOO_LARGE = 413;
    static final int UNAVAILABLE = 503;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(BAD_REQUEST, message);
    }

    int status() {
        return status;
    }
}
