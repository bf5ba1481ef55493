package io.mtlint.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Routes requests: LanguageTool's API under {@code /v2/}, the editors' page at {@code /} and its API under
 * {@code /api/}. Errors are answered as LanguageTool's server answers them: the status and a plain-text line
 * starting "Error: ".
 */
final class ApiHandler extends Handler.Abstract {
    private static final String JSON = "application/json;charset=utf-8";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The page loads nothing from elsewhere and may not be framed by other sites. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
    private static final int MAX_FIELDS = 100;

    private final CheckService checks;
    private final ServerSettings settings;
    private final PrintStream log;

    ApiHandler(CheckService checks, ServerSettings settings, PrintStream log) {
        this.checks = checks;
        this.settings = settings;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        allowOrigin(request, response);
        try {
            if (HttpMethod.OPTIONS.is(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, POST, OPTIONS");
                response.setStatus(204);
                callback.succeeded();
                return true;
            }
            boolean get = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
            boolean post = HttpMethod.POST.is(method);
            switch (path) {
                case "/v2/check" -> {
                    requireMethod(get || post);
                    CheckRequest r = CheckRequest.parse(parameters(request), null);
                    send(response, callback, 200, JSON, LanguageToolJson.check(checks.check(r)));
                }
                case "/v2/languages" -> {
                    requireMethod(get);
                    send(response, callback, 200, JSON, LanguageToolJson.languages());
                }
                case "/api/check" -> {
                    requireMethod(post);
                    CheckRequest r = CheckRequest.parse(parameters(request), checks.defaultTarget());
                    send(response, callback, 200, JSON, EditorJson.check(checks.check(r)));
                }
                case "/api/languages" -> {
                    requireMethod(get);
                    send(response, callback, 200, JSON, EditorJson.languages(checks.defaultTarget(), checks.defaultSource()));
                }
                default -> {
                    Assets.Asset asset = get ? Assets.at(path) : null;
                    if (asset == null) {
                        throw new ApiException(404, "Not found: " + path);
                    }
                    response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
                    response.getHeaders().put("X-Content-Type-Options", "nosniff");
                    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
                    send(response, callback, 200, asset.contentType(), asset.bytes());
                }
            }
        } catch (ApiException e) {
            send(response, callback, e.status(), "text/plain;charset=utf-8", "Error: " + e.getMessage());
        } catch (RuntimeException e) {
            log.println("mtlint server: " + path + ": " + e);
            send(response, callback, 500, "text/plain;charset=utf-8", "Error: Internal error: " + e.getMessage());
        }
        return true;
    }

    private static void requireMethod(boolean allowed) throws ApiException {
        if (!allowed) {
            throw new ApiException(405, "Method not allowed");
        }
    }

    /** Query parameters, then those of a form body (which win): LanguageTool's clients send forms. */
    private Map<String, String> parameters(Request request) throws ApiException {
        Map<String, String> p = new HashMap<>();
        add(p, Request.extractQueryParameters(request, StandardCharsets.UTF_8));
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (HttpMethod.POST.is(request.getMethod()) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
            try {
                int max = (int) Math.min(Integer.MAX_VALUE, settings.maxRequestBytes());
                add(p, FormFields.getFields(request, MAX_FIELDS, max));
            } catch (RuntimeException e) {
                if (tooLarge(e)) {
                    throw new ApiException(ApiException.TOO_LARGE, "Request larger than the limit of "
                            + settings.maxRequestBytes() + " bytes");
                }
                throw ApiException.badRequest("Cannot read the form: " + formProblem(e));
            }
        } else if (HttpMethod.POST.is(request.getMethod()) && type != null && !p.containsKey("text")
                && !p.containsKey("data") && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            // Read the body first: an answer that leaves it unread breaks the client's next request on the connection.
            try {
                org.eclipse.jetty.io.Content.Source.consumeAll(request);
            } catch (java.io.IOException ignored) {
                // The answer below is the same; the connection is closed if the body could not be read.
            }
            throw ApiException.badRequest("Send 'text' or 'data' form-encoded (" + FORM + "), as LanguageTool's API "
                    + "takes them; 'data' holds the JSON");
        }
        return p;
    }

    /** Why a form could not be read, in the client's terms rather than the parser's classes. */
    private static String formProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return "it is not valid UTF-8";
            }
        }
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("too large") || m.contains("too many") || m.contains("exceeds") || m.contains("413")) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, String> p, Fields fields) {
        for (Fields.Field f : fields) {
            p.put(f.getName(), f.getValue());
        }
    }

    private void allowOrigin(Request request, Response response) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (settings.allowsOrigin(origin)) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().put(HttpHeader.VARY, "Origin");
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
            String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
            if (asked != null) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked);
            }
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        send(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
