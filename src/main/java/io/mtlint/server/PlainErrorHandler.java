package io.mtlint.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The errors Jetty answers itself (a body over the size limit, a malformed request) in the same form as the
 * API's: one plain-text line starting "Error: ", never an HTML page or a stack trace.
 */
final class PlainErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = code == HttpStatus.PAYLOAD_TOO_LARGE_413 ? "Request larger than the size limit"
                : message != null && !message.isBlank() ? message : HttpStatus.getMessage(code);
        byte[] body = ("Error: " + reason.replaceAll("\\s*\\R\\s*", " ")).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
